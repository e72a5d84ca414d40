package vn.binhdang.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.binhdang.common.ProblemException;
import vn.binhdang.common.ProblemType;

/**
 * Who is calling and what they may reach, read only from the verified token: realm roles and the
 * scope claims {@code province_code}, {@code commune_code}, {@code unit_code}. No request
 * parameter can widen it.
 */
@RequestScoped
public class CurrentUser {
    public static final String PROVINCE_CLAIM = "province_code";
    public static final String COMMUNE_CLAIM = "commune_code";
    public static final String UNIT_CLAIM = "unit_code";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public String username() {
        String preferred = claim("preferred_username");
        return preferred != null ? preferred : identity.getPrincipal().getName();
    }

    public String displayName() {
        String name = claim("name");
        return name != null ? name : username();
    }

    /** The caller's realm roles that the product knows, in a stable order. */
    public List<String> roles() {
        return Roles.ALL.stream().filter(identity::hasRole).toList();
    }

    public Set<String> rawRoles() {
        return identity.getRoles();
    }

    public String provinceCode() {
        return claim(PROVINCE_CLAIM);
    }

    public String communeCode() {
        return claim(COMMUNE_CLAIM);
    }

    public String unitCode() {
        return claim(UNIT_CLAIM);
    }

    /**
     * A province user (role {@code province}, machine clients included, or {@code province-admin}) reads every
     * commune of their province (and nothing else).
     */
    public boolean isProvinceUser() {
        return (identity.hasRole(Roles.PROVINCE) || identity.hasRole(Roles.PROVINCE_ADMIN)) && provinceCode() != null;
    }

    /**
     * The national administrator: keeps the country's list of administrative units; no province or commune
     * claim, so no commune's records ({@link #readScope()} refuses them).
     */
    public boolean isNationalAdmin() {
        return identity.hasRole(Roles.NATIONAL_ADMIN);
    }

    /** The province's programme administrator: publishes and changes what every commune shares. */
    public boolean isProvinceAdmin() {
        return identity.hasRole(Roles.PROVINCE_ADMIN) && provinceCode() != null;
    }

    /**
     * Refuses (403) anyone but the province's programme administrator: what every commune shares (the media
     * checklist, the shared reference lists) is published and changed there, never by a commune role.
     */
    public void checkOwnsSharedData() {
        if (!isProvinceAdmin()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "problem.forbidden.shared-data");
        }
    }

    /**
     * The one rule of DOMAIN.md "Personal data stays in the commune": focal points' names, phones and e-mails,
     * who recorded a record, free-text notes and evidence files are for the commune's own staff only — a
     * commune role with a commune, and no province role (province users and machine clients never).
     * {@link PersonalDataPolicy} applies it to every JSON answer, {@link #checkSeesPersonalData()} to downloads.
     */
    public boolean seesPersonalData() {
        if (identity.hasRole(Roles.PROVINCE) || identity.hasRole(Roles.PROVINCE_ADMIN) || communeCode() == null) {
            return false;
        }
        return identity.hasRole(Roles.COMMUNE_ADMIN) || identity.hasRole(Roles.COORDINATOR)
                || identity.hasRole(Roles.UNIT_REPORTER) || identity.hasRole(Roles.VIEWER);
    }

    /** Refuses (403) a caller outside the commune asking for personal data (an evidence file). */
    public void checkSeesPersonalData() {
        if (!seesPersonalData()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "problem.forbidden.personal-data");
        }
    }

    /**
     * Whether the caller is a unit reporter and nothing more in their commune: their reads of units' own
     * records (sessions, evidence, Action-Month plans, media products) are limited to their unit.
     */
    private boolean readsOneUnit() {
        return identity.hasRole(Roles.UNIT_REPORTER) && !identity.hasRole(Roles.COMMUNE_ADMIN)
                && !identity.hasRole(Roles.COORDINATOR) && !identity.hasRole(Roles.VIEWER);
    }

    /** Commune admins and coordinators manage their own commune's units and villages. */
    public boolean canManageCommune(String communeCode) {
        return (identity.hasRole(Roles.COMMUNE_ADMIN) || identity.hasRole(Roles.COORDINATOR))
                && communeCode != null && communeCode.equals(communeCode());
    }

    /**
     * Whether the caller may record and change a unit's own records (sessions, media products, Action-Month
     * plans): that unit's reporter, or the runners of its commune.
     */
    public boolean canWriteForUnit(String communeCode, String unitCode) {
        boolean reporterOfUnit = identity.hasRole(Roles.UNIT_REPORTER) && communeCode != null
                && communeCode.equals(communeCode()) && unitCode != null && unitCode.equals(unitCode());
        return reporterOfUnit || canManageCommune(communeCode);
    }

    public boolean isCommuneManager() {
        return (identity.hasRole(Roles.COMMUNE_ADMIN) || identity.hasRole(Roles.COORDINATOR)) && communeCode() != null;
    }

    /**
     * Whether the caller may read records of the commune with this code in the province with that
     * code: province users within their province, everyone else only within their commune.
     */
    public boolean canReadCommune(String communeCode, String provinceCode) {
        if (isProvinceUser()) {
            return provinceCode().equals(provinceCode);
        }
        return communeCode() != null && communeCode().equals(communeCode) && !roles().isEmpty();
    }

    /**
     * The area the caller's reads are limited to: their province for province users, else their commune — and,
     * for a unit reporter, their unit for the units' own records ({@link ReadScope#unitCode()}).
     */
    public ReadScope readScope() {
        if (isProvinceUser()) {
            return new ReadScope(provinceCode(), null);
        }
        if (communeCode() != null && !roles().isEmpty()) {
            if (readsOneUnit()) {
                if (unitCode() == null) {
                    throw new ProblemException(ProblemType.FORBIDDEN, "problem.forbidden.no-scope");
                }
                return new ReadScope(null, communeCode(), unitCode());
            }
            return new ReadScope(null, communeCode());
        }
        throw new ProblemException(ProblemType.FORBIDDEN, "problem.forbidden.no-scope");
    }

    /**
     * Whether the caller may read a record owned by the unit with this code of that commune: as
     * {@link #canReadCommune}, and within their unit for a unit reporter.
     */
    public boolean canReadUnitRecord(String communeCode, String provinceCode, String unitCode) {
        return canReadCommune(communeCode, provinceCode) && readScope().admitsUnit(unitCode);
    }

    /** The read scope narrowed to the commune a request names ({@link ReadScope#narrowedTo}). */
    public ReadScope readScope(String requestedCommune) {
        return readScope().narrowedTo(requestedCommune);
    }

    private String claim(String name) {
        if (token == null || token.getRawToken() == null) {
            Object attribute = identity.getAttribute(name);
            return attribute == null ? null : attribute.toString();
        }
        Object value = token.getClaim(name);
        if (value == null) {
            return null;
        }
        String text = value instanceof jakarta.json.JsonString json ? json.getString() : value.toString();
        return text.isBlank() ? null : text;
    }
}
