package vn.binhdang.plans;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.binhdang.support.Api.as;
import static vn.binhdang.support.Api.asUnchecked;
import static vn.binhdang.support.Fixtures.PROVINCE;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.binhdang.common.DemoData;
import vn.binhdang.support.Fixtures;
import vn.binhdang.support.Tokens;

/** The province-admin enables a commune of their province by creating its plan from the programme template. */
@QuarkusTest
class PlanFromTemplateTest {
    @Inject
    Fixtures fixtures;

    @Inject
    DemoData demoData;

    @Inject
    AgroalDataSource dataSource;

    String admin = Tokens.provinceAdmin(PROVINCE);

    @BeforeEach
    void data() throws Exception {
        fixtures.areas();
        demoData.load(dataSource);
    }

    private Map<String, Object> request(String communeCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("communeCode", communeCode);
        body.put("documentNumber", "45/KH-UBND");
        body.put("issuedOn", "2026-04-20");
        body.put("signerName", "Lò Văn Minh");
        body.put("signerTitle", "TM. Ủy ban nhân dân, KT. Chủ tịch, Phó Chủ tịch");
        body.put("implementsPlan", "Kế hoạch số 2560/KH-UBND ngày 09/4/2026 của Ủy ban nhân dân tỉnh Lai Châu");
        return body;
    }

    private long plans() {
        return fixtures.count("SELECT count(*) FROM programme_plan");
    }

    @Test
    void aPlanFromTheTemplateHasTheCommunesDocumentAndTheTemplatesTaskGroupsTargetsAndValues() {
        String code = fixtures.freshCommune();
        Map<String, Object> body = request(code);
        body.put("targets", List.of(Map.of("number", 3, "yearlyTargets",
                List.of(Map.of("year", 2027, "value", 5), Map.of("year", 2030, "value", 12)))));
        int id = as(admin).body(body).post("/api/v1/plans").then().statusCode(201)
                .header("Location", containsString("/api/v1/plans/"))
                .body("communeCode", equalTo(code))
                .body("title", equalTo("Kế hoạch thực hiện Chương trình Truyền thông về bình đẳng giới giai đoạn "
                        + "2026-2030 trên địa bàn xã thử " + code))
                .body("documentNumber", equalTo("45/KH-UBND")).body("issuedOn", equalTo("2026-04-20"))
                .body("issuedText", equalTo("ngày 20 tháng 4 năm 2026")).body("signerName", equalTo("Lò Văn Minh"))
                .body("periodStart", equalTo(2026)).body("periodEnd", equalTo(2030))
                .body("taskGroups", hasSize(7)).body("targets", hasSize(5))
                .body("targets[2].yearlyTargets.find { it.year == 2027 }.value", equalTo(5.0f))
                .body("targets[2].yearlyTargets.find { it.year == 2030 }.value", equalTo(12.0f))
                .body("targets[2].yearlyTargets.find { it.year == 2028 }.value", equalTo(6.0f))
                .extract().path("id");
        // The same structure as the demo's Bình Lư plan, which the demo creates through the same template.
        int binhLu = as(admin).queryParam("communeCode", Fixtures.COMMUNE).get("/api/v1/plans").then()
                .extract().path("items[0].id");
        List<String> demoWording = as(admin).get("/api/v1/plans/{id}", binhLu).then().extract().path("targets.wording");
        List<String> wording = as(admin).get("/api/v1/plans/{id}", id).then().extract().path("targets.wording");
        assertEquals(demoWording, wording);
        // Enabled now: the commune's own staff read it; the history has its creation.
        as(Tokens.coordinator(code)).get("/api/v1/plans").then().body("items.id", hasItem(id));
        as(Tokens.communeAdmin(code)).queryParam("entityType", "PLAN").queryParam("entityId", id).get("/api/v1/audit").then()
                .statusCode(200).body("items[0].action", equalTo("CREATED"));
    }

    @Test
    void aCommuneIsEnabledOnceAndARetryWithTheSameKeyReturnsTheFirstPlan() {
        String code = fixtures.freshCommune();
        int first = as(admin).header("Idempotency-Key", "enable-" + code).body(request(code)).post("/api/v1/plans")
                .then().statusCode(201).extract().path("id");
        int again = as(admin).header("Idempotency-Key", "enable-" + code).body(request(code)).post("/api/v1/plans")
                .then().statusCode(201).extract().path("id");
        assertEquals(first, again);
        long before = plans();
        as(admin).body(request(code)).post("/api/v1/plans").then().statusCode(409)
                .body("errors[0].field", equalTo("communeCode"));
        assertEquals(before, plans());
    }

    @Test
    void badRequestsAreRefusedNamingTheFieldAndWriteNothing() {
        String code = fixtures.freshCommune();
        long before = plans();
        Map<String, Object> unknown = request("88888"); // no such code in the official list, nor among the tests'
        asUnchecked(admin).body(unknown).post("/api/v1/plans").then().statusCode(400)
                .body("errors[0].field", equalTo("communeCode"))
                .body("errors[0].message", containsString("88888"));
        Map<String, Object> future = request(code);
        future.put("issuedOn", "2099-01-01");
        asUnchecked(admin).body(future).post("/api/v1/plans").then().statusCode(400)
                .body("errors[0].field", equalTo("issuedOn"));
        Map<String, Object> outOfBounds = request(code);
        outOfBounds.put("targets", List.of(Map.of("number", 4, "yearlyTargets",
                List.of(Map.of("year", 2030, "value", 90), Map.of("year", 2031, "value", 100)))));
        asUnchecked(admin).header("Accept-Language", "vi").body(outOfBounds).post("/api/v1/plans").then()
                .statusCode(400)
                .body("errors.field", hasItem("targets[0].yearlyTargets[0].value"))
                .body("errors.field", hasItem("targets[0].yearlyTargets[1].year"));
        Map<String, Object> noSigner = request(code);
        noSigner.remove("signerName");
        asUnchecked(admin).body(noSigner).post("/api/v1/plans").then().statusCode(400)
                .body("errors[0].field", equalTo("signerName"));
        assertEquals(before, plans());
    }

    @Test
    void onlyTheProvinceAdminOfTheCommunesProvinceEnablesIt() {
        String code = fixtures.freshCommune();
        long before = plans();
        as(Tokens.provinceAdmin("01")).body(request(code)).post("/api/v1/plans").then().statusCode(403);
        as(Tokens.province(PROVINCE)).body(request(code)).post("/api/v1/plans").then().statusCode(403);
        as(Tokens.communeAdmin(code)).body(request(code)).post("/api/v1/plans").then().statusCode(403);
        as(Tokens.nationalAdmin()).body(request(code)).post("/api/v1/plans").then().statusCode(403);
        assertEquals(before, plans());
    }
}
