package vn.binhdang.media;

import vn.binhdang.support.TestClock;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.binhdang.support.Api.as;
import static vn.binhdang.support.Api.asUnchecked;
import static vn.binhdang.support.Fixtures.COMMUNE;
import static vn.binhdang.support.Fixtures.OTHER_COMMUNE;
import static vn.binhdang.support.Fixtures.PROVINCE;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.binhdang.support.Fixtures;
import vn.binhdang.support.Tokens;

/** Target 4: media products, their assessment against the gender checklist, and the checklist's versions. */
@QuarkusTest
class MediaTest {
    @Inject
    TestClock clock;

    private static final List<String> V1 = List.of("BALANCED_SOURCES", "NO_STEREOTYPES", "NEUTRAL_LANGUAGE",
            "WOMEN_LEADERSHIP", "GBV_ETHICS");

    @Inject
    Fixtures fixtures;

    String coordinator = Tokens.coordinator(COMMUNE);
    String tag;
    long centre;
    long school;
    long foreignUnit;
    String reporter;

    @BeforeEach
    void data() {
        fixtures.areas();
        tag = "M" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        centre = fixtures.unit(COMMUNE, tag + "-TT", "Trung tâm Dịch vụ tổng hợp " + tag, "GENERAL_SERVICES_CENTRE",
                LocalDate.of(2025, 1, 1), null);
        school = fixtures.unit(COMMUNE, tag + "-TH", "Trường Tiểu học " + tag, "SCHOOL", LocalDate.of(2026, 1, 1), null);
        foreignUnit = fixtures.unit(OTHER_COMMUNE, tag + "-TT", "Trung tâm xã khác " + tag, "GENERAL_SERVICES_CENTRE",
                LocalDate.of(2026, 1, 1), null);
        reporter = Tokens.unitReporter(COMMUNE, tag + "-TT");
    }

    private Map<String, Object> product(long unitId, String kind, String publishedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unitId);
        body.put("kind", kind);
        body.put("title", "Phụ nữ bản Nà Đon làm chủ vườn chè " + tag);
        body.put("publishedOn", publishedOn);
        return body;
    }

    private int create(String token, Map<String, Object> body) {
        return as(token).body(body).post("/api/v1/media-products").then().statusCode(201).extract().path("id");
    }

    /** Answers to version 1: the first {@code met} criteria true, the rest false. */
    /** Answers meeting the first {@code met} criteria of version 1, made on the product's version {@code read}. */
    private static Map<String, Object> answers(int met, long read) {
        Map<String, Boolean> answers = new LinkedHashMap<>();
        for (int i = 0; i < V1.size(); i++) {
            answers.put(V1.get(i), i < met);
        }
        return Map.of("checklistVersion", 1, "answers", answers, "version", read);
    }

    private int latestVersion() {
        return as(coordinator).get("/api/v1/media-checklists").then().statusCode(200).extract().path("items[0].version");
    }

    @Test
    void aProductPublishedOutsideItsUnitsActivePeriodIsRefused() {
        long closed = fixtures.unit(COMMUNE, tag + "-DP", "Đài phát thanh " + tag, "OTHER", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 2, 28));
        as(coordinator).body(product(closed, "NEWS", "2026-03-01")).post("/api/v1/media-products").then()
                .statusCode(400).body("errors[0].field", equalTo("publishedOn"))
                .body("errors[0].message", equalTo("Đài phát thanh " + tag + " không hoạt động vào 01/03/2026: "
                        + "đơn vị chỉ hoạt động từ 01/01/2026 đến 28/02/2026"));
        assertEquals(0, fixtures.count("SELECT count(*) FROM media_product WHERE unit_id = " + closed));
        create(coordinator, product(closed, "NEWS", "2026-02-28"));
    }

    @Test
    void theFirstChecklistIsThereForEveryoneToRead() {
        for (String token : List.of(Tokens.viewer(COMMUNE), reporter, Tokens.province(PROVINCE))) {
            as(token).get("/api/v1/media-checklists/1").then().statusCode(200)
                    .body("threshold", equalTo(4)).body("criteria.code", contains(V1.toArray()))
                    .body("criteria[0].textVi", equalTo("Có cả phụ nữ và nam giới là nguồn tin, người phát biểu"))
                    .body("criteria[0].textEn", equalTo("Women and men both appear as sources and speakers"));
        }
        as(coordinator).queryParam("size", 100).get("/api/v1/media-checklists").then().statusCode(200)
                .body("items.version", hasItem(1));
        as(coordinator).get("/api/v1/media-checklists/999").then().statusCode(404);
    }

    @Test
    void aNewChecklistIsTheNextVersionAndTheOldOnesStay() {
        int before = latestVersion();
        Map<String, Object> body = Map.of("title", "Bộ tiêu chí giới (bản thử " + tag + ")", "threshold", 2,
                "criteria", List.of(Map.of("code", "BALANCED_SOURCES", "textVi", "Nguồn tin cân bằng nam nữ",
                        "textEn", "Balanced sources"), Map.of("code", "LOCAL_LANGUAGE", "textVi",
                        "Có bản tiếng dân tộc", "textEn", "Available in an ethnic language")));
        // The checklist applies to every commune: no commune role publishes it, nor the read-only province.
        for (String token : List.of(Tokens.viewer(COMMUNE), reporter, coordinator, Tokens.communeAdmin(COMMUNE),
                Tokens.province(PROVINCE), Tokens.machineClient(PROVINCE))) {
            as(token).body(body).post("/api/v1/media-checklists").then().statusCode(403)
                    .contentType("application/problem+json").body("type", equalTo("urn:binhdang:problem:forbidden"));
        }
        assertEquals(before, latestVersion());
        as(Tokens.provinceAdmin(PROVINCE)).body(body).post("/api/v1/media-checklists").then().statusCode(201)
                .header("Location", containsString("/api/v1/media-checklists/" + (before + 1)))
                .body("version", equalTo(before + 1)).body("createdBy", equalTo("quantri." + PROVINCE))
                .body("criteria", hasSize(2));
        as(coordinator).get("/api/v1/media-checklists").then().body("items[0].version", equalTo(before + 1))
                .body("items.version", hasItem(1));
        as(coordinator).get("/api/v1/media-checklists/1").then().body("criteria", hasSize(5)).body("threshold", equalTo(4));
    }

    @Test
    void aChecklistNeedsDistinctCodesAndAReachableThreshold() {
        int before = latestVersion();
        Map<String, String> criterion = Map.of("code", "SAME", "textVi", "Tiêu chí", "textEn", "Criterion");
        asUnchecked(Tokens.provinceAdmin(PROVINCE)).body(Map.of("title", "Trùng mã", "threshold", 1, "criteria", List.of(criterion, criterion)))
                .post("/api/v1/media-checklists").then().statusCode(400)
                .body("errors[0].field", equalTo("criteria[1].code"));
        asUnchecked(Tokens.provinceAdmin(PROVINCE)).body(Map.of("title", "Ngưỡng cao", "threshold", 2, "criteria", List.of(criterion)))
                .post("/api/v1/media-checklists").then().statusCode(400)
                .body("errors[0].field", equalTo("threshold"));
        asUnchecked(Tokens.provinceAdmin(PROVINCE)).body(Map.of("title", "Rỗng", "threshold", 1, "criteria", List.of()))
                .post("/api/v1/media-checklists").then().statusCode(400)
                .body("errors[0].field", equalTo("criteria"));
        assertEquals(before, latestVersion());
    }

    @Test
    void unitReporterRecordsTheirOwnUnitsProductsOnly() {
        as(reporter).body(product(centre, "SOCIAL_POST", "2026-03-06")).post("/api/v1/media-products").then()
                .statusCode(201).body("unitCode", equalTo(tag + "-TT")).body("kind", equalTo("SOCIAL_POST"))
                .body("communeCode", equalTo(COMMUNE)).body("checklistVersion", nullValue())
                .body("passed", nullValue()).body("answers", nullValue()).body("criteriaMet", nullValue());
        as(reporter).body(product(school, "NEWS", "2026-03-06")).post("/api/v1/media-products").then().statusCode(403);
        as(Tokens.viewer(COMMUNE)).body(product(centre, "NEWS", "2026-03-06")).post("/api/v1/media-products").then()
                .statusCode(403);
        asUnchecked(coordinator).body(product(foreignUnit, "NEWS", "2026-03-06")).post("/api/v1/media-products").then()
                .statusCode(400).body("errors[0].field", equalTo("unitId"));
        asUnchecked(coordinator).body(product(centre, "NEWS", clock.today().plusDays(1).toString()))
                .post("/api/v1/media-products").then().statusCode(400).body("errors[0].field", equalTo("publishedOn"));
        asUnchecked(coordinator).body(product(centre, "PODCAST", "2026-03-06")).post("/api/v1/media-products").then()
                .statusCode(400).body("errors[0].field", equalTo("kind"));
        assertEquals(1, fixtures.count("SELECT count(*) FROM media_product WHERE unit_id = " + centre));
        assertEquals(0, fixtures.count("SELECT count(*) FROM media_product WHERE unit_id IN (" + school + ", "
                + foreignUnit + ")"));
    }

    @Test
    void aProductPassesWhenTheCriteriaMetReachTheThreshold() {
        int id = create(reporter, product(centre, "VIDEO", "2026-06-25"));
        as(coordinator).body(answers(4, 0)).post("/api/v1/media-products/{id}/assessment", id).then().statusCode(200)
                .body("checklistVersion", equalTo(1)).body("criteriaMet", equalTo(4)).body("passed", equalTo(true))
                .body("criteriaCount", equalTo(5)).body("threshold", equalTo(4))
                .body("answers.GBV_ETHICS", equalTo(false)).body("answers.WOMEN_LEADERSHIP", equalTo(true))
                .body("assessedBy", equalTo("dieuphoi." + COMMUNE)).body("version", equalTo(1));
        as(Tokens.communeAdmin(COMMUNE)).body(answers(3, 1)).post("/api/v1/media-products/{id}/assessment", id).then()
                .statusCode(200).body("criteriaMet", equalTo(3)).body("passed", equalTo(false))
                .body("assessedBy", equalTo("quantri." + COMMUNE));
        as(coordinator).queryParam("entityType", "MEDIA_PRODUCT").queryParam("entityId", id).get("/api/v1/audit").then()
                .body("items.action", contains("UPDATED", "UPDATED", "CREATED"))
                .body("items[0].changes.field", hasItem("passed"));
    }

    @Test
    void everyCriterionOfTheVersionMustBeAnsweredAndNoOther() {
        int id = create(coordinator, product(centre, "NEWS", "2026-06-25"));
        Map<String, Object> partial = Map.of("checklistVersion", 1,
                "answers", Map.of("BALANCED_SOURCES", true, "NO_STEREOTYPES", true, "NEUTRAL_LANGUAGE", true), "version", 0);
        as(coordinator).body(partial).post("/api/v1/media-products/{id}/assessment", id).then().statusCode(400)
                .body("errors[0].field", equalTo("answers"))
                .body("errors[0].message", containsString("GBV_ETHICS, WOMEN_LEADERSHIP"));
        Map<String, Object> withUnknown = new HashMap<>(answers(5, 0));
        @SuppressWarnings("unchecked")
        Map<String, Boolean> all = new LinkedHashMap<>((Map<String, Boolean>) withUnknown.get("answers"));
        all.put("MADE_UP", true);
        withUnknown.put("answers", all);
        as(coordinator).body(withUnknown).post("/api/v1/media-products/{id}/assessment", id).then().statusCode(400)
                .body("errors[0].message", containsString("MADE_UP"));
        as(coordinator).body(Map.of("checklistVersion", 999, "answers", Map.of(), "version", 0)).post(
                "/api/v1/media-products/{id}/assessment", id).then().statusCode(400)
                .body("errors[0].field", equalTo("checklistVersion"));
        as(coordinator).get("/api/v1/media-products/{id}", id).then().body("passed", nullValue()).body("version", equalTo(0));
    }

    @Test
    void onlyTheCommunesCoordinatorAndAdminAssess() {
        int id = create(reporter, product(centre, "LEAFLET", "2026-06-25"));
        as(reporter).body(answers(5, 0)).post("/api/v1/media-products/{id}/assessment", id).then().statusCode(403);
        as(Tokens.viewer(COMMUNE)).body(answers(5, 0)).post("/api/v1/media-products/{id}/assessment", id).then()
                .statusCode(403);
        as(Tokens.coordinator(OTHER_COMMUNE)).body(answers(5, 0)).post("/api/v1/media-products/{id}/assessment", id)
                .then().statusCode(404);
        as(Tokens.coordinator(OTHER_COMMUNE)).get("/api/v1/media-products/{id}", id).then().statusCode(404);
        as(Tokens.province(PROVINCE)).get("/api/v1/media-products/{id}", id).then().statusCode(200);
    }

    @Test
    void editsNeedTheVersionReadAndStayWithinTheUnitsOfTheWriter() {
        int id = create(reporter, product(centre, "NEWS", "2026-06-25"));
        Map<String, Object> change = product(centre, "BROADCAST", "2026-06-26");
        change.put("version", 0);
        as(reporter).body(change).put("/api/v1/media-products/{id}", id).then().statusCode(200)
                .body("kind", equalTo("BROADCAST")).body("version", equalTo(1));
        as(coordinator).body(change).put("/api/v1/media-products/{id}", id).then().statusCode(409)
                .body("type", equalTo("urn:binhdang:problem:stale-version"));
        Map<String, Object> move = product(school, "BROADCAST", "2026-06-26");
        move.put("version", 1);
        as(reporter).body(move).put("/api/v1/media-products/{id}", id).then().statusCode(403);
        as(coordinator).body(move).put("/api/v1/media-products/{id}", id).then().statusCode(200)
                .body("unitId", equalTo((int) school));
    }

    @Test
    void theListFiltersByYearUnitKindAndAssessment() {
        int assessed = create(coordinator, product(centre, "VIDEO", "2026-05-02"));
        int waiting = create(coordinator, product(centre, "NEWS", "2026-05-03"));
        int lastYear = create(coordinator, product(centre, "NEWS", "2025-12-30"));
        as(coordinator).body(answers(5, 0)).post("/api/v1/media-products/{id}/assessment", assessed).then().statusCode(200);
        as(Tokens.viewer(COMMUNE)).queryParam("unitId", centre).get("/api/v1/media-products").then().statusCode(200)
                .body("items.id", contains(waiting, assessed, lastYear));
        as(Tokens.viewer(COMMUNE)).queryParam("unitId", centre).queryParam("year", 2026)
                .get("/api/v1/media-products").then().body("items.id", contains(waiting, assessed));
        as(Tokens.viewer(COMMUNE)).queryParam("unitId", centre).queryParam("assessed", true)
                .get("/api/v1/media-products").then().body("items.id", contains(assessed));
        as(Tokens.viewer(COMMUNE)).queryParam("unitId", centre).queryParam("assessed", false).queryParam("kind", "NEWS")
                .get("/api/v1/media-products").then().body("items.id", contains(waiting, lastYear));
        as(Tokens.coordinator(OTHER_COMMUNE)).queryParam("unitId", centre).get("/api/v1/media-products").then()
                .body("items.id", not(hasItem(assessed)));
    }

    @Test
    void anAssessmentMadeOnAnOlderVersionIsRefusedNotSilentlyReplaced() {
        int id = create(reporter, product(centre, "NEWS", "2026-06-25"));
        // Two assessors open the product at version 0; the first saves, the second is told, and nothing of theirs is kept.
        as(coordinator).body(answers(5, 0)).post("/api/v1/media-products/{id}/assessment", id).then().statusCode(200)
                .body("passed", equalTo(true)).body("version", equalTo(1));
        as(Tokens.communeAdmin(COMMUNE)).body(answers(2, 0)).post("/api/v1/media-products/{id}/assessment", id).then()
                .statusCode(409).body("type", equalTo("urn:binhdang:problem:stale-version"));
        as(coordinator).get("/api/v1/media-products/{id}", id).then().body("criteriaMet", equalTo(5))
                .body("assessedBy", equalTo("dieuphoi." + COMMUNE)).body("version", equalTo(1));
        Map<String, Object> noVersion = new HashMap<>(answers(2, 1));
        noVersion.remove("version");
        asUnchecked(coordinator).body(noVersion).post("/api/v1/media-products/{id}/assessment", id).then().statusCode(400)
                .body("errors.field", contains("version"));
    }

    @Test
    void theListFiltersPassedAndNotPassed() {
        int passed = create(coordinator, product(centre, "VIDEO", "2026-05-02"));
        int failed = create(coordinator, product(centre, "NEWS", "2026-05-03"));
        create(coordinator, product(centre, "NEWS", "2026-05-04"));
        as(coordinator).body(answers(5, 0)).post("/api/v1/media-products/{id}/assessment", passed).then().statusCode(200);
        as(coordinator).body(answers(1, 0)).post("/api/v1/media-products/{id}/assessment", failed).then().statusCode(200);
        as(Tokens.viewer(COMMUNE)).queryParam("unitId", centre).queryParam("passed", true)
                .get("/api/v1/media-products").then().statusCode(200).body("items.id", contains(passed));
        as(Tokens.viewer(COMMUNE)).queryParam("unitId", centre).queryParam("passed", false)
                .get("/api/v1/media-products").then().statusCode(200).body("items.id", contains(failed));
    }
}
