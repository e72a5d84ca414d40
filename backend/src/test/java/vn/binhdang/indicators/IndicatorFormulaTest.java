package vn.binhdang.indicators;

import vn.binhdang.support.TestClock;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.binhdang.support.Api.as;
import static vn.binhdang.support.Api.asUnchecked;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.binhdang.support.Fixtures;
import vn.binhdang.support.Tokens;

/**
 * Every formula of DOMAIN.md on a small dataset built by hand, in a commune of its own, including the
 * edge cases: a unit created mid-year or deactivated, a village with two conventions, a survey group
 * missing from the baseline, and nothing to divide by.
 */
@QuarkusTest
class IndicatorFormulaTest {
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

    @Test
    void target1CountsUnitsThatExistedDuringTheYearWithTwoLawSessions() {
        long whole = f.unit("A", LocalDate.of(2026, 1, 1), null);
        long midYear = f.unit("B", LocalDate.of(2026, 7, 1), null);
        long deactivatedInYear = f.unit("C", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        long deactivatedBefore = f.unit("D", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        f.unit("E", LocalDate.of(2027, 1, 1), null);
        f.session(whole, "2026-02-10", true);
        f.session(whole, "2026-05-10", true);
        f.session(whole, "2025-12-30", true);
        f.session(midYear, "2026-08-10", true);
        f.session(midYear, "2026-09-10", false);
        f.session(deactivatedBefore, "2025-06-10", true);
        f.target(1, 2026, 100);
        indicators(2026).body("[0].target", equalTo(1))
                .body("[0].numerator", equalTo(1)).body("[0].denominator", equalTo(3))
                .body("[0].value", equalTo(33.33f)).body("[0].targetValue", equalTo(100.0f))
                .body("[0].status", equalTo("AT_RISK"))
                .body("[0].formulaVi", containsString("≥ 2 buổi"));
        as(coordinator).queryParam("year", 2026).queryParam("counted", false).get("/api/v1/indicators/1/records")
                .then().statusCode(200).body("items.id", containsInAnyOrder((int) midYear, (int) deactivatedInYear))
                .body("items.find { it.id == %d }.detailVi".formatted(midYear), containsString("1/2"));
    }

    @Test
    void aNewSessionChangesTheNumberTheNextTimeItIsRead() {
        long unit = f.unit("A", LocalDate.of(2026, 1, 1), null);
        f.session(unit, "2026-02-10", true);
        indicators(2026).body("[0].value", equalTo(0.0f));
        f.session(unit, "2026-03-10", true);
        indicators(2026).body("[0].value", equalTo(100.0f)).body("[0].numerator", equalTo(1));
    }

    @Test
    void target2CountsFiledPlansAndThoseOnTimeBefore15November() {
        long onTime = f.unit("A", LocalDate.of(2026, 1, 1), null);
        long late = f.unit("B", LocalDate.of(2026, 1, 1), null);
        long missing = f.unit("C", LocalDate.of(2026, 1, 1), null);
        f.actionPlan(onTime, 2026, "2026-11-10");
        f.actionPlan(late, 2026, "2026-11-20");
        f.actionPlan(missing, 2025, "2025-11-01");
        indicators(2026).body("[1].numerator", equalTo(2)).body("[1].denominator", equalTo(3))
                .body("[1].value", equalTo(66.67f))
                .body("[1].details.find { it.key == 'onTime' }.value", equalTo(33.33f));
        as(coordinator).queryParam("year", 2026).get("/api/v1/warnings").then().statusCode(200)
                .body("findAll { it.kind == 'ACTION_PLAN_MISSING' }.subjectId", contains((int) missing));
    }

    @Test
    void target3ComparesGroupsWithTheBaselineAndLeavesNewGroupsOut() {
        long baseline = f.surveyRound(2025, true);
        f.surveyResult(baseline, "ETHNIC_MINORITY", "M", 50, 20);
        f.surveyResult(baseline, "ETHNIC_MINORITY", "F", 50, 30);
        f.surveyResult(baseline, "YOUTH", "M", 40, 20);
        f.surveyResult(baseline, "YOUTH", "F", 60, 30);
        long round = f.surveyRound(2026, false);
        f.surveyResult(round, "ETHNIC_MINORITY", "M", 50, 28);
        f.surveyResult(round, "ETHNIC_MINORITY", "F", 50, 32);
        f.surveyResult(round, "YOUTH", "F", 100, 55);
        f.surveyResult(round, "PUPILS", "M", 80, 40);
        indicators(2026).body("[2].value", equalTo(7.5f)).body("[2].unit", equalTo("điểm %"))
                .body("[2].denominator", equalTo(2))
                .body("[2].details.find { it.key == 'ETHNIC_MINORITY' }.value", equalTo(10.0f))
                .body("[2].details.find { it.key == 'YOUTH' }.value", equalTo(5.0f))
                .body("[2].details.find { it.key == 'PUPILS' }.value", nullValue())
                .body("[2].details.find { it.key == 'PUPILS' }.note", containsString("không so sánh được"));
        f.target(3, 2026, 2);
        fixtures.execute("UPDATE plan_target SET change_mode = 'RELATIVE' WHERE number = 3 AND plan_id = "
                + "(SELECT id FROM programme_plan WHERE commune_id = " + f.communeId + ")");
        indicators(2026).body("[2].value", equalTo(15.0f)).body("[2].unit", equalTo("%"))
                .body("[2].status", equalTo("MET"));
    }

    @Test
    void target4CountsProductsAssessedAndPassingOverAllProductsOfTheYear() {
        long centre = f.unit("TTDVTH", LocalDate.of(2026, 1, 1), null);
        f.mediaProduct(centre, "2026-03-01", true);
        f.mediaProduct(centre, "2026-04-01", true);
        f.mediaProduct(centre, "2026-05-01", false);
        f.mediaProduct(centre, "2026-06-01", null);
        f.mediaProduct(centre, "2025-06-01", true);
        indicators(2026).body("[3].numerator", equalTo(2)).body("[3].denominator", equalTo(4))
                .body("[3].value", equalTo(50.0f))
                .body("[3].details.find { it.key == 'assessed' }.value", equalTo(75.0f));
    }

    @Test
    void target5JudgesEachConventionInForceByItsLatestReviewEvenTwoInOneVillage() {
        long twoConventions = f.village(1);
        long annulledOnly = f.village(2);
        long neverReviewed = f.village(3);
        long clear = f.convention(twoConventions, "IN_FORCE");
        f.review(clear, "2025-11-18", false);
        f.review(clear, "2026-11-18", true);
        long amended = f.convention(twoConventions, "BEING_AMENDED");
        f.review(amended, "2026-11-18", false);
        long annulled = f.convention(annulledOnly, "ANNULLED");
        f.review(annulled, "2026-11-18", true);
        long unreviewed = f.convention(neverReviewed, "IN_FORCE");
        indicators(2026).body("[4].numerator", equalTo(1)).body("[4].denominator", equalTo(3))
                .body("[4].value", equalTo(33.33f));
        as(coordinator).queryParam("year", 2026).queryParam("counted", false).get("/api/v1/indicators/5/records")
                .then().body("items.id", containsInAnyOrder((int) amended, (int) unreviewed));
        indicators(2025).body("[4].numerator", equalTo(0)).body("[4].denominator", equalTo(3));
        as(coordinator).queryParam("year", 2026).get("/api/v1/warnings").then()
                .body("findAll { it.kind == 'CONVENTION_NOT_REVIEWED' }.subjectId", contains((int) unreviewed));
    }

    @Test
    void nothingToCountIsNoDataNotZero() {
        clock.setToday(LocalDate.of(2026, 12, 3));
        indicators(2026).body("value", contains(null, null, null, null, null))
                .body("status", contains("NO_DATA", "NO_DATA", "NO_DATA", "NO_DATA", "NO_DATA"))
                .body("[0].denominator", equalTo(0));
        indicators(2030).body("status", contains("NOT_STARTED", "NOT_STARTED", "NOT_STARTED", "NOT_STARTED",
                "NOT_STARTED"));
    }

    @Test
    void lawSessionWarningsAppearFromSeptember() {
        long behind = f.unit("A", LocalDate.of(2026, 1, 1), null);
        long done = f.unit("B", LocalDate.of(2026, 1, 1), null);
        f.session(behind, "2026-02-10", true);
        f.session(done, "2026-02-10", true);
        f.session(done, "2026-03-10", true);
        f.target(1, 2026, 100);
        as(coordinator).queryParam("year", 2026).get("/api/v1/warnings").then()
                .body("findAll { it.kind == 'LAW_SESSIONS' }.subjectId", contains((int) behind))
                .body("findAll { it.kind == 'TARGET_AT_RISK' }.target", hasItem(1));
    }

    @Test
    void theDashboardAnswersInOneCallWithTrendUnitsParticipantsAndWarnings() {
        long unit = f.unit("A", LocalDate.of(2026, 1, 1), null);
        f.session(unit, "2026-02-10", true);
        as(coordinator).queryParam("year", 2026).get("/api/v1/dashboard").then().statusCode(200)
                .body("area.code", equalTo(f.commune)).body("indicators", hasSize(5))
                .body("trend", hasSize(30))
                .body("trend.find { it.year == 2026 && it.target == 1 }.value", equalTo(0.0f))
                .body("units[0].lawPolicySessions", equalTo(1)).body("units[0].met", equalTo(false))
                .body("participants.male", equalTo(10)).body("participants.female", equalTo(12))
                .body("participants.byAudienceGroup[0].code", equalTo("MEN"))
                .body("warnings.kind", hasItem("LAW_SESSIONS"));
    }

    @Test
    void provinceUsersSeeTheProvinceOrOneCommuneAndOthersOnlyTheirOwn() {
        long unit = f.unit("A", LocalDate.of(2026, 1, 1), null);
        f.session(unit, "2026-02-10", true);
        f.session(unit, "2026-03-10", true);
        as(Tokens.province(Fixtures.PROVINCE)).queryParam("year", 2026).queryParam("communeCode", f.commune)
                .get("/api/v1/indicators").then().statusCode(200).body("[0].value", equalTo(100.0f));
        as(Tokens.province(Fixtures.PROVINCE)).queryParam("year", 2026).get("/api/v1/dashboard").then()
                .statusCode(200).body("area.level", equalTo("PROVINCE")).body("units.unitId", hasItem((int) unit));
        as(Tokens.province("01")).queryParam("year", 2026).queryParam("communeCode", f.commune)
                .get("/api/v1/indicators").then().statusCode(404);
        as(Tokens.coordinator(Fixtures.COMMUNE)).queryParam("year", 2026).queryParam("communeCode", f.commune)
                .get("/api/v1/indicators").then().statusCode(404);
        as(Tokens.coordinator(Fixtures.COMMUNE)).queryParam("year", 2026).get("/api/v1/dashboard").then()
                .body("units.unitId", not(hasItem((int) unit)));
        asUnchecked(coordinator).queryParam("year", 2024).get("/api/v1/indicators").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        asUnchecked(coordinator).queryParam("year", 2026).get("/api/v1/indicators/6/records").then().statusCode(400);
    }
}
