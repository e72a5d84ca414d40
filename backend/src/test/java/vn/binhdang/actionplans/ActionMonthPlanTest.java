package vn.binhdang.actionplans;

import vn.binhdang.support.TestClock;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.binhdang.support.Api.as;
import static vn.binhdang.support.Api.asUnchecked;
import static vn.binhdang.support.Fixtures.COMMUNE;
import static vn.binhdang.support.Fixtures.OTHER_COMMUNE;
import static vn.binhdang.support.Fixtures.PROVINCE;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.binhdang.support.Fixtures;
import vn.binhdang.support.Tokens;

/** Target 2: each unit files its Action-Month plan once a year; the coordinator sees who is on time and who is missing. */
@QuarkusTest
class ActionMonthPlanTest {
    @Inject
    TestClock clock;

    @Inject
    vn.binhdang.indicators.ProgrammeRules rules;

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    Fixtures fixtures;

    String coordinator = Tokens.coordinator(COMMUNE);
    String tag;
    long station;
    long school;
    long foreignUnit;
    String reporter;

    @BeforeEach
    void data() {
        fixtures.areas();
        tag = "P" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        station = fixtures.unit(COMMUNE, tag + "-TYT", "Trạm Y tế " + tag, "HEALTH_STATION", LocalDate.of(2026, 1, 1), null);
        school = fixtures.unit(COMMUNE, tag + "-TH", "Trường Tiểu học " + tag, "SCHOOL", LocalDate.of(2026, 1, 1), null);
        foreignUnit = fixtures.unit(OTHER_COMMUNE, tag + "-TYT", "Trạm Y tế xã khác " + tag, "HEALTH_STATION",
                LocalDate.of(2026, 1, 1), null);
        reporter = Tokens.unitReporter(COMMUNE, tag + "-TYT");
    }

    private Map<String, Object> request(long unitId, int year) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unitId);
        body.put("year", year);
        body.put("documentNumber", "25/KH-" + tag);
        body.put("documentDate", clock.today().minusDays(3).toString());
        body.put("summary", "Treo băng rôn, phát thanh song ngữ Việt – Thái, họp bản tại 3 bản " + tag);
        return body;
    }

    private long plansOf(long unitId) {
        return fixtures.count("SELECT count(*) FROM action_month_plan WHERE unit_id = " + unitId);
    }

    private int create(String token, Map<String, Object> body) {
        return as(token).body(body).post("/api/v1/action-month-plans").then().statusCode(201).extract().path("id");
    }

    @Test
    void unitReporterFilesTheirUnitsPlanOnTheDayItArrives() {
        LocalDate today = clock.today();
        int year = 2027;
        as(reporter).body(request(station, year)).post("/api/v1/action-month-plans").then().statusCode(201)
                .header("Location", containsString("/api/v1/action-month-plans/"))
                .body("unitId", equalTo((int) station)).body("unitCode", equalTo(tag + "-TYT"))
                .body("communeCode", equalTo(COMMUNE)).body("year", equalTo(year))
                .body("filedOn", equalTo(today.toString()))
                .body("onTime", equalTo(today.isBefore(LocalDate.of(year, 11, 15))))
                .body("attachment", nullValue()).body("version", equalTo(0));
    }

    @Test
    void aPlanFiledOnOrAfterTheFifteenthOfNovemberIsLate() {
        assertEquals(true, rules.actionMonthPlanOnTime(LocalDate.of(2026, 11, 14), 2026));
        assertEquals(false, rules.actionMonthPlanOnTime(LocalDate.of(2026, 11, 15), 2026));
        assertEquals(false, rules.actionMonthPlanOnTime(LocalDate.of(2026, 12, 2), 2026));
        int id = create(coordinator, request(station, 2026));
        fixtures.execute("UPDATE action_month_plan SET received_on = DATE '2026-11-15' WHERE id = " + id);
        as(coordinator).get("/api/v1/action-month-plans/{id}", id).then().statusCode(200).body("onTime", equalTo(false));
        fixtures.execute("UPDATE action_month_plan SET received_on = DATE '2026-11-14' WHERE id = " + id);
        as(coordinator).get("/api/v1/action-month-plans/{id}", id).then().body("onTime", equalTo(true));
    }

    @Test
    void unitReporterCannotFileOrEditAnotherUnitsPlan() {
        as(reporter).body(request(school, 2027)).post("/api/v1/action-month-plans").then().statusCode(403)
                .body("type", equalTo("urn:binhdang:problem:forbidden"));
        assertEquals(0, plansOf(school));
        int id = create(coordinator, request(school, 2027));
        Map<String, Object> change = request(school, 2027);
        change.put("version", 0);
        // A unit reporter sees only their own unit's plans: another unit's does not exist for them.
        as(reporter).body(change).put("/api/v1/action-month-plans/{id}", id).then().statusCode(404);
        as(reporter).get("/api/v1/action-month-plans/{id}", id).then().statusCode(404);
        as(reporter).queryParam("size", 100).get("/api/v1/action-month-plans").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void viewersAndProvinceReadButCannotFile() {
        int id = create(coordinator, request(station, 2027));
        for (String token : List.of(Tokens.viewer(COMMUNE), Tokens.province(PROVINCE))) {
            as(token).get("/api/v1/action-month-plans/{id}", id).then().statusCode(200);
            as(token).body(request(school, 2027)).post("/api/v1/action-month-plans").then().statusCode(403);
        }
        assertEquals(0, plansOf(school));
    }

    @Test
    void anotherCommunesPlanIsInvisibleAndItsUnitUnusable() {
        int id = create(coordinator, request(station, 2027));
        String other = Tokens.coordinator(OTHER_COMMUNE);
        as(other).get("/api/v1/action-month-plans/{id}", id).then().statusCode(404);
        as(other).queryParam("unitId", station).get("/api/v1/action-month-plans").then().statusCode(200)
                .body("totalItems", equalTo(0));
        as(coordinator).body(request(foreignUnit, 2027)).post("/api/v1/action-month-plans").then().statusCode(400)
                .body("errors[0].field", equalTo("unitId"));
        assertEquals(0, plansOf(foreignUnit));
    }

    @Test
    void aSecondPlanForTheSameUnitAndYearIsAConflict() {
        create(reporter, request(station, 2028));
        as(coordinator).body(request(station, 2028)).post("/api/v1/action-month-plans").then().statusCode(409)
                .body("type", equalTo("urn:binhdang:problem:conflict"))
                .body("errors[0].field", equalTo("year"))
                .body("errors[0].message", containsString("2028"));
        create(reporter, request(station, 2029));
        assertEquals(2, plansOf(station));
    }

    @Test
    void badPlansAreRefusedAndNothingIsWritten() {
        Map<String, Object> future = request(station, 2027);
        future.put("documentDate", clock.today().plusDays(1).toString());
        asUnchecked(coordinator).body(future).post("/api/v1/action-month-plans").then().statusCode(400)
                .body("errors[0].field", equalTo("documentDate"));
        Map<String, Object> blank = request(station, 2027);
        blank.put("summary", " ");
        asUnchecked(coordinator).body(blank).post("/api/v1/action-month-plans").then().statusCode(400)
                .body("errors[0].field", equalTo("summary"));
        asUnchecked(coordinator).body(request(station, 2031)).post("/api/v1/action-month-plans").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        long ended = fixtures.unit(COMMUNE, tag + "-HTX", "Hợp tác xã " + tag, "ENTERPRISE", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30));
        asUnchecked(coordinator).body(request(ended, 2027)).post("/api/v1/action-month-plans").then().statusCode(400)
                .body("errors[0].field", equalTo("year"))
                .body("errors[0].message", equalTo("Hợp tác xã " + tag + " không hoạt động trong Tháng hành động "
                        + "(15/11/2027 – 15/12/2027): đơn vị chỉ hoạt động từ 01/01/2026 đến 30/06/2026"));
        assertEquals(0, plansOf(station));
        assertEquals(0, plansOf(ended));
    }

    @Test
    void editsNeedTheVersionReadKeepUnitAndYearAndAreInTheHistory() {
        int id = create(reporter, request(station, 2027));
        Map<String, Object> change = request(station, 2027);
        change.put("summary", "Thêm hội thi tìm hiểu Luật Bình đẳng giới " + tag);
        as(reporter).body(change).put("/api/v1/action-month-plans/{id}", id).then().statusCode(400)
                .body("errors[0].field", equalTo("version"));
        change.put("version", 0);
        as(reporter).body(change).put("/api/v1/action-month-plans/{id}", id).then().statusCode(200)
                .body("version", equalTo(1)).body("summary", startsWithText("Thêm hội thi"));
        as(coordinator).body(change).put("/api/v1/action-month-plans/{id}", id).then().statusCode(409)
                .body("type", equalTo("urn:binhdang:problem:stale-version"));
        Map<String, Object> moved = new HashMap<>(change);
        moved.put("version", 1);
        moved.put("year", 2028);
        as(coordinator).body(moved).put("/api/v1/action-month-plans/{id}", id).then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        moved.put("year", 2027);
        moved.put("unitId", school);
        as(coordinator).body(moved).put("/api/v1/action-month-plans/{id}", id).then().statusCode(400)
                .body("errors[0].field", equalTo("unitId"));
        as(coordinator).queryParam("entityType", "ACTION_MONTH_PLAN").queryParam("entityId", id).get("/api/v1/audit")
                .then().statusCode(200).body("items.action", contains("UPDATED", "CREATED"))
                .body("items[0].changedBy", equalTo("baocao." + tag + "-TYT"))
                .body("items[0].changes.field", contains("summary"));
    }

    @Test
    void theSignedPlanIsAttachedByContentAndDownloadedIntact() throws Exception {
        int id = create(reporter, request(station, 2027));
        as(reporter).get("/api/v1/action-month-plans/{id}/attachment", id).then().statusCode(404);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        as(reporter).contentType(ContentType.MULTIPART)
                .multiPart("file", "C:\\Ke hoach\\ke-hoach-2027", PDF, "application/octet-stream")
                .post("/api/v1/action-month-plans/{id}/attachment", id).then().statusCode(200)
                .body("attachment.fileName", equalTo("ke-hoach-2027.pdf"))
                .body("attachment.contentType", equalTo("application/pdf"))
                .body("attachment.sizeBytes", equalTo(PDF.length)).body("attachment.sha256", equalTo(sha))
                .body("version", equalTo(1));
        byte[] downloaded = as(Tokens.viewer(COMMUNE)).get("/api/v1/action-month-plans/{id}/attachment", id).then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertArrayEquals(PDF, downloaded);
        as(coordinator).get("/api/v1/action-month-plans/{id}", id).then()
                .body("attachment.sizeBytes", equalTo(PDF.length));
        as(Tokens.coordinator(OTHER_COMMUNE)).get("/api/v1/action-month-plans/{id}/attachment", id).then()
                .statusCode(404);
    }

    @Test
    void onlyPdfOrImagesMayBeAttachedAndOnlyByThoseWhoMayEdit() {
        int id = create(coordinator, request(school, 2027));
        as(coordinator).contentType(ContentType.MULTIPART)
                .multiPart("file", "ke-hoach.pdf", "không phải PDF".getBytes(StandardCharsets.UTF_8), "application/pdf")
                .post("/api/v1/action-month-plans/{id}/attachment", id).then().statusCode(400)
                .body("errors[0].field", equalTo("file"));
        as(reporter).contentType(ContentType.MULTIPART).multiPart("file", "ke-hoach.pdf", PDF, "application/pdf")
                .post("/api/v1/action-month-plans/{id}/attachment", id).then().statusCode(404);
        as(Tokens.viewer(COMMUNE)).contentType(ContentType.MULTIPART).multiPart("file", "ke-hoach.pdf", PDF, "application/pdf")
                .post("/api/v1/action-month-plans/{id}/attachment", id).then().statusCode(403);
        assertEquals(0, fixtures.count("SELECT count(*) FROM action_month_plan WHERE attachment IS NOT NULL AND id = " + id));
    }

    @Test
    void theStatusTableListsEveryUnitOfTheYearFiledOnTimeLateOrMissing() {
        String commune = fixtures.freshCommune();
        String manager = Tokens.coordinator(commune);
        long onTime = fixtures.unit(commune, "VHXH", "Phòng Văn hóa – Xã hội", "CULTURE_SOCIAL_OFFICE",
                LocalDate.of(2026, 1, 1), null);
        long late = fixtures.unit(commune, "TYT", "Trạm Y tế", "HEALTH_STATION", LocalDate.of(2026, 1, 1), null);
        long missing = fixtures.unit(commune, "HLHPN", "Hội Liên hiệp Phụ nữ", "FRONT_MASS_ORGANISATION",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        long endedBefore = fixtures.unit(commune, "HTX", "Hợp tác xã đã giải thể", "ENTERPRISE",
                LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31));
        long startedAfter = fixtures.unit(commune, "TH2", "Trường mới", "SCHOOL", LocalDate.of(2027, 1, 1), null);
        int onTimePlan = create(manager, request(onTime, 2026));
        int latePlan = create(manager, request(late, 2026));
        fixtures.execute("UPDATE action_month_plan SET received_on = DATE '2026-11-10' WHERE id = " + onTimePlan);
        fixtures.execute("UPDATE action_month_plan SET received_on = DATE '2026-11-20' WHERE id = " + latePlan);

        as(manager).queryParam("year", 2026).get("/api/v1/action-month-plans/status").then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.unitId", not(hasItem((int) endedBefore)))
                .body("items.unitId", not(hasItem((int) startedAfter)))
                .body("items.find { it.unitId == " + onTime + " }.filed", equalTo(true))
                .body("items.find { it.unitId == " + onTime + " }.onTime", equalTo(true))
                .body("items.find { it.unitId == " + onTime + " }.planId", equalTo(onTimePlan))
                .body("items.find { it.unitId == " + onTime + " }.receivedOn", equalTo("2026-11-10"))
                .body("items.find { it.unitId == " + late + " }.onTime", equalTo(false))
                .body("items.find { it.unitId == " + missing + " }.filed", equalTo(false))
                .body("items.find { it.unitId == " + missing + " }.onTime", nullValue())
                .body("items.find { it.unitId == " + missing + " }.planId", nullValue());
        as(manager).queryParam("year", 2026).queryParam("filed", false).get("/api/v1/action-month-plans/status").then()
                .body("items.unitId", contains((int) missing));
        as(Tokens.province(PROVINCE)).queryParam("year", 2026).queryParam("communeCode", commune)
                .get("/api/v1/action-month-plans/status").then().statusCode(200).body("totalItems", equalTo(3));
        as(Tokens.province(PROVINCE)).queryParam("year", 2026).get("/api/v1/action-month-plans/status").then()
                .statusCode(400).body("errors[0].field", equalTo("communeCode"));
        as(coordinator).queryParam("year", 2026).queryParam("communeCode", commune)
                .get("/api/v1/action-month-plans/status").then().statusCode(404);
        as(Tokens.province("01")).queryParam("year", 2026).queryParam("communeCode", commune)
                .get("/api/v1/action-month-plans/status").then().statusCode(404);
        asUnchecked(manager).get("/api/v1/action-month-plans/status").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    void theListFiltersByYearAndUnit() {
        int first = create(coordinator, request(station, 2027));
        int second = create(coordinator, request(station, 2028));
        create(coordinator, request(school, 2027));
        as(Tokens.viewer(COMMUNE)).queryParam("unitId", station).get("/api/v1/action-month-plans").then()
                .statusCode(200).body("items.id", contains(second, first));
        as(Tokens.viewer(COMMUNE)).queryParam("unitId", station).queryParam("year", 2027)
                .get("/api/v1/action-month-plans").then().body("items.id", contains(first));
    }

    private static org.hamcrest.Matcher<String> startsWithText(String prefix) {
        return org.hamcrest.Matchers.startsWith(prefix);
    }
}
