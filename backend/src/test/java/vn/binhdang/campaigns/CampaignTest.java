package vn.binhdang.campaigns;

import vn.binhdang.support.TestClock;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.binhdang.support.Fixtures;
import vn.binhdang.support.Tokens;

/** Campaigns and the plan's yearly peaks, proposed and confirmed without duplicates. */
@QuarkusTest
class CampaignTest {
    @Inject
    TestClock clock;

    @Inject
    Fixtures fixtures;

    String coordinator = Tokens.coordinator(COMMUNE);
    String tag;
    long lead;
    long foreignUnit;

    @BeforeEach
    void data() {
        fixtures.areas();
        tag = "K" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        lead = fixtures.unit(COMMUNE, tag + "-VHXH", "Phòng VH-XH " + tag, "CULTURE_SOCIAL_OFFICE",
                LocalDate.of(2026, 1, 1), null);
        foreignUnit = fixtures.unit(OTHER_COMMUNE, tag + "-X", "Đơn vị xã khác " + tag, "OTHER",
                LocalDate.of(2026, 1, 1), null);
    }

    private Map<String, Object> request(String name, String start, String end) {
        Map<String, Object> body = new HashMap<>();
        body.put("communeCode", COMMUNE);
        body.put("name", name);
        body.put("theme", "Phòng chống bạo lực học đường");
        body.put("occasion", "OTHER");
        body.put("startDate", start);
        body.put("endDate", end);
        body.put("leadUnitId", lead);
        body.put("participatingUnitIds", List.of(lead));
        body.put("taskGroups", List.of(2, 6));
        return body;
    }

    @Test
    void theFourPeaksAreProposedAndConfirmingTwiceMakesOneCampaign() {
        int year = 2028;
        as(coordinator).queryParam("year", year).get("/api/v1/campaigns/proposals").then().statusCode(200)
                .body("occasion", contains("WOMENS_DAY", "HAPPINESS_DAY", "FAMILY_DAY", "ACTION_MONTH"))
                .body("find { it.occasion == 'ACTION_MONTH' }.startDate", equalTo("2028-11-15"))
                .body("find { it.occasion == 'ACTION_MONTH' }.endDate", equalTo("2028-12-15"))
                .body("find { it.occasion == 'WOMENS_DAY' }.endDate", equalTo("2028-03-08"))
                .body("find { it.occasion == 'FAMILY_DAY' }.endDate", equalTo("2028-06-28"));
        Map<String, Object> confirm = Map.of("year", year, "occasion", "ACTION_MONTH");
        int id = as(coordinator).body(confirm).post("/api/v1/campaigns/proposals/confirm").then().statusCode(201)
                .body("name", equalTo("Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2028"))
                .body("status", equalTo("PLANNED")).extract().path("id");
        as(Tokens.communeAdmin(COMMUNE)).body(confirm).post("/api/v1/campaigns/proposals/confirm").then()
                .statusCode(200).body("id", equalTo(id));
        assertEquals(1, fixtures.count("SELECT count(*) FROM campaign c JOIN area a ON a.id = c.commune_id "
                + "WHERE a.code = '03390' AND c.year = 2028 AND c.occasion = 'ACTION_MONTH'"));
        as(coordinator).queryParam("year", year).get("/api/v1/campaigns/proposals").then()
                .body("find { it.occasion == 'ACTION_MONTH' }.confirmed", equalTo(true))
                .body("find { it.occasion == 'ACTION_MONTH' }.campaignId", equalTo(id))
                .body("find { it.occasion == 'WOMENS_DAY' }.confirmed", equalTo(false));
    }

    @Test
    void aSecondCampaignForTheSamePeakIsAConflict() {
        as(coordinator).body(Map.of("year", 2029, "occasion", "FAMILY_DAY")).post("/api/v1/campaigns/proposals/confirm")
                .then().statusCode(201);
        Map<String, Object> body = request("Ngày Gia đình lần hai", "2029-06-25", "2029-06-28");
        body.put("occasion", "FAMILY_DAY");
        as(coordinator).body(body).post("/api/v1/campaigns").then().statusCode(409)
                .body("errors[0].field", equalTo("occasion"));
    }

    @Test
    void coordinatorCreatesAndEditsWithVersionAndHistory() {
        int id = as(coordinator).body(request("Tuần lễ " + tag, "2026-09-05", "2026-09-12")).post("/api/v1/campaigns")
                .then().statusCode(201).body("leadUnitName", equalTo("Phòng VH-XH " + tag))
                .body("participatingUnits.code", contains(tag + "-VHXH")).body("taskGroups", contains(2, 6))
                .body("year", equalTo(2026)).extract().path("id");
        Map<String, Object> change = request("Tuần lễ " + tag + " (sửa)", "2026-09-05", "2026-09-13");
        change.put("version", 0);
        as(coordinator).body(change).put("/api/v1/campaigns/{id}", id).then().statusCode(200)
                .body("endDate", equalTo("2026-09-13")).body("version", equalTo(1));
        as(Tokens.communeAdmin(COMMUNE)).body(change).put("/api/v1/campaigns/{id}", id).then().statusCode(409)
                .body("type", equalTo("urn:binhdang:problem:stale-version"));
        as(coordinator).queryParam("entityType", "CAMPAIGN").queryParam("entityId", id).get("/api/v1/audit").then()
                .body("items.action", contains("UPDATED", "CREATED"))
                .body("items[0].changes.field", hasItem("endDate"));
    }

    @Test
    void badCampaignsAreRefusedAndNothingIsWritten() {
        long before = fixtures.count("SELECT count(*) FROM campaign");
        asUnchecked(coordinator).body(request("Ngược ngày", "2026-09-12", "2026-09-05")).post("/api/v1/campaigns").then()
                .statusCode(400).body("errors[0].field", equalTo("endDate"));
        Map<String, Object> foreign = request("Đơn vị lạ", "2026-09-05", "2026-09-12");
        foreign.put("leadUnitId", foreignUnit);
        asUnchecked(coordinator).body(foreign).post("/api/v1/campaigns").then().statusCode(400)
                .body("errors[0].field", equalTo("leadUnitId"));
        Map<String, Object> badGroup = request("Nhóm lạ", "2026-09-05", "2026-09-12");
        badGroup.put("taskGroups", List.of(8));
        asUnchecked(coordinator).body(badGroup).post("/api/v1/campaigns").then().statusCode(400);
        assertEquals(before, fixtures.count("SELECT count(*) FROM campaign"));
    }

    @Test
    void readersReadInScopeButCannotWrite() {
        int id = as(coordinator).body(request("Chiến dịch " + tag, "2026-10-01", "2026-10-10")).post("/api/v1/campaigns")
                .then().statusCode(201).extract().path("id");
        for (String token : List.of(Tokens.viewer(COMMUNE), Tokens.unitReporter(COMMUNE, "TYT"),
                Tokens.province(PROVINCE))) {
            as(token).get("/api/v1/campaigns/{id}", id).then().statusCode(200);
            as(token).body(request("X " + tag, "2026-10-01", "2026-10-10")).post("/api/v1/campaigns").then()
                    .statusCode(403);
            as(token).body(Map.of("year", 2027, "occasion", "WOMENS_DAY")).post("/api/v1/campaigns/proposals/confirm")
                    .then().statusCode(403);
        }
        as(Tokens.coordinator(OTHER_COMMUNE)).get("/api/v1/campaigns/{id}", id).then().statusCode(404);
        as(Tokens.coordinator(OTHER_COMMUNE)).queryParam("year", 2026).queryParam("size", 100)
                .get("/api/v1/campaigns").then().body("items.id", not(hasItem(id)))
                .body("items.communeCode", everyItem(equalTo(OTHER_COMMUNE)));
    }

    @Test
    void theCalendarListsCampaignsOverlappingItsRangeWithTodaysStatus() {
        LocalDate today = clock.today();
        int running = as(coordinator).body(request("Đang chạy " + tag, today.minusDays(2).toString(),
                today.plusDays(2).toString())).post("/api/v1/campaigns").then().statusCode(201)
                .body("status", equalTo("RUNNING")).extract().path("id");
        as(coordinator).queryParam("from", today.toString()).queryParam("to", today.toString()).queryParam("size", 100)
                .get("/api/v1/campaigns").then().statusCode(200).body("items.id", hasItem(running));
        as(coordinator).queryParam("from", today.plusDays(3).toString()).queryParam("to", today.plusDays(30).toString())
                .queryParam("size", 100).get("/api/v1/campaigns").then().body("items.id", not(hasItem(running)));
    }
}
