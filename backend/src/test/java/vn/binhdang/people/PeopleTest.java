package vn.binhdang.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.binhdang.support.Api.as;
import static vn.binhdang.support.Api.asUnchecked;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import vn.binhdang.security.Roles;
import vn.binhdang.support.Fixtures;
import vn.binhdang.support.Tokens;

/**
 * People managed in the app, against the real Keycloak of realm binhdang (BINHDANG_KEYCLOAK_URL; scripts/test.sh
 * starts one): each role may invite and manage exactly whom {@link PeoplePolicy} says, every refusal leaves
 * Keycloak unchanged, and the invited person must change the temporary password at first login. Users created
 * here carry this run's prefix and are removed afterwards.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleTest {
    @Inject
    Fixtures fixtures;

    @Inject
    Keycloak keycloak;

    final String run = "t" + Long.toString(System.nanoTime() % 1_000_000_000_000L, 36);
    int serial;
    String commune;
    String otherCommune;
    String unit;
    String inactiveUnit;
    String otherUnit;
    String communeAdmin;
    String otherCommuneAdmin;
    String provinceAdmin;
    String otherProvinceAdmin;

    @BeforeEach
    void data() {
        fixtures.areas();
        if (commune != null) {
            return;
        }
        commune = fixtures.freshCommune();
        otherCommune = fixtures.freshCommune();
        unit = "TYT-" + run.toUpperCase().substring(1, 6);
        inactiveUnit = "OLD-" + run.toUpperCase().substring(1, 6);
        otherUnit = "TH-" + run.toUpperCase().substring(1, 6);
        fixtures.unit(commune, unit, "Trạm Y tế thử", "HEALTH_STATION", LocalDate.of(2020, 1, 1), null);
        fixtures.unit(commune, inactiveUnit, "Đơn vị đã ngừng", "OTHER", LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1));
        fixtures.unit(otherCommune, otherUnit, "Trường học xã khác", "SCHOOL", LocalDate.of(2020, 1, 1), null);
        communeAdmin = Tokens.user(run + ".qtx", Roles.COMMUNE_ADMIN, Fixtures.PROVINCE, commune, null);
        otherCommuneAdmin = Tokens.user(run + ".qtx2", Roles.COMMUNE_ADMIN, Fixtures.PROVINCE, otherCommune, null);
        provinceAdmin = Tokens.user(run + ".qtt", Roles.PROVINCE_ADMIN, Fixtures.PROVINCE, null, null);
        otherProvinceAdmin = Tokens.user(run + ".qtt2", Roles.PROVINCE_ADMIN, Fixtures.OTHER_PROVINCE, null, null);
    }

    @AfterEach
    void removeThisRunsPeople() {
        for (UserRepresentation user : keycloak.realm("binhdang").users().list(0, 10_000)) {
            if (user.getUsername().startsWith(run)) {
                keycloak.realm("binhdang").users().get(user.getId()).remove();
            }
        }
    }

    String username() {
        return run + ".p" + (++serial);
    }

    Map<String, Object> person(String username, String role, String communeCode, String unitCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("firstName", "Lan");
        body.put("lastName", "Nguyễn Thị");
        body.put("role", role);
        if (communeCode != null) {
            body.put("communeCode", communeCode);
        }
        if (unitCode != null) {
            body.put("unitCode", unitCode);
        }
        return body;
    }

    String invite(String token, Map<String, Object> body) {
        return as(token).contentType("application/json").body(body).post("/api/v1/people").then().statusCode(201)
                .extract().path("person.id");
    }

    /** Every username in the realm, to prove a refusal changed nothing in Keycloak. */
    Set<String> everyone() {
        return keycloak.realm("binhdang").users().list(0, 10_000).stream()
                .map(u -> u.getUsername() + "|" + u.isEnabled() + "|" + u.getAttributes())
                .collect(Collectors.toSet());
    }

    Set<String> realmRoles(String id) {
        return keycloak.realm("binhdang").users().get(id).roles().realmLevel().listAll().stream()
                .map(RoleRepresentation::getName).collect(Collectors.toSet());
    }

    void refused(String token, Map<String, Object> body, int status, String field) {
        refused(as(token), body, status, field);
    }

    /** As {@link #refused(String, Map, int, String)} for a body the contract itself refuses (sent unchecked). */
    void refusedOutsideContract(String token, Map<String, Object> body, int status, String field) {
        refused(asUnchecked(token), body, status, field);
    }

    void refused(io.restassured.specification.RequestSpecification caller, Map<String, Object> body, int status,
            String field) {
        Set<String> before = everyone();
        var answer = caller.contentType("application/json").body(body).post("/api/v1/people").then()
                .statusCode(status).contentType("application/problem+json");
        if (field != null) {
            answer.body("errors[0].field", equalTo(field));
        }
        assertEquals(before, everyone());
    }

    @Test
    void communeAdminInvitesAUnitReporterWhoMustChangeATemporaryPasswordThatMeetsThePolicy() {
        String username = username();
        var answer = as(communeAdmin).contentType("application/json").body(person(username, Roles.UNIT_REPORTER, null, unit))
                .post("/api/v1/people").then().statusCode(201)
                .body("person.role", equalTo(Roles.UNIT_REPORTER))
                .body("person.communeCode", equalTo(commune))
                .body("person.provinceCode", equalTo(Fixtures.PROVINCE))
                .body("person.unitCode", equalTo(unit))
                .body("person.mustChangePassword", equalTo(true))
                .body("emailSent", equalTo(false)).extract();
        String password = answer.path("temporaryPassword");
        assertTrue(password.length() >= 12 && password.matches(".*[A-Z].*") && password.matches(".*[a-z].*")
                && password.matches(".*[0-9].*") && !password.contains(username), password);
        UserRepresentation user = keycloak.realm("binhdang").users().get(answer.path("person.id").toString()).toRepresentation();
        assertEquals(List.of("UPDATE_PASSWORD"), user.getRequiredActions());
        assertEquals(List.of(commune), user.getAttributes().get("commune_code"));
        assertEquals(List.of(unit), user.getAttributes().get("unit_code"));
        assertEquals(List.of(Fixtures.PROVINCE), user.getAttributes().get("province_code"));
        assertTrue(realmRoles(user.getId()).contains(Roles.UNIT_REPORTER));
        assertFalse(realmRoles(user.getId()).contains(Roles.COORDINATOR));
        assertTrue(keycloak.realm("binhdang").users().get(user.getId()).credentials().stream()
                .anyMatch(c -> "password".equals(c.getType())));
    }

    @Test
    void communeAdminIsRefusedWhatIsAboveTheirRoleOrOutsideTheirCommuneAndNothingChanges() {
        refused(communeAdmin, person(username(), Roles.COMMUNE_ADMIN, null, null), 403, "role");
        refused(communeAdmin, person(username(), Roles.PROVINCE, null, null), 403, "role");
        refused(communeAdmin, person(username(), Roles.COORDINATOR, otherCommune, null), 403, "communeCode");
        refused(communeAdmin, person(username(), Roles.UNIT_REPORTER, null, otherUnit), 400, "unitCode");
        refused(communeAdmin, person(username(), Roles.UNIT_REPORTER, null, "NOPE-" + run.toUpperCase()), 400, "unitCode");
        refused(communeAdmin, person(username(), Roles.UNIT_REPORTER, null, inactiveUnit), 400, "unitCode");
        refused(communeAdmin, person(username(), Roles.UNIT_REPORTER, null, null), 400, "unitCode");
        refused(communeAdmin, person(username(), Roles.VIEWER, null, unit), 400, "unitCode");
        refusedOutsideContract(communeAdmin, person("Bad Name!", Roles.VIEWER, null, null), 400, "username");
        refused(communeAdmin, person(username(), "superuser", null, null), 400, "role");
        Map<String, Object> badEmail = person(username(), Roles.VIEWER, null, null);
        badEmail.put("email", "not-an-email");
        refusedOutsideContract(communeAdmin, badEmail, 400, "email");
    }

    @Test
    void peopleWhoManageNobodyAreRefusedBeforeKeycloak() {
        String coordinator = Tokens.user(run + ".dp", Roles.COORDINATOR, Fixtures.PROVINCE, commune, null);
        refused(coordinator, person(username(), Roles.VIEWER, null, null), 403, null);
        refused(Tokens.province(Fixtures.PROVINCE), person(username(), Roles.VIEWER, null, null), 403, null);
        as(coordinator).get("/api/v1/people").then().statusCode(403);
    }

    @Test
    void provinceAdminInvitesCommuneAdminsOfTheirProvinceOnly() {
        String id = invite(provinceAdmin, person(username(), Roles.COMMUNE_ADMIN, commune, null));
        assertTrue(realmRoles(id).contains(Roles.COMMUNE_ADMIN));
        String provinceUser = invite(provinceAdmin, person(username(), Roles.PROVINCE, null, null));
        var provinceAttributes = keycloak.realm("binhdang").users().get(provinceUser).toRepresentation().getAttributes();
        assertEquals(List.of(Fixtures.PROVINCE), provinceAttributes.get("province_code"));
        assertFalse(provinceAttributes.containsKey("commune_code"));
        refused(provinceAdmin, person(username(), Roles.PROVINCE_ADMIN, null, null), 403, "role");
        refused(provinceAdmin, person(username(), Roles.COORDINATOR, commune, null), 403, "role");
        refused(provinceAdmin, person(username(), Roles.COMMUNE_ADMIN, Fixtures.FOREIGN_COMMUNE, null), 403, "communeCode");
        refused(provinceAdmin, person(username(), Roles.COMMUNE_ADMIN, "99999", null), 400, "communeCode");
        refused(provinceAdmin, person(username(), Roles.COMMUNE_ADMIN, null, null), 400, "communeCode");
        Map<String, Object> otherProvince = person(username(), Roles.PROVINCE, null, null);
        otherProvince.put("provinceCode", Fixtures.OTHER_PROVINCE);
        refused(provinceAdmin, otherProvince, 403, "provinceCode");
        // The other province's admin neither sees nor changes them.
        as(otherProvinceAdmin).get("/api/v1/people/" + id).then().statusCode(404);
        as(provinceAdmin).get("/api/v1/people").then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.id", hasItem(provinceUser));
        as(otherProvinceAdmin).get("/api/v1/people").then().statusCode(200).body("items.id", not(hasItem(id)));
    }

    @Test
    void nationalAdminInvitesProvinceAdminsOfAnyProvinceAndNothingBelow() {
        Map<String, Object> body = person(username(), Roles.PROVINCE_ADMIN, null, null);
        body.put("provinceCode", Fixtures.OTHER_PROVINCE);
        String id = invite(Tokens.nationalAdmin(), body);
        assertTrue(realmRoles(id).contains(Roles.PROVINCE_ADMIN));
        refused(Tokens.nationalAdmin(), person(username(), Roles.COMMUNE_ADMIN, commune, null), 403, "role");
        Map<String, Object> unknown = person(username(), Roles.PROVINCE, null, null);
        unknown.put("provinceCode", "77");
        refused(Tokens.nationalAdmin(), unknown, 400, "provinceCode");
        refused(Tokens.nationalAdmin(), person(username(), Roles.PROVINCE, null, null), 400, "provinceCode");
    }

    @Test
    void aDuplicateUsernameOrEmailIsAConflictAndNothingChanges() {
        String username = username();
        Map<String, Object> body = person(username, Roles.VIEWER, null, null);
        body.put("email", username + "@example.org");
        invite(communeAdmin, body);
        refused(communeAdmin, person(username, Roles.COORDINATOR, null, null), 409, null);
        Map<String, Object> sameEmail = person(username(), Roles.VIEWER, null, null);
        sameEmail.put("email", username + "@example.org");
        refused(communeAdmin, sameEmail, 409, null);
    }

    @Test
    void communeAdminChangesRoleAndUnitAndDisablesTheirPeopleOnly() {
        String id = invite(communeAdmin, person(username(), Roles.COORDINATOR, null, null));
        as(communeAdmin).contentType("application/json").body(Map.of("role", Roles.UNIT_REPORTER, "unitCode", unit))
                .put("/api/v1/people/" + id).then().statusCode(200)
                .body("role", equalTo(Roles.UNIT_REPORTER)).body("unitCode", equalTo(unit));
        assertTrue(realmRoles(id).contains(Roles.UNIT_REPORTER));
        assertFalse(realmRoles(id).contains(Roles.COORDINATOR));
        as(communeAdmin).contentType("application/json").body(Map.of("role", Roles.VIEWER))
                .put("/api/v1/people/" + id).then().statusCode(200).body("unitCode", nullValue());
        var attributes = keycloak.realm("binhdang").users().get(id).toRepresentation().getAttributes();
        assertFalse(attributes.containsKey("unit_code"));
        assertEquals(List.of(commune), attributes.get("commune_code"));

        Set<String> before = everyone();
        as(communeAdmin).contentType("application/json").body(Map.of("role", Roles.COMMUNE_ADMIN))
                .put("/api/v1/people/" + id).then().statusCode(403).body("errors[0].field", equalTo("role"));
        as(communeAdmin).contentType("application/json").body(Map.of("role", Roles.UNIT_REPORTER, "unitCode", otherUnit))
                .put("/api/v1/people/" + id).then().statusCode(400).body("errors[0].field", equalTo("unitCode"));
        as(otherCommuneAdmin).contentType("application/json").body(Map.of("role", Roles.VIEWER))
                .put("/api/v1/people/" + id).then().statusCode(404);
        as(otherCommuneAdmin).contentType("application/json").body(Map.of("enabled", false))
                .put("/api/v1/people/" + id + "/enabled").then().statusCode(404);
        as(provinceAdmin).contentType("application/json").body(Map.of("enabled", false))
                .put("/api/v1/people/" + id + "/enabled").then().statusCode(404);
        assertEquals(before, everyone());

        as(communeAdmin).contentType("application/json").body(Map.of("enabled", false))
                .put("/api/v1/people/" + id + "/enabled").then().statusCode(200).body("enabled", equalTo(false));
        assertFalse(keycloak.realm("binhdang").users().get(id).toRepresentation().isEnabled());
        as(communeAdmin).contentType("application/json").body(Map.of("enabled", true))
                .put("/api/v1/people/" + id + "/enabled").then().statusCode(200).body("enabled", equalTo(true));
        assertEquals(5, fixtures.count("SELECT count(*) FROM audit_event e JOIN person p ON p.id = e.entity_id "
                + "WHERE e.entity_type = 'PERSON' AND p.keycloak_id = '" + id + "'"));
    }

    @Test
    void theListHoldsOnlyThePeopleOfTheCallersScopeAndNotThemselves() {
        String mine = invite(communeAdmin, person(username(), Roles.VIEWER, null, null));
        String theirs = invite(otherCommuneAdmin, person(username(), Roles.VIEWER, null, null));
        String admin = invite(provinceAdmin, person(username(), Roles.COMMUNE_ADMIN, commune, null));
        as(communeAdmin).get("/api/v1/people").then().statusCode(200)
                .body("items.id", hasItem(mine)).body("items.id", not(hasItem(theirs)))
                .body("items.id", not(hasItem(admin)));
        as(provinceAdmin).get("/api/v1/people").then().statusCode(200)
                .body("items.id", hasItem(admin)).body("items.id", not(hasItem(mine)));
        as(communeAdmin).get("/api/v1/people/" + admin).then().statusCode(404);
        as(communeAdmin).get("/api/v1/people/grantable-roles").then().statusCode(200)
                .body("roles", equalTo(List.of(Roles.COORDINATOR, Roles.UNIT_REPORTER, Roles.VIEWER)));
    }
}
