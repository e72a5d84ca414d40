package vn.binhdang.indicators;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.binhdang.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.binhdang.support.Fixtures;
import vn.binhdang.support.Tokens;

/**
 * Every number the server writes into a text follows the text's language: a decimal comma in
 * Vietnamese ("42,4 % → 46,3 %"), a decimal point in English ("42.4% → 46.3%"). Fields in one language
 * (a group's note) follow Accept-Language; fields in both (warnings, drill-down details) carry each.
 */
@QuarkusTest
class NumberTextTest {
    @Inject
    Fixtures fixtures;

    IndicatorFixture f;
    String coordinator;

    @BeforeEach
    void data() {
        f = new IndicatorFixture(fixtures);
        coordinator = Tokens.coordinator(f.commune);
        long baseline = f.surveyRound(2025, true);
        f.surveyResult(baseline, "ETHNIC_MINORITY", "M", 500, 212);
        f.surveyResult(baseline, "ETHNIC_MINORITY", "F", 500, 212);
        long round = f.surveyRound(2026, false);
        f.surveyResult(round, "ETHNIC_MINORITY", "M", 500, 231);
        f.surveyResult(round, "ETHNIC_MINORITY", "F", 500, 232);
    }

    @Test
    void aGroupsNoteFollowsTheRequestsLanguage() {
        as(coordinator, "vi").queryParam("year", 2026).get("/api/v1/indicators").then().statusCode(200)
                .body("[2].details.find { it.key == 'ETHNIC_MINORITY' }.note", equalTo("42,4 % → 46,3 %"))
                .body("[2].details.find { it.key == 'ETHNIC_MINORITY' }.value", equalTo(3.9f));
        as(coordinator, "en").queryParam("year", 2026).get("/api/v1/indicators").then().statusCode(200)
                .body("[2].details.find { it.key == 'ETHNIC_MINORITY' }.note", equalTo("42.4% → 46.3%"));
        as(coordinator, "en-US,en;q=0.9").queryParam("year", 2026).get("/api/v1/dashboard").then().statusCode(200)
                .body("indicators[2].details.find { it.key == 'ETHNIC_MINORITY' }.note", equalTo("42.4% → 46.3%"));
    }

    @Test
    void aDrillDownDetailIsWrittenInEachLanguage() {
        as(coordinator, "en").queryParam("year", 2026).get("/api/v1/indicators/3/records").then().statusCode(200)
                .body("items.find { it.code == 'ETHNIC_MINORITY' }.detailVi", equalTo("Năm 2025: 42,4 %, năm 2026: 46,3 %"))
                .body("items.find { it.code == 'ETHNIC_MINORITY' }.detailEn", equalTo("2025: 42.4%, 2026: 46.3%"));
    }

    @Test
    void aTargetWarningWritesValueAndTargetInEachLanguage() {
        long met = f.unit("A", LocalDate.of(2026, 1, 1), null);
        f.unit("B", LocalDate.of(2026, 1, 1), null);
        f.unit("C", LocalDate.of(2026, 1, 1), null);
        f.session(met, "2026-02-10", true);
        f.session(met, "2026-03-10", true);
        f.target(1, 2026, 100);
        f.target(3, 2026, 5);
        as(coordinator, "en").queryParam("year", 2026).get("/api/v1/warnings").then().statusCode(200)
                .body("findAll { it.kind == 'TARGET_AT_RISK' && it.target == 1 }.messageVi",
                        hasItem("Có nguy cơ không đạt chỉ tiêu năm 2026: 33,33 % / 100,00 %"))
                .body("findAll { it.kind == 'TARGET_AT_RISK' && it.target == 1 }.messageEn",
                        hasItem("Target at risk in 2026: 33.33% / 100.00%"))
                .body("findAll { it.kind == 'TARGET_AT_RISK' && it.target == 3 }.messageVi",
                        hasItem("Có nguy cơ không đạt chỉ tiêu năm 2026: 3,90 điểm % / 5,00 điểm %"))
                .body("findAll { it.kind == 'TARGET_AT_RISK' && it.target == 3 }.messageEn",
                        hasItem("Target at risk in 2026: 3.90 pts / 5.00 pts"));
    }
}
