package vn.binhdang.indicators;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.binhdang.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.binhdang.support.Fixtures;
import vn.binhdang.support.TestClock;
import vn.binhdang.support.Tokens;

/**
 * Every date rule tried on both sides of its date with the application's clock: Action-Month timeliness
 * (14/11 on time, 15/11 late — the plan's page, the status page, the engine and the drill-down agree), the
 * warnings from 1/9 and 1/11, the year's end in Vietnam's time, and the programme's last year.
 */
@QuarkusTest
class DateRulesTest {
    @Inject
    TestClock clock;

    @Inject
    Fixtures fixtures;

    IndicatorFixture f;
    String coordinator;

    @BeforeEach
    void data() {
        f = new IndicatorFixture(fixtures);
        coordinator = Tokens.coordinator(f.commune);
    }

    private ValidatableResponse indicators(int year) {
        return as(coordinator).queryParam("year", year).get("/api/v1/indicators").then().statusCode(200);
    }

    private ValidatableResponse warnings(int year) {
        return as(coordinator).queryParam("year", year).get("/api/v1/warnings").then().statusCode(200);
    }

    private int filePlan(long unitId) {
        return as(coordinator).body(Map.of("unitId", unitId, "year", 2026, "documentNumber", "12/KH",
                "documentDate", clock.today().toString(), "summary", "Kế hoạch Tháng hành động"))
                .post("/api/v1/action-month-plans").then().statusCode(201).extract().path("id");
    }

    @Test
    void aPlanFiledOn14NovemberIsOnTimeAndOn15NovemberLateOnEveryScreen() {
        long early = f.unit("A", LocalDate.of(2026, 1, 1), null);
        long onTheDay = f.unit("B", LocalDate.of(2026, 1, 1), null);
        clock.set(LocalDateTime.of(2026, 11, 14, 23, 50));
        int earlyPlan = filePlan(early);
        clock.set(LocalDateTime.of(2026, 11, 15, 0, 10));
        int latePlan = filePlan(onTheDay);

        as(coordinator).get("/api/v1/action-month-plans/{id}", earlyPlan).then().body("filedOn", equalTo("2026-11-14"))
                .body("onTime", is(true));
        as(coordinator).get("/api/v1/action-month-plans/{id}", latePlan).then().body("filedOn", equalTo("2026-11-15"))
                .body("onTime", is(false));
        as(coordinator).queryParam("year", 2026).queryParam("communeCode", f.commune)
                .get("/api/v1/action-month-plans/status").then().statusCode(200)
                .body("items.find { it.unitId == " + early + " }.onTime", is(true))
                .body("items.find { it.unitId == " + onTheDay + " }.onTime", is(false));
        indicators(2026).body("[1].numerator", equalTo(2))
                .body("[1].details.find { it.key == 'onTime' }.value", equalTo(50.0f))
                .body("[1].details.find { it.key == 'onTime' }.note", equalTo("1/2"));
        as(coordinator).queryParam("year", 2026).get("/api/v1/indicators/2/records").then()
                .body("items.find { it.id == " + early + " }.detailVi", equalTo("Nộp ngày 14/11/2026 (đúng hạn)"))
                .body("items.find { it.id == " + onTheDay + " }.detailVi",
                        equalTo("Nộp ngày 15/11/2026 (muộn, sau 15/11)"));
    }

    @Test
    void lawSessionWarningsStartOnTheFirstOfSeptember() {
        long behind = f.unit("A", LocalDate.of(2026, 1, 1), null);
        f.session(behind, "2026-02-10", true);
        clock.set(LocalDateTime.of(2026, 8, 31, 23, 59));
        warnings(2026).body("findAll { it.kind == 'LAW_SESSIONS' }", empty());
        clock.set(LocalDateTime.of(2026, 9, 1, 0, 1));
        warnings(2026).body("findAll { it.kind == 'LAW_SESSIONS' }.subjectId", contains((int) behind))
                .body("find { it.kind == 'LAW_SESSIONS' }.messageVi",
                        equalTo("Mới có 1/2 buổi về pháp luật, chính sách bình đẳng giới năm 2026"));
    }

    @Test
    void missingPlanWarningsStartOnTheFirstOfNovember() {
        long missing = f.unit("A", LocalDate.of(2026, 1, 1), null);
        clock.setToday(LocalDate.of(2026, 10, 31));
        warnings(2026).body("findAll { it.kind == 'ACTION_PLAN_MISSING' }", empty());
        clock.setToday(LocalDate.of(2026, 11, 1));
        warnings(2026).body("findAll { it.kind == 'ACTION_PLAN_MISSING' }.subjectId", contains((int) missing));
    }

    @Test
    void aUnitClosedBeforeTheActionMonthIsCountedButNotWarnedAndTheStatusSaysWhy() {
        long open = f.unit("A", LocalDate.of(2026, 1, 1), null);
        long closed = f.unit("B", LocalDate.of(2020, 1, 1), LocalDate.of(2026, 6, 30));
        clock.setToday(LocalDate.of(2026, 11, 2));
        warnings(2026).body("findAll { it.kind == 'ACTION_PLAN_MISSING' }.subjectId", contains((int) open));
        // The denominator stays "units that existed during the year" (DOMAIN.md): both units.
        indicators(2026).body("[1].denominator", equalTo(2)).body("[1].numerator", equalTo(0));
        as(coordinator).queryParam("year", 2026).get("/api/v1/action-month-plans/status").then().statusCode(200)
                .body("items.find { it.unitId == " + closed + " }.activeTo", equalTo("2026-06-30"))
                .body("items.find { it.unitId == " + closed + " }.planExpected", is(false))
                .body("items.find { it.unitId == " + open + " }.activeTo", equalTo(null))
                .body("items.find { it.unitId == " + open + " }.planExpected", is(true));
        // Nor can it file a plan for an Action Month it did not live to see.
        as(coordinator).body(Map.of("unitId", closed, "year", 2026, "documentDate", "2026-05-02",
                "summary", "Kế hoạch")).post("/api/v1/action-month-plans").then().statusCode(400)
                .body("errors[0].field", equalTo("year"))
                .body("errors[0].message", containsString("đơn vị chỉ hoạt động từ 01/01/2020 đến 30/06/2026"));
        assertEquals(0, fixtures.count("SELECT count(*) FROM action_month_plan WHERE unit_id = " + closed));
    }

    @Test
    void aPaperPlanTypedInLateWithAnEarlierReceivedOnIsOnTimeOnEveryScreen() {
        long paper = f.unit("A", LocalDate.of(2026, 1, 1), null);
        long typedToday = f.unit("B", LocalDate.of(2026, 1, 1), null);
        clock.setToday(LocalDate.of(2026, 11, 25));
        int paperPlan = as(coordinator).body(Map.of("unitId", paper, "year", 2026, "documentNumber", "12/KH",
                "documentDate", "2026-11-03", "receivedOn", "2026-11-10", "summary", "Kế hoạch nhận bằng giấy"))
                .post("/api/v1/action-month-plans").then().statusCode(201)
                .body("filedOn", equalTo("2026-11-25")).body("receivedOn", equalTo("2026-11-10"))
                .body("onTime", is(true)).extract().path("id");
        int todayPlan = filePlan(typedToday);
        as(coordinator).get("/api/v1/action-month-plans/{id}", todayPlan).then()
                .body("receivedOn", equalTo("2026-11-25")).body("onTime", is(false));
        as(coordinator).get("/api/v1/action-month-plans/{id}", paperPlan).then().body("onTime", is(true));
        as(coordinator).queryParam("year", 2026).get("/api/v1/action-month-plans/status").then().statusCode(200)
                .body("items.find { it.unitId == " + paper + " }.onTime", is(true))
                .body("items.find { it.unitId == " + paper + " }.receivedOn", equalTo("2026-11-10"))
                .body("items.find { it.unitId == " + typedToday + " }.onTime", is(false));
        indicators(2026).body("[1].numerator", equalTo(2))
                .body("[1].details.find { it.key == 'onTime' }.note", equalTo("1/2"));
        as(coordinator).queryParam("year", 2026).get("/api/v1/indicators/2/records").then()
                .body("items.find { it.id == " + paper + " }.detailVi", equalTo("Nộp ngày 10/11/2026 (đúng hạn)"));
        // Corrected later: the day it reached the commune is audited.
        as(coordinator).body(Map.of("unitId", typedToday, "year", 2026, "documentNumber", "12/KH",
                "documentDate", "2026-11-01", "receivedOn", "2026-11-12", "summary", "Kế hoạch Tháng hành động",
                "version", 0)).put("/api/v1/action-month-plans/{id}", todayPlan).then().statusCode(200)
                .body("onTime", is(true));
        indicators(2026).body("[1].details.find { it.key == 'onTime' }.note", equalTo("2/2"));
        as(coordinator).queryParam("entityType", "ACTION_MONTH_PLAN").queryParam("entityId", todayPlan)
                .get("/api/v1/audit").then().statusCode(200)
                .body("items[0].changes.find { it.field == 'receivedOn' }.before", equalTo("2026-11-25"))
                .body("items[0].changes.find { it.field == 'receivedOn' }.after", equalTo("2026-11-12"));
    }

    @Test
    void theDayAPlanReachedTheCommuneIsNeitherFutureNorBeforeItWasSignedNorBeforeItsTime() {
        long unit = f.unit("A", LocalDate.of(2020, 1, 1), null);
        clock.setToday(LocalDate.of(2026, 11, 25));
        for (String[] bad : new String[][] {{"2026-11-26", "không được sau hôm nay (25/11/2026)"},
                {"2026-11-02", "không được trước ngày ký văn bản (03/11/2026)"}}) {
            as(coordinator).body(Map.of("unitId", unit, "year", 2026, "documentDate", "2026-11-03",
                    "receivedOn", bad[0], "summary", "Kế hoạch")).post("/api/v1/action-month-plans").then()
                    .statusCode(400).body("errors[0].field", equalTo("receivedOn"))
                    .body("errors[0].message", containsString(bad[1]));
        }
        as(coordinator).body(Map.of("unitId", unit, "year", 2027, "documentDate", "2024-11-03",
                "receivedOn", "2025-12-31", "summary", "Kế hoạch")).post("/api/v1/action-month-plans").then()
                .statusCode(400).body("errors[0].field", equalTo("receivedOn"))
                .body("errors[0].message", containsString("01/01/2026"));
        assertEquals(0, fixtures.count("SELECT count(*) FROM action_month_plan WHERE unit_id = " + unit));
    }

    @Test
    void theYearTurnsAtMidnightInVietnamNotInUtc() {
        f.unit("A", LocalDate.of(2026, 1, 1), null);
        clock.set(LocalDateTime.of(2026, 12, 31, 23, 30));
        indicators(2027).body("status", everyItem(equalTo("NOT_STARTED")));
        // 17:30 UTC on 31/12 is already 00:30 on 1/1 in Vietnam: 2027 has begun.
        clock.set(Instant.parse("2026-12-31T17:30:00Z"));
        indicators(2027).body("status", everyItem(not(equalTo("NOT_STARTED"))));
    }

    @Test
    void theProgrammesLastYearIsNotStartedBeforeItAndFinalAfterIt() {
        long unit = f.unit("A", LocalDate.of(2026, 1, 1), null);
        f.session(unit, "2030-03-10", true);
        f.target(1, 2030, 100);
        clock.setToday(LocalDate.of(2029, 6, 1));
        indicators(2030).body("status", everyItem(equalTo("NOT_STARTED")));
        clock.setToday(LocalDate.of(2031, 2, 1));
        indicators(2030).body("status", everyItem(isOneOf("MET", "NOT_MET", "NO_DATA")))
                .body("[0].status", equalTo("NOT_MET"));
        as(coordinator).queryParam("year", 2030).get("/api/v1/dashboard").then().statusCode(200)
                .body("trend.year", not(hasItem(2031))).body("trend.status", not(hasItem("NOT_STARTED")));
        // The plan ends in 2030: 2031 is outside the programme, refused naming the field.
        as(coordinator).queryParam("year", 2031).get("/api/v1/indicators").then().statusCode(400)
                .body("errors.field", contains("year"))
                .body("errors[0].message", containsString("2025"));
    }
}
