package vn.binhdang.plans;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static vn.binhdang.support.Api.as;
import static vn.binhdang.support.Fixtures.COMMUNE;
import static vn.binhdang.support.Fixtures.OTHER_COMMUNE;
import static vn.binhdang.support.Fixtures.PROVINCE;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.binhdang.common.DemoData;
import vn.binhdang.support.Tokens;

/** The Bình Lư plan, loaded by the demo data as the document states it, read within scope. */
@QuarkusTest
class PlanTest {
    @Inject
    DemoData demoData;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void data() throws Exception {
        demoData.load(dataSource);
    }

    @Test
    void theCommuneSeesItsPlanWithSevenTaskGroupsAndFiveTargets() {
        int id = as(Tokens.viewer(COMMUNE)).get("/api/v1/plans").then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].implementsPlan", org.hamcrest.Matchers.startsWith("Kế hoạch số 2560/KH-UBND ngày 09/4/2026"))
                .extract().path("items[0].id");
        as(Tokens.unitReporter(COMMUNE, "TYT")).get("/api/v1/plans/{id}", id).then().statusCode(200)
                .body("periodStart", equalTo(2026)).body("periodEnd", equalTo(2030))
                .body("documentNumber", equalTo(null)).body("issuedText", equalTo("ngày … tháng 4 năm 2026"))
                .body("taskGroups", hasSize(7)).body("targets", hasSize(5))
                .body("taskGroups[0].title", equalTo("Tăng cường truyền thông chính sách, pháp luật về bình đẳng giới"))
                .body("targets[0].wording", equalTo("Hằng năm, các cơ quan, đơn vị, các tổ chức, doanh nghiệp tổ chức "
                        + "ít nhất 02 cuộc truyền thông phổ biến, cập nhật thông tin về pháp luật, chính sách về bình "
                        + "đẳng giới."))
                .body("targets[3].responsible", equalTo("Trung tâm Dịch vụ tổng hợp"))
                .body("targets[4].yearlyTargets.year", contains(2026, 2027, 2028, 2029, 2030))
                .body("targets[4].yearlyTargets[4].value", equalTo(100.0f));
    }

    @Test
    void provinceSeesTheCommunesPlansAndAnotherCommuneDoesNot() {
        int id = as(Tokens.province(PROVINCE)).queryParam("communeCode", COMMUNE).get("/api/v1/plans").then()
                .statusCode(200).body("totalItems", equalTo(1)).extract().path("items[0].id");
        // Sin Suối Hồ has its own demo plan (demo/lai-chau-communes.sql), never Bình Lư's.
        as(Tokens.coordinator(OTHER_COMMUNE)).get("/api/v1/plans").then().statusCode(200)
                .body("items.id", not(hasItem(id))).body("items.communeCode", everyItem(equalTo(OTHER_COMMUNE)));
        as(Tokens.coordinator(OTHER_COMMUNE)).get("/api/v1/plans/{id}", id).then().statusCode(404);
        as(Tokens.province("01")).get("/api/v1/plans/{id}", id).then().statusCode(404);
    }

    @Test
    void coordinatorChangesYearlyTargetsWithinThePlansBoundsWithHistory() {
        String coordinator = Tokens.coordinator(COMMUNE);
        io.restassured.response.ExtractableResponse<?> plan = as(coordinator).get("/api/v1/plans").then()
                .extract();
        int id = plan.path("items[0].id");
        int version = plan.path("items[0].version");
        java.util.Map<String, Object> body = java.util.Map.of("yearlyTargets",
                java.util.List.of(java.util.Map.of("year", 2027, "value", 45)), "version", version);
        as(coordinator).body(body).put("/api/v1/plans/{id}/targets/4", id).then().statusCode(200)
                .body("version", equalTo(version + 1))
                .body("targets[3].yearlyTargets.find { it.year == 2027 }.value", equalTo(45.0f));
        as(coordinator).body(body).put("/api/v1/plans/{id}/targets/4", id).then().statusCode(409)
                .body("type", equalTo("urn:binhdang:problem:stale-version"));
        as(coordinator).queryParam("entityType", "PLAN").queryParam("entityId", id).get("/api/v1/audit").then()
                .body("items[0].changedBy", equalTo("dieuphoi." + COMMUNE))
                .body("items[0].changes.field", org.hamcrest.Matchers.hasItem("targets"));
        java.util.Map<String, Object> outside = java.util.Map.of("yearlyTargets",
                java.util.List.of(java.util.Map.of("year", 2030, "value", 90), java.util.Map.of("year", 2028, "value", 101)),
                "version", version + 1);
        as(coordinator).body(outside).put("/api/v1/plans/{id}/targets/5", id).then().statusCode(400)
                .body("errors.field", contains("yearlyTargets[0].value", "yearlyTargets[1].value"));
        as(coordinator).body(java.util.Map.of("yearlyTargets", java.util.List.of(java.util.Map.of("year", 2026, "value", 90)),
                "version", version + 1)).put("/api/v1/plans/{id}/targets/1", id).then().statusCode(400);
        as(Tokens.viewer(COMMUNE)).body(body).put("/api/v1/plans/{id}/targets/4", id).then().statusCode(403);
        as(Tokens.coordinator(OTHER_COMMUNE)).body(body).put("/api/v1/plans/{id}/targets/4", id).then().statusCode(404);
    }
}
