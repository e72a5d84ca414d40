package vn.binhdang.sessions;

import vn.binhdang.support.TestClock;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.binhdang.support.Api.as;
import static vn.binhdang.support.Api.asUnchecked;
import static vn.binhdang.support.Fixtures.COMMUNE;
import static vn.binhdang.support.Fixtures.OTHER_COMMUNE;
import static vn.binhdang.support.Fixtures.PROVINCE;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.binhdang.support.Fixtures;
import vn.binhdang.support.Tokens;

/** What a commune officer expects of recording a session: who may, what is checked, nothing twice. */
@QuarkusTest
class SessionRulesTest {
    @Inject
    TestClock clock;

    @Inject
    Fixtures fixtures;

    SessionFixture f;
    String coordinator = Tokens.coordinator(COMMUNE);
    String reporter;

    @BeforeEach
    void data() {
        f = new SessionFixture(fixtures);
        reporter = Tokens.unitReporter(COMMUNE, f.stationCode());
    }

    private long sessionsOf(long unitId) {
        return fixtures.count("SELECT count(*) FROM communication_session WHERE unit_id = " + unitId);
    }

    @Test
    void unitReporterRecordsTheirOwnUnitsSessionAndIsNamedAsRecorder() {
        as(reporter).body(f.request(f.station, "2026-03-10")).post("/api/v1/sessions").then().statusCode(201)
                .body("unitId", equalTo((int) f.station)).body("recordedBy", equalTo("baocao." + f.stationCode()))
                .body("participantsTotal", equalTo(45)).body("topics[0].code", equalTo("LAW_POLICY"))
                .body("format.labelVi", equalTo("Họp bản, sinh hoạt cộng đồng"))
                .body("villageName", org.hamcrest.Matchers.startsWith("Bản thử"));
    }

    @Test
    void unitReporterCannotRecordOrEditAnotherUnitsSession() {
        as(reporter).body(f.request(f.school, "2026-03-10")).post("/api/v1/sessions").then().statusCode(403)
                .body("type", equalTo("urn:binhdang:problem:forbidden"));
        assertEquals(0, sessionsOf(f.school));
        long schoolSession = f.create(coordinator, f.request(f.school, "2026-03-10"));
        Map<String, Object> change = f.request(f.school, "2026-03-11");
        change.put("version", 0);
        // A unit reporter sees only their own unit's records: another unit's session does not exist for them.
        as(reporter).body(change).put("/api/v1/sessions/{id}", schoolSession).then().statusCode(404);
        as(reporter).get("/api/v1/sessions/{id}", schoolSession).then().statusCode(404);
        as(coordinator).get("/api/v1/sessions/{id}", schoolSession).then().statusCode(200)
                .body("heldOn", equalTo("2026-03-10"));
    }

    @Test
    void viewersAndProvinceReadButCannotRecord() {
        long id = f.create(coordinator, f.request(f.station, "2026-03-10"));
        for (String token : List.of(Tokens.viewer(COMMUNE), Tokens.province(PROVINCE), Tokens.machineClient(PROVINCE))) {
            as(token).get("/api/v1/sessions/{id}", id).then().statusCode(200);
            as(token).body(f.request(f.station, "2026-03-10")).post("/api/v1/sessions").then().statusCode(403);
        }
        assertEquals(1, sessionsOf(f.station));
    }

    @Test
    void anotherCommunesSessionIsInvisibleAndItsUnitUnusable() {
        long id = f.create(coordinator, f.request(f.station, "2026-03-10"));
        String otherCoordinator = Tokens.coordinator(OTHER_COMMUNE);
        as(otherCoordinator).get("/api/v1/sessions/{id}", id).then().statusCode(404);
        as(otherCoordinator).queryParam("unitId", f.station).get("/api/v1/sessions").then()
                .body("totalItems", equalTo(0));
        as(coordinator).body(f.request(f.otherCommuneUnit, "2026-03-10")).post("/api/v1/sessions").then()
                .statusCode(400).body("errors[0].field", equalTo("unitId"));
        assertEquals(0, sessionsOf(f.otherCommuneUnit));
    }

    @Test
    void dateCannotBeInTheFutureNorBeforeThePlan() {
        Map<String, Object> body = f.request(f.station, clock.today().plusDays(1).toString());
        as(coordinator).body(body).post("/api/v1/sessions").then().statusCode(400)
                .body("errors[0].field", equalTo("heldOn"))
                .body("errors[0].message", containsString("không được sau hôm nay"));
        as(coordinator).body(f.request(f.station, "2025-12-31")).post("/api/v1/sessions").then().statusCode(400)
                .body("errors[0].field", equalTo("heldOn"))
                .body("errors[0].message", containsString("01/01/2026"));
        assertEquals(0, sessionsOf(f.station));
    }

    @Test
    void aSessionDatedOutsideItsUnitsActivePeriodIsRefusedWithThePeriod() {
        long late = fixtures.unit(COMMUNE, f.tag + "-HTX", "Hợp tác xã " + f.tag, "ENTERPRISE",
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30));
        as(coordinator).body(f.request(late, "2026-02-27")).post("/api/v1/sessions").then().statusCode(400)
                .body("errors[0].field", equalTo("heldOn"))
                .body("errors[0].message", equalTo("Hợp tác xã " + f.tag + " không hoạt động vào 27/02/2026: "
                        + "đơn vị chỉ hoạt động từ 01/03/2026 đến 30/06/2026"));
        as(coordinator, "en").body(f.request(late, "2026-07-01")).post("/api/v1/sessions")
                .then().statusCode(400).body("errors[0].field", equalTo("heldOn"))
                .body("errors[0].message", equalTo("Hợp tác xã " + f.tag + " was not active on 01/07/2026: "
                        + "the unit was active only from 01/03/2026 to 30/06/2026"));
        assertEquals(0, sessionsOf(late));
        long id = f.create(coordinator, f.request(late, "2026-06-30"));
        Map<String, Object> moved = f.request(late, "2026-07-02");
        moved.put("version", 0);
        as(coordinator).body(moved).put("/api/v1/sessions/{id}", id).then().statusCode(400)
                .body("errors[0].field", equalTo("heldOn"));
        assertEquals(1, fixtures.count("SELECT count(*) FROM communication_session WHERE held_on = DATE '2026-06-30' "
                + "AND version = 0 AND id = " + id));
        long opened = fixtures.unit(COMMUNE, f.tag + "-MN", "Trường Mầm non " + f.tag, "SCHOOL",
                LocalDate.of(2026, 5, 4), null);
        as(coordinator).body(f.request(opened, "2026-05-03")).post("/api/v1/sessions").then().statusCode(400)
                .body("errors[0].message", equalTo("Trường Mầm non " + f.tag + " chưa hoạt động vào 03/05/2026: "
                        + "đơn vị hoạt động từ 04/05/2026"));
        assertEquals(0, sessionsOf(opened));
    }

    @Test
    void dateMustFallInsideTheCampaign() {
        Map<String, Object> body = f.request(f.station, "2026-04-02");
        body.put("campaignId", f.campaign);
        as(coordinator).body(body).post("/api/v1/sessions").then().statusCode(400)
                .body("errors[0].field", equalTo("heldOn"))
                .body("errors[0].message", containsString("01/03/2026 – 31/03/2026"));
        body.put("heldOn", "2026-03-31");
        as(coordinator).body(body).post("/api/v1/sessions").then().statusCode(201)
                .body("campaignName", equalTo("Chiến dịch thử " + f.tag));
    }

    @Test
    void ethnicMinorityCannotExceedParticipants() {
        Map<String, Object> body = f.request(f.station, "2026-03-10");
        body.put("ethnicMinorityParticipants", 46);
        as(coordinator).body(body).post("/api/v1/sessions").then().statusCode(400)
                .body("errors[0].field", equalTo("ethnicMinorityParticipants"))
                .body("errors[0].message", containsString("45"));
    }

    @Test
    void broadcastMayHaveNoParticipantsButThenNeedsAReach() {
        Map<String, Object> body = f.request(f.station, "2026-03-10");
        body.put("formatId", f.loudspeaker);
        body.put("participantsMale", 0);
        body.put("participantsFemale", 0);
        body.put("ethnicMinorityParticipants", 0);
        as(coordinator).body(body).post("/api/v1/sessions").then().statusCode(400)
                .body("errors[0].field", equalTo("reach"));
        body.put("reach", 1200);
        as(coordinator).body(body).post("/api/v1/sessions").then().statusCode(201).body("reach", equalTo(1200));
        body.put("formatId", f.villageMeeting);
        as(coordinator).body(body).post("/api/v1/sessions").then().statusCode(400)
                .body("errors.field", hasItem("participantsMale"));
    }

    @Test
    void countsAndCostAreWholeNonNegativeNumbers() {
        Map<String, Object> body = f.request(f.station, "2026-03-10");
        body.put("participantsMale", -1);
        asUnchecked(coordinator).body(body).post("/api/v1/sessions").then().statusCode(400)
                .body("errors[0].field", equalTo("participantsMale"));
        body = f.request(f.station, "2026-03-10");
        body.put("costVnd", 1500.5);
        asUnchecked(coordinator).body(body).post("/api/v1/sessions").then().statusCode(400)
                .body("errors[0].field", equalTo("costVnd"));
        body = f.request(f.station, "2026-03-10");
        body.put("participantsFemale", "27");
        asUnchecked(coordinator).body(body).post("/api/v1/sessions").then().statusCode(400)
                .body("errors[0].field", equalTo("participantsFemale"));
        body = f.request(f.station, "2026-03-10");
        body.put("costVnd", -1000);
        asUnchecked(coordinator).body(body).post("/api/v1/sessions").then().statusCode(400)
                .body("errors[0].field", equalTo("costVnd"));
        assertEquals(0, sessionsOf(f.station));
    }

    @Test
    void referenceEntriesMustBeOfTheRightList() {
        Map<String, Object> body = f.request(f.station, "2026-03-10");
        body.put("topicIds", List.of(f.villageMeeting));
        asUnchecked(coordinator).body(body).post("/api/v1/sessions").then().statusCode(400)
                .body("errors[0].field", equalTo("topicIds"));
        body = f.request(f.station, "2026-03-10");
        body.put("topicIds", List.of());
        asUnchecked(coordinator).body(body).post("/api/v1/sessions").then().statusCode(400)
                .body("errors[0].field", equalTo("topicIds"));
    }

    @Test
    void aRetriedCreateWithTheSameKeyMakesOneSession() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = f.request(f.station, "2026-03-10");
        int first = as(reporter).header("Idempotency-Key", key).body(body).post("/api/v1/sessions").then()
                .statusCode(201).extract().path("id");
        int second = as(reporter).header("Idempotency-Key", key).body(body).post("/api/v1/sessions").then()
                .statusCode(201).extract().path("id");
        assertEquals(first, second);
        assertEquals(1, sessionsOf(f.station));
        body.put("participantsMale", 19);
        as(reporter).header("Idempotency-Key", key).body(body).post("/api/v1/sessions").then().statusCode(422)
                .body("type", equalTo("urn:binhdang:problem:idempotency-key-reused"));
        assertEquals(1, sessionsOf(f.station));
    }

    @Test
    void aStaleEditIsRefusedAndTheHistoryShowsWhoChangedWhat() {
        long id = f.create(reporter, f.request(f.station, "2026-03-10"));
        Map<String, Object> change = f.request(f.station, "2026-03-10");
        change.put("participantsFemale", 30);
        change.put("version", 0);
        as(coordinator).body(change).put("/api/v1/sessions/{id}", id).then().statusCode(200)
                .body("version", equalTo(1)).body("updatedBy", equalTo("dieuphoi." + COMMUNE));
        change.put("participantsFemale", 31);
        as(reporter).body(change).put("/api/v1/sessions/{id}", id).then().statusCode(409)
                .body("type", equalTo("urn:binhdang:problem:stale-version"));
        as(coordinator).queryParam("entityType", "SESSION").queryParam("entityId", id).get("/api/v1/audit").then()
                .statusCode(200).body("totalItems", equalTo(2))
                .body("items[0].action", equalTo("UPDATED")).body("items[0].changedBy", equalTo("dieuphoi." + COMMUNE))
                .body("items[0].changes.find { it.field == 'participantsFemale' }.before", equalTo(27))
                .body("items[0].changes.find { it.field == 'participantsFemale' }.after", equalTo(30))
                .body("items[1].action", equalTo("CREATED"))
                .body("items[1].changedBy", equalTo("baocao." + f.stationCode()));
        as(reporter).queryParam("entityType", "SESSION").queryParam("entityId", id).get("/api/v1/audit").then()
                .statusCode(403);
        as(Tokens.coordinator(OTHER_COMMUNE)).queryParam("entityType", "SESSION").queryParam("entityId", id)
                .get("/api/v1/audit").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aUnitWithSessionsCannotBeDeletedAndSaysWhy() {
        f.create(coordinator, f.request(f.school, "2026-03-10"));
        as(coordinator).delete("/api/v1/units/{id}", f.school).then().statusCode(409)
                .body("type", equalTo("urn:binhdang:problem:in-use"))
                .body("detail", containsString("1 buổi truyền thông"));
    }

    @Test
    void unitSummaryCountsLawAndPolicySessionsAgainstTwo() {
        f.create(coordinator, f.request(f.school, "2026-03-10"));
        Map<String, Object> family = f.request(f.school, "2026-04-10");
        family.put("topicIds", List.of(f.family));
        f.create(coordinator, family);
        f.create(coordinator, f.request(f.school, "2026-05-10"));
        as(Tokens.viewer(COMMUNE)).queryParam("year", 2026).get("/api/v1/units/{id}/session-summary", f.school).then()
                .statusCode(200).body("sessions", equalTo(3)).body("lawPolicySessions", equalTo(2))
                .body("required", equalTo(2)).body("missing", equalTo(0));
        as(Tokens.viewer(COMMUNE)).queryParam("year", 2026).get("/api/v1/units/{id}/session-summary", f.station).then()
                .body("lawPolicySessions", equalTo(0)).body("missing", equalTo(2));
        as(Tokens.coordinator(OTHER_COMMUNE)).get("/api/v1/units/{id}/session-summary", f.school).then()
                .statusCode(404);
    }
}
