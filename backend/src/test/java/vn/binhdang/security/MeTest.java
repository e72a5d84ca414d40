package vn.binhdang.security;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.binhdang.support.Api.anonymous;
import static vn.binhdang.support.Api.as;
import static vn.binhdang.support.Fixtures.COMMUNE;
import static vn.binhdang.support.Fixtures.PROVINCE;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.binhdang.support.Fixtures;
import vn.binhdang.support.Tokens;

/** GET /api/v1/me tells the caller what the server read from their token. */
@QuarkusTest
class MeTest {
    @Inject
    Fixtures fixtures;

    @BeforeEach
    void data() {
        fixtures.areas();
        if (fixtures.count("SELECT count(*) FROM unit u JOIN area c ON c.id = u.commune_id "
                + "WHERE c.code = '03390' AND u.code = 'TYT'") == 0) {
            fixtures.unit(COMMUNE, "TYT", "Trạm Y tế xã Bình Lư", "HEALTH_STATION", LocalDate.of(2026, 1, 1), null);
        }
    }

    @Test
    void coordinatorSeesRoleCommuneAndProvinceNames() {
        as(Tokens.coordinator(COMMUNE)).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("dieuphoi.03390"))
                .body("roles", contains("coordinator"))
                .body("provinceCode", equalTo(PROVINCE)).body("provinceName", equalTo("Tỉnh Lai Châu"))
                .body("communeCode", equalTo(COMMUNE)).body("communeName", equalTo("Xã Bình Lư"))
                .body("canManageUnits", equalTo(true)).body("canManageVillages", equalTo(true));
    }

    @Test
    void unitReporterSeesTheirUnitAndCannotManage() {
        as(Tokens.unitReporter(COMMUNE, "TYT")).get("/api/v1/me").then().statusCode(200)
                .body("roles", contains("unit-reporter"))
                .body("unitCode", equalTo("TYT")).body("unitName", equalTo("Trạm Y tế xã Bình Lư"))
                .body("canManageUnits", equalTo(false));
    }

    @Test
    void provinceUserHasAProvinceAndNoCommune() {
        as(Tokens.province(PROVINCE)).get("/api/v1/me").then().statusCode(200)
                .body("roles", contains("province"))
                .body("provinceName", equalTo("Tỉnh Lai Châu"))
                .body("communeCode", nullValue())
                .body("canManageUnits", equalTo(false));
    }

    @Test
    void anonymousCallerIsUnauthorized() {
        anonymous().get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
    }
}
