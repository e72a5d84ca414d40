package vn.binhdang.indicators;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static vn.binhdang.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.binhdang.support.Fixtures;
import vn.binhdang.support.TestClock;
import vn.binhdang.support.Tokens;

/**
 * Each SQL rule has one definition (migration V8) that every consumer reads: changing the definition in the
 * database changes the unit summary, the engine, the drill-down, the warnings, the convention list filter
 * and the convention's page together. The original definition is put back after each test.
 */
@QuarkusTest
class RuleDefinitionsTest {
    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    IndicatorFixture f;
    String coordinator;

    @BeforeEach
    void data() {
        f = new IndicatorFixture(fixtures);
        coordinator = Tokens.coordinator(f.commune);
        clock.setToday(LocalDate.of(2026, 12, 3));
    }

    /** Runs the check with the function redefined, then restores the definition it had. */
    private void withFunction(String signature, String replacement, Runnable check) {
        String original = fixtures.execute1("SELECT pg_get_functiondef('" + signature + "'::regprocedure)");
        fixtures.execute(replacement);
        try {
            check.run();
        } finally {
            fixtures.execute(original);
        }
    }

    @Test
    void whatCountsAsALawAndPolicySessionIsDefinedOnceForSummaryEngineDrillDownAndWarnings() {
        long unit = f.unit("A", LocalDate.of(2026, 1, 1), null);
        f.session(unit, "2026-02-10", true);
        f.session(unit, "2026-03-10", true);
        as(coordinator).queryParam("year", 2026).get("/api/v1/units/{id}/session-summary", unit).then()
                .body("lawPolicySessions", equalTo(2));
        as(coordinator).queryParam("year", 2026).get("/api/v1/indicators").then().body("[0].numerator", equalTo(1));

        withFunction("law_policy_topic_ids()", """
                CREATE OR REPLACE FUNCTION law_policy_topic_ids() RETURNS bigint[] LANGUAGE sql STABLE
                AS $$ SELECT '{}'::bigint[] $$""", () -> {
            as(coordinator).queryParam("year", 2026).get("/api/v1/units/{id}/session-summary", unit).then()
                    .body("lawPolicySessions", equalTo(0)).body("missing", equalTo(2));
            as(coordinator).queryParam("year", 2026).get("/api/v1/indicators").then()
                    .body("[0].numerator", equalTo(0));
            as(coordinator).queryParam("year", 2026).get("/api/v1/indicators/1/records").then()
                    .body("items[0].counted", is(false)).body("items[0].value", equalTo(0));
            as(coordinator).queryParam("year", 2026).get("/api/v1/warnings").then()
                    .body("findAll { it.kind == 'LAW_SESSIONS' }.subjectId", contains((int) unit));
            as(coordinator).queryParam("year", 2026).get("/api/v1/dashboard").then()
                    .body("units[0].lawPolicySessions", equalTo(0)).body("units[0].met", is(false));
        });
        as(coordinator).queryParam("year", 2026).get("/api/v1/indicators").then().body("[0].numerator", equalTo(1));
    }

    @Test
    void whichReviewDecidesAConventionIsDefinedOnceForTheListItsPageAndTheEngine() {
        long convention = f.convention(f.village(1), "IN_FORCE");
        f.review(convention, "2026-03-01", false);
        f.review(convention, "2026-09-01", true);
        as(coordinator).get("/api/v1/conventions/{id}", convention).then().body("standing", equalTo("NO_DISCRIMINATION"));
        as(coordinator).queryParam("standing", "NO_DISCRIMINATION").queryParam("communeCode", f.commune)
                .get("/api/v1/conventions").then().body("items.id", contains((int) convention));
        as(coordinator).queryParam("year", 2026).get("/api/v1/indicators").then().body("[4].numerator", equalTo(1));

        // Suppose the rule were "the earliest review decides": every consumer must follow the one definition.
        withFunction("latest_convention_review_id(bigint, date)", """
                CREATE OR REPLACE FUNCTION latest_convention_review_id(p_convention bigint, p_as_of date)
                RETURNS bigint LANGUAGE sql STABLE AS $$
                SELECT r.id FROM convention_review r WHERE r.convention_id = p_convention AND r.reviewed_on <= p_as_of
                ORDER BY r.reviewed_on, r.id LIMIT 1 $$""", () -> {
            as(coordinator).get("/api/v1/conventions/{id}", convention).then()
                    .body("standing", equalTo("DISCRIMINATION_FOUND")).body("latestReview.reviewedOn", equalTo("2026-03-01"));
            as(coordinator).queryParam("standing", "DISCRIMINATION_FOUND").queryParam("communeCode", f.commune)
                    .get("/api/v1/conventions").then().body("items.id", contains((int) convention));
            as(coordinator).queryParam("year", 2026).get("/api/v1/indicators").then()
                    .body("[4].numerator", equalTo(0));
            as(coordinator).queryParam("year", 2026).get("/api/v1/indicators/5/records").then()
                    .body("items[0].counted", is(false));
        });
        as(coordinator).get("/api/v1/conventions/{id}", convention).then().body("standing", equalTo("NO_DISCRIMINATION"));
    }
}
