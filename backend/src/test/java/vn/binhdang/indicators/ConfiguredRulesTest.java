package vn.binhdang.indicators;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static vn.binhdang.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.binhdang.support.Fixtures;
import vn.binhdang.support.TestClock;
import vn.binhdang.support.Tokens;

/**
 * The rules that are numbers and dates live once, in {@link ProgrammeRules}: with three law/policy sessions
 * required and an Action-Month deadline of 10/11, the unit summary, the engine, the dashboard, the
 * drill-down, the warnings, the formula text, the plan's page and the status page all follow.
 */
@QuarkusTest
@TestProfile(ConfiguredRulesTest.StricterRules.class)
class ConfiguredRulesTest {
    public static class StricterRules implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("binhdang.rules.law-policy-sessions-required", "3",
                    "binhdang.rules.action-month-plan-deadline", "--11-10");
        }
    }

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    @Test
    void everyConsumerFollowsTheConfiguredRules() {
        IndicatorFixture f = new IndicatorFixture(fixtures);
        String coordinator = Tokens.coordinator(f.commune);
        clock.setToday(LocalDate.of(2026, 12, 3));
        long unit = f.unit("A", LocalDate.of(2026, 1, 1), null);
        f.session(unit, "2026-02-10", true);
        f.session(unit, "2026-03-10", true);
        f.actionPlan(unit, 2026, "2026-11-12");

        as(coordinator).queryParam("year", 2026).get("/api/v1/units/{id}/session-summary", unit).then()
                .body("required", equalTo(3)).body("missing", equalTo(1));
        as(coordinator).queryParam("year", 2026).get("/api/v1/indicators").then()
                .body("[0].numerator", equalTo(0)).body("[0].formulaVi", containsString("≥ 3 buổi"))
                .body("[1].details.find { it.key == 'onTime' }.value", equalTo(0.0f))
                .body("[1].formulaVi", containsString("nộp trước 10/11"));
        as(coordinator).queryParam("year", 2026).get("/api/v1/dashboard").then()
                .body("units[0].required", equalTo(3)).body("units[0].met", is(false));
        as(coordinator).queryParam("year", 2026).get("/api/v1/indicators/1/records").then()
                .body("items[0].detailVi", equalTo("2/3 buổi về pháp luật, chính sách (tổng 2 buổi)"));
        as(coordinator).queryParam("year", 2026).get("/api/v1/indicators/2/records").then()
                .body("items[0].detailVi", equalTo("Nộp ngày 12/11/2026 (muộn, sau 10/11)"));
        as(coordinator).queryParam("year", 2026).get("/api/v1/warnings").then()
                .body("find { it.kind == 'LAW_SESSIONS' }.messageEn",
                        equalTo("Only 2/3 sessions on gender-equality law and policy in 2026"));
        as(coordinator).queryParam("year", 2026).queryParam("communeCode", f.commune)
                .get("/api/v1/action-month-plans/status").then().body("items[0].onTime", is(false));
        long planId = fixtures.count("SELECT id FROM action_month_plan WHERE unit_id = " + unit);
        as(coordinator).get("/api/v1/action-month-plans/{id}", planId).then().body("onTime", is(false));
    }
}
