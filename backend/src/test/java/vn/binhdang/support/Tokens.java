package vn.binhdang.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.List;
import java.util.Map;

/**
 * Access tokens as Keycloak issues them for the realm binhdang (roles in realm_access.roles, scope
 * claims from user attributes), signed with the key of the test OIDC server, so the backend verifies
 * them exactly as in production: signature, issuer, audience and expiry.
 */
public final class Tokens {
    public static final String AUDIENCE = "binhdang-backend";
    public static final String ISSUER = "https://server.example.com";

    private Tokens() {
    }

    public static String communeAdmin(String communeCode) {
        return user("quantri." + communeCode, "commune-admin", "12", communeCode, null);
    }

    public static String coordinator(String communeCode) {
        return user("dieuphoi." + communeCode, "coordinator", "12", communeCode, null);
    }

    public static String viewer(String communeCode) {
        return user("xem." + communeCode, "viewer", "12", communeCode, null);
    }

    public static String unitReporter(String communeCode, String unitCode) {
        return user("baocao." + unitCode, "unit-reporter", "12", communeCode, unitCode);
    }

    public static String province(String provinceCode) {
        return user("so.noivu." + provinceCode, "province", provinceCode, null, null);
    }

    /** The province's programme administrator (Sở Nội vụ): owns the shared lists and the media checklist. */
    public static String provinceAdmin(String provinceCode) {
        return user("quantri." + provinceCode, "province-admin", provinceCode, null, null);
    }

    /** The national administrator: no province or commune claim. */
    public static String nationalAdmin() {
        return user("quantri.quocgia", "national-admin", null, null, null);
    }

    /** The province's data warehouse: client-credentials token of binhdang-province-pull. */
    public static String machineClient(String provinceCode) {
        return builder("service-account-binhdang-province-pull", List.of("province"), AUDIENCE)
                .claim("province_code", provinceCode).claim("azp", "binhdang-province-pull").sign();
    }

    /** A valid signature from the right issuer, but meant for another service. */
    public static String forOtherAudience(String communeCode) {
        return builder("dieuphoi." + communeCode, List.of("coordinator"), "account")
                .claim("province_code", "12").claim("commune_code", communeCode).sign();
    }

    /** Roles only the realm knows, no scope claims. */
    public static String withoutScope(String role) {
        return builder("noscope", List.of(role), AUDIENCE).sign();
    }

    public static String user(String username, String role, String provinceCode, String communeCode, String unitCode) {
        JwtClaimsBuilder jwt = builder(username, List.of(role), AUDIENCE).claim("name", "Người dùng thử " + username);
        if (provinceCode != null) {
            jwt.claim("province_code", provinceCode);
        }
        if (communeCode != null) {
            jwt.claim("commune_code", communeCode);
        }
        if (unitCode != null) {
            jwt.claim("unit_code", unitCode);
        }
        return jwt.sign();
    }

    /** A coordinator of the commune signed in through the given client application ({@code azp}). */
    public static String coordinatorThrough(String username, String communeCode, String client) {
        return builder(username, List.of("coordinator"), AUDIENCE).claim("province_code", "12")
                .claim("commune_code", communeCode).claim("azp", client).sign();
    }

    private static JwtClaimsBuilder builder(String username, List<String> roles, String audience) {
        return Jwt.issuer(ISSUER)
                .subject(username)
                .preferredUserName(username)
                .audience(audience)
                .claim("realm_access", Map.of("roles", roles))
                .expiresIn(300);
    }
}
