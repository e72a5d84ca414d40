package vn.binhdang.units;

import vn.binhdang.support.TestClock;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.binhdang.support.Api.as;
import static vn.binhdang.support.Fixtures.COMMUNE;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.binhdang.support.Fixtures;
import vn.binhdang.support.Tokens;

/** Listing, searching, changing and deleting units, as a commune's coordinator does. */
@QuarkusTest
class UnitBehaviourTest {
    @Inject
    TestClock clock;

    @Inject
    Fixtures fixtures;

    String coordinator = Tokens.coordinator(COMMUNE);
    String tag;

    @BeforeEach
    void data() {
        fixtures.areas();
        tag = "T" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }

    private long unit(String code, String name, String kind, LocalDate from, LocalDate to) {
        return fixtures.unit(COMMUNE, tag + "-" + code, name + " " + tag, kind, from, to);
    }

    private Map<String, Object> request(String code, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("communeCode", COMMUNE);
        body.put("kind", "FRONT_MASS_ORGANISATION");
        body.put("code", code);
        body.put("name", name);
        body.put("contactPerson", "Chủ tịch Hội");
        body.put("phone", "0912345678");
        body.put("email", "hoi@example.vn");
        body.put("activeFrom", "2026-01-01");
        body.put("targets", List.of(1, 3));
        return body;
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        long station = unit("TYT", "Trạm Y tế xã", "HEALTH_STATION", LocalDate.of(2026, 1, 1), null);
        unit("DTN", "Đoàn Thanh niên xã", "FRONT_MASS_ORGANISATION", LocalDate.of(2026, 1, 1), null);
        as(coordinator).queryParam("q", "tram y te " + tag.toLowerCase()).get("/api/v1/units").then().statusCode(200)
                .body("items.id", contains((int) station));
        as(coordinator).queryParam("q", "doan thanh " + tag).get("/api/v1/units").then()
                .body("items.name", contains("Đoàn Thanh niên xã " + tag));
    }

    @Test
    void searchTreatsWildcardsLiterally() {
        unit("PCT", "Hội Phụ nữ", "FRONT_MASS_ORGANISATION", LocalDate.of(2026, 1, 1), null);
        as(coordinator).queryParam("q", "%").get("/api/v1/units").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void namesSortByVietnameseAlphabetNotByBytes() {
        // Vietnamese order: A < Ă < Â < B < D < Đ < E; byte order would put Đ, Ă, Â after E.
        for (String name : List.of("Đoàn", "Ấp", "Ăn", "Em", "Dân", "Ánh")) {
            unit(name.substring(0, 1).equals("Đ") ? "DD" : Integer.toString(name.hashCode() & 0xffff, 36).toUpperCase(),
                    name, "OTHER", LocalDate.of(2026, 1, 1), null);
        }
        as(coordinator).queryParam("q", tag).queryParam("sort", "name").get("/api/v1/units").then().statusCode(200)
                .body("items.name", contains("Ánh " + tag, "Ăn " + tag, "Ấp " + tag, "Dân " + tag, "Đoàn " + tag,
                        "Em " + tag));
        as(coordinator).queryParam("q", tag).queryParam("sort", "-name").queryParam("size", 1).get("/api/v1/units")
                .then().body("items.name", contains("Em " + tag));
    }

    @Test
    void listIsPagedWithTotals() {
        for (int i = 0; i < 5; i++) {
            unit("P" + i, "Đơn vị phân trang " + i, "OTHER", LocalDate.of(2026, 1, 1), null);
        }
        as(coordinator).queryParam("q", tag).queryParam("size", 2).queryParam("page", 2).get("/api/v1/units").then()
                .statusCode(200).body("items", hasSize(1)).body("page", equalTo(2)).body("size", equalTo(2))
                .body("totalItems", equalTo(5)).body("totalPages", equalTo(3));
    }

    @Test
    void filtersByKindAndActiveToday() {
        LocalDate today = clock.today();
        long active = unit("ACT", "Trường đang hoạt động", "SCHOOL", today.minusYears(1), null);
        long ended = unit("END", "Trường đã ngừng", "SCHOOL", today.minusYears(2), today.minusDays(1));
        long future = unit("FUT", "Trường sắp mở", "SCHOOL", today.plusDays(10), null);
        unit("ENT", "Doanh nghiệp", "ENTERPRISE", today.minusYears(1), null);
        as(coordinator).queryParam("q", tag).queryParam("kind", "SCHOOL").queryParam("active", true)
                .get("/api/v1/units").then().body("items.id", contains((int) active));
        as(coordinator).queryParam("q", tag).queryParam("kind", "SCHOOL").queryParam("active", false)
                .queryParam("sort", "activeFrom").get("/api/v1/units").then()
                .body("items.id", contains((int) ended, (int) future));
        as(coordinator).get("/api/v1/units/{id}", ended).then().body("active", equalTo(false));
    }

    @Test
    void createThenReadReturnsWhatWasSentWithETag() {
        String code = tag + "-HND";
        int id = as(coordinator).body(request(code, "  Hội Nông dân xã  ")).post("/api/v1/units").then()
                .statusCode(201).body("name", equalTo("Hội Nông dân xã")).body("targets", contains(1, 3))
                .extract().path("id");
        as(coordinator).get("/api/v1/units/{id}", id).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("code", equalTo(code)).body("kind", equalTo("FRONT_MASS_ORGANISATION"))
                .body("communeName", equalTo("Xã Bình Lư")).body("phone", equalTo("0912345678"))
                .body("activeFrom", equalTo("2026-01-01")).body("active", equalTo(true));
        assertEquals("dieuphoi." + COMMUNE, fixtures.execute1("SELECT created_by FROM unit WHERE id = " + id));
    }

    @Test
    void duplicateCodeInTheSameCommuneIsAConflictOnTheCodeField() {
        String code = tag + "-DUP";
        as(coordinator).body(request(code, "Hội A")).post("/api/v1/units").then().statusCode(201);
        as(coordinator).body(request(code, "Hội B")).post("/api/v1/units").then().statusCode(409)
                .body("type", equalTo("urn:binhdang:problem:conflict"))
                .body("errors[0].field", equalTo("code"));
        assertEquals(1, fixtures.count("SELECT count(*) FROM unit WHERE code = '" + code + "'"));
    }

    @Test
    void updateWithTheCurrentVersionSavesAndBumpsIt() {
        long id = unit("UPD", "Hội Cựu chiến binh", "FRONT_MASS_ORGANISATION", LocalDate.of(2026, 1, 1), null);
        Map<String, Object> body = request(tag + "-UPD", "Hội Cựu chiến binh xã");
        body.put("version", 0);
        as(coordinator).body(body).put("/api/v1/units/{id}", id).then().statusCode(200)
                .body("name", equalTo("Hội Cựu chiến binh xã")).body("version", equalTo(1));
        as(coordinator).queryParam("entityType", "UNIT").queryParam("entityId", id).get("/api/v1/audit").then()
                .statusCode(200).body("items[0].action", equalTo("UPDATED"))
                .body("items[0].changedBy", equalTo("dieuphoi." + COMMUNE))
                .body("items[0].changes.find { it.field == 'name' }.before", equalTo("Hội Cựu chiến binh " + tag))
                .body("items[0].changes.find { it.field == 'name' }.after", equalTo("Hội Cựu chiến binh xã"));
    }

    @Test
    void staleUpdateIsRefusedAndDoesNotOverwrite() {
        long id = unit("STL", "Hội Liên hiệp Phụ nữ", "FRONT_MASS_ORGANISATION", LocalDate.of(2026, 1, 1), null);
        Map<String, Object> first = request(tag + "-STL", "Tên của người thứ nhất");
        first.put("version", 0);
        as(coordinator).body(first).put("/api/v1/units/{id}", id).then().statusCode(200);
        Map<String, Object> second = request(tag + "-STL", "Tên của người thứ hai");
        second.put("version", 0);
        as(Tokens.communeAdmin(COMMUNE)).body(second).put("/api/v1/units/{id}", id).then().statusCode(409)
                .body("type", equalTo("urn:binhdang:problem:stale-version"))
                .body("detail", containsString("phiên bản hiện tại là 1"));
        as(coordinator).get("/api/v1/units/{id}", id).then().body("name", equalTo("Tên của người thứ nhất"));
    }

    @Test
    void updateWithoutVersionIsAValidationError() {
        long id = unit("NOV", "Hội", "OTHER", LocalDate.of(2026, 1, 1), null);
        as(coordinator).body(request(tag + "-NOV", "Hội mới")).put("/api/v1/units/{id}", id).then().statusCode(400)
                .body("errors[0].field", equalTo("version"));
    }

    @Test
    void unitCannotMoveToAnotherCommune() {
        long id = unit("MOV", "Hội", "OTHER", LocalDate.of(2026, 1, 1), null);
        Map<String, Object> body = request(tag + "-MOV", "Hội");
        body.put("communeCode", Fixtures.OTHER_COMMUNE);
        body.put("version", 0);
        as(coordinator).body(body).put("/api/v1/units/{id}", id).then().statusCode(400)
                .body("errors[0].field", equalTo("communeCode"));
        as(coordinator).get("/api/v1/units/{id}", id).then().body("communeCode", equalTo(COMMUNE));
    }

    @Test
    void deactivateSetsTheLastDayAndKeepsTheUnit() {
        long id = unit("DEA", "Doanh nghiệp", "ENTERPRISE", LocalDate.of(2026, 1, 1), null);
        as(coordinator).body(Map.of("activeTo", "2026-06-30", "version", 0)).post("/api/v1/units/{id}/deactivate", id)
                .then().statusCode(200).body("activeTo", equalTo("2026-06-30")).body("version", equalTo(1));
        as(coordinator).body(Map.of("activeTo", "2025-06-30", "version", 1)).post("/api/v1/units/{id}/deactivate", id)
                .then().statusCode(400).body("errors[0].field", equalTo("activeTo"))
                .body("errors[0].message", containsString("01/01/2026"));
    }

    @Test
    void deletingAnUnreferencedUnitWorks() {
        long id = unit("DEL", "Đơn vị tạo nhầm", "OTHER", LocalDate.of(2026, 1, 1), null);
        as(coordinator).delete("/api/v1/units/{id}", id).then().statusCode(204);
        as(coordinator).get("/api/v1/units/{id}", id).then().statusCode(404);
    }

    @Test
    void deletingAReferencedUnitIsAConflictWithAReason() {
        long id = unit("REF", "Đơn vị có dữ liệu", "OTHER", LocalDate.of(2026, 1, 1), null);
        // Any record that refers to a unit (later: sessions, plans, reports) blocks the delete.
        fixtures.execute("CREATE TABLE IF NOT EXISTS test_unit_reference (unit_id bigint NOT NULL REFERENCES unit (id))");
        fixtures.execute("INSERT INTO test_unit_reference VALUES (" + id + ")");
        as(coordinator).delete("/api/v1/units/{id}", id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:binhdang:problem:in-use"))
                .body("detail", containsString("Đơn vị có dữ liệu " + tag))
                .body("detail", containsString("Ngừng hoạt động"));
        as(coordinator).get("/api/v1/units/{id}", id).then().statusCode(200);
    }
}
