package vn.binhdang.units;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.binhdang.support.Api.anonymous;
import static vn.binhdang.support.Api.as;
import static vn.binhdang.support.Fixtures.COMMUNE;
import static vn.binhdang.support.Fixtures.FOREIGN_COMMUNE;
import static vn.binhdang.support.Fixtures.OTHER_COMMUNE;
import static vn.binhdang.support.Fixtures.PROVINCE;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.binhdang.support.Fixtures;
import vn.binhdang.support.Tokens;

/** Who may read and change units: decided from the token's roles and scope claims only. */
@QuarkusTest
class UnitAccessTest {
    @Inject
    Fixtures fixtures;

    long ownUnit;
    long otherCommuneUnit;
    long foreignUnit;
    String suffix;

    @BeforeEach
    void data() {
        fixtures.areas();
        suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        ownUnit = fixtures.unit(COMMUNE, "ACC-" + suffix, "Trường Tiểu học thử " + suffix, "SCHOOL",
                LocalDate.of(2026, 1, 1), null);
        otherCommuneUnit = fixtures.unit(OTHER_COMMUNE, "ACC-" + suffix, "Trạm Y tế thử " + suffix, "HEALTH_STATION",
                LocalDate.of(2026, 1, 1), null);
        foreignUnit = fixtures.unit(FOREIGN_COMMUNE, "ACC-" + suffix, "Đơn vị tỉnh khác " + suffix, "OTHER",
                LocalDate.of(2026, 1, 1), null);
    }

    static Map<String, Object> newUnit(String communeCode, String code) {
        return Map.of("communeCode", communeCode, "kind", "SCHOOL", "code", code,
                "name", "Trường Mầm non thử " + code, "activeFrom", "2026-09-01", "targets", new int[] {1});
    }

    static String freshCode() {
        return "N" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }

    @Test
    void withoutTokenEverythingIsUnauthorizedProblem() {
        anonymous().get("/api/v1/units").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:binhdang:problem:unauthorized"));
    }

    @Test
    void tokenForAnotherAudienceIsRefused() {
        as(Tokens.forOtherAudience(COMMUNE)).get("/api/v1/units").then().statusCode(401);
    }

    @Test
    void communeUsersSeeOnlyTheirCommunesUnits() {
        for (String token : new String[] {Tokens.coordinator(COMMUNE), Tokens.communeAdmin(COMMUNE),
                Tokens.viewer(COMMUNE), Tokens.unitReporter(COMMUNE, "TYT")}) {
            as(token).queryParam("size", 100).queryParam("q", suffix).get("/api/v1/units").then().statusCode(200)
                    .body("items.communeCode", everyItem(equalTo(COMMUNE)))
                    .body("items.id", hasItem((int) ownUnit))
                    .body("items.id", not(hasItem((int) otherCommuneUnit)));
        }
    }

    @Test
    void anotherCommunesUnitIsNotFoundForCommuneUsers() {
        as(Tokens.coordinator(COMMUNE)).get("/api/v1/units/{id}", otherCommuneUnit).then().statusCode(404)
                .body("type", equalTo("urn:binhdang:problem:not-found"));
        as(Tokens.viewer(COMMUNE)).get("/api/v1/units/{id}", otherCommuneUnit).then().statusCode(404);
    }

    @Test
    void filteringByAnotherCommuneDoesNotWidenTheScope() {
        as(Tokens.coordinator(COMMUNE)).queryParam("communeCode", OTHER_COMMUNE).get("/api/v1/units").then()
                .statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void provinceUserReadsEveryCommuneOfTheProvinceButNotOtherProvinces() {
        as(Tokens.province(PROVINCE)).queryParam("size", 100).queryParam("q", suffix)
                .get("/api/v1/units").then().statusCode(200)
                .body("items.id", hasItem((int) ownUnit))
                .body("items.id", hasItem((int) otherCommuneUnit))
                .body("items.id", not(hasItem((int) foreignUnit)));
        as(Tokens.province(PROVINCE)).get("/api/v1/units/{id}", otherCommuneUnit).then().statusCode(200);
        as(Tokens.province(PROVINCE)).get("/api/v1/units/{id}", foreignUnit).then().statusCode(404);
    }

    @Test
    void coordinatorAndCommuneAdminCreateInTheirOwnCommune() {
        as(Tokens.coordinator(COMMUNE)).body(newUnit(COMMUNE, freshCode())).post("/api/v1/units").then()
                .statusCode(201).header("Location", org.hamcrest.Matchers.containsString("/api/v1/units/"))
                .body("communeCode", equalTo(COMMUNE)).body("version", equalTo(0));
        as(Tokens.communeAdmin(COMMUNE)).body(newUnit(COMMUNE, freshCode())).post("/api/v1/units").then()
                .statusCode(201);
    }

    @Test
    void coordinatorCannotCreateInAnotherCommuneAndNothingIsWritten() {
        String code = freshCode();
        as(Tokens.coordinator(COMMUNE)).body(newUnit(OTHER_COMMUNE, code)).post("/api/v1/units").then()
                .statusCode(403).body("type", equalTo("urn:binhdang:problem:forbidden"));
        org.junit.jupiter.api.Assertions.assertEquals(0, fixtures.count(
                "SELECT count(*) FROM unit WHERE code = '" + code + "'"));
    }

    @Test
    void readOnlyRolesCannotCreateUpdateDeactivateOrDelete() {
        String[] readOnly = {Tokens.viewer(COMMUNE), Tokens.unitReporter(COMMUNE, "TYT"), Tokens.province(PROVINCE),
                Tokens.machineClient(PROVINCE)};
        for (String token : readOnly) {
            as(token).body(newUnit(COMMUNE, freshCode())).post("/api/v1/units").then().statusCode(403);
            as(token).body(newUnit(COMMUNE, "X1")).put("/api/v1/units/{id}", ownUnit).then().statusCode(403);
            as(token).body(Map.of("activeTo", "2026-12-31", "version", 0))
                    .post("/api/v1/units/{id}/deactivate", ownUnit).then().statusCode(403);
            as(token).delete("/api/v1/units/{id}", ownUnit).then().statusCode(403);
        }
        as(Tokens.coordinator(COMMUNE)).get("/api/v1/units/{id}", ownUnit).then().statusCode(200)
                .body("version", equalTo(0)).body("activeTo", equalTo(null));
    }

    @Test
    void machineClientReadsItsProvince() {
        as(Tokens.machineClient(PROVINCE)).get("/api/v1/units/{id}", otherCommuneUnit).then().statusCode(200);
        as(Tokens.machineClient(PROVINCE)).get("/api/v1/units/{id}", foreignUnit).then().statusCode(404);
    }

    @Test
    void coordinatorCannotChangeAnotherCommunesUnit() {
        as(Tokens.coordinator(COMMUNE)).body(newUnit(OTHER_COMMUNE, "X1")).put("/api/v1/units/{id}", otherCommuneUnit)
                .then().statusCode(404);
        as(Tokens.coordinator(COMMUNE)).delete("/api/v1/units/{id}", otherCommuneUnit).then().statusCode(404);
    }

    @Test
    void tokenWithoutScopeSeesNothing() {
        as(Tokens.withoutScope("coordinator")).get("/api/v1/units").then().statusCode(403)
                .body("type", equalTo("urn:binhdang:problem:forbidden"));
    }
}
