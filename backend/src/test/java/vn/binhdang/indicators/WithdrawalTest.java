package vn.binhdang.indicators;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.binhdang.support.Api.as;
import static vn.binhdang.support.Api.asUnchecked;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.binhdang.support.Fixtures;
import vn.binhdang.support.TestClock;
import vn.binhdang.support.Tokens;

/**
 * Item 3 of issue 9: a record entered by mistake is withdrawn by whoever may edit it, with a reason; it leaves a
 * DELETED entry with its last state and the reason in the audit trail, and the figures change at once.
 */
@QuarkusTest
class WithdrawalTest {
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

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
        clock.setToday(LocalDate.of(2026, 12, 20));
    }

    private ValidatableResponse indicators() {
        return as(coordinator).queryParam("year", 2026).get("/api/v1/indicators").then().statusCode(200);
    }

    private ValidatableResponse history(String type, long id) {
        return as(coordinator).queryParam("entityType", type).queryParam("entityId", id).get("/api/v1/audit").then()
                .statusCode(200);
    }

    private ValidatableResponse delete(String token, String path, long id, Long version, String reason) {
        var request = as(token);
        if (version != null) {
            request.queryParam("version", version);
        }
        if (reason != null) {
            request.queryParam("reason", reason);
        }
        return request.delete(path, id).then();
    }

    @Test
    void aSessionIsWithdrawnWithItsEvidenceAndTarget1FollowsAtOnce() {
        long unit = f.unit("A", LocalDate.of(2026, 1, 1), null);
        f.session(unit, "2026-03-10", true);
        long mistaken = f.sessionId(unit, "2026-03-10", true);
        as(coordinator).contentType("multipart/form-data").multiPart("file", "bien-ban.pdf", PDF, "application/pdf")
                .post("/api/v1/sessions/{id}/attachments", mistaken).then().statusCode(201);
        indicators().body("[0].numerator", equalTo(1)).body("[0].value", equalTo(100.0f));

        // Refused deletes write nothing.
        asUnchecked(coordinator).queryParam("version", 0).delete("/api/v1/sessions/{id}", mistaken).then()
                .statusCode(400).body("errors[0].field", equalTo("reason"))
                .body("errors[0].message", equalTo("Cần ghi lý do xóa"));
        asUnchecked(coordinator).queryParam("version", 0).queryParam("reason", "   ")
                .delete("/api/v1/sessions/{id}", mistaken).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        asUnchecked(coordinator).queryParam("reason", "Nhập trùng").delete("/api/v1/sessions/{id}", mistaken).then()
                .statusCode(400).body("errors[0].field", equalTo("version"));
        delete(coordinator, "/api/v1/sessions/{id}", mistaken, 5L, "Nhập trùng").statusCode(409)
                .body("type", equalTo("urn:binhdang:problem:stale-version"));
        delete(Tokens.viewer(f.commune), "/api/v1/sessions/{id}", mistaken, 0L, "Nhập trùng").statusCode(403);
        // Another unit's session does not exist for a unit reporter (they see only their unit's records).
        delete(Tokens.unitReporter(f.commune, "B"), "/api/v1/sessions/{id}", mistaken, 0L, "Nhập trùng")
                .statusCode(404);
        delete(Tokens.coordinator(Fixtures.OTHER_COMMUNE), "/api/v1/sessions/{id}", mistaken, 0L, "Nhập trùng")
                .statusCode(404);
        assertEquals(1, fixtures.count("SELECT count(*) FROM communication_session WHERE id = " + mistaken));
        assertEquals(1, fixtures.count("SELECT count(*) FROM session_attachment WHERE session_id = " + mistaken));
        history("SESSION", mistaken).body("items.action", contains("UPDATED"));

        delete(Tokens.unitReporter(f.commune, "A"), "/api/v1/sessions/{id}", mistaken, 0L, "Nhập trùng buổi 10/03")
                .statusCode(204);
        assertEquals(0, fixtures.count("SELECT count(*) FROM communication_session WHERE id = " + mistaken));
        assertEquals(0, fixtures.count("SELECT count(*) FROM session_attachment WHERE session_id = " + mistaken));
        as(coordinator).get("/api/v1/sessions/{id}", mistaken).then().statusCode(404);
        // One law/policy session left: below the 2 required, at once.
        indicators().body("[0].numerator", equalTo(0)).body("[0].value", equalTo(0.0f));
        history("SESSION", mistaken).body("items[0].action", equalTo("DELETED"))
                .body("items[0].reason", equalTo("Nhập trùng buổi 10/03"))
                .body("items[0].changedBy", equalTo("baocao.A"))
                .body("items[0].changes.find { it.field == 'heldOn' }.before", equalTo("2026-03-10"))
                .body("items[0].changes.find { it.field == 'heldOn' }.after", nullValue())
                .body("items[0].changes.find { it.field == 'attachments' }.before[0].fileName",
                        equalTo("bien-ban.pdf"));
        delete(coordinator, "/api/v1/sessions/{id}", mistaken, 1L, "Lần nữa").statusCode(404);
    }

    @Test
    void anActionMonthPlanIsWithdrawnAndTarget2Follows() {
        long unit = f.unit("A", LocalDate.of(2026, 1, 1), null);
        f.actionPlan(unit, 2026, "2026-11-02");
        long plan = fixtures.count("SELECT id FROM action_month_plan WHERE unit_id = " + unit);
        indicators().body("[1].numerator", equalTo(1)).body("[1].value", equalTo(100.0f));
        delete(Tokens.unitReporter(f.commune, "B"), "/api/v1/action-month-plans/{id}", plan, 0L, "Nhầm đơn vị")
                .statusCode(404);
        asUnchecked(coordinator).queryParam("version", 0).delete("/api/v1/action-month-plans/{id}", plan).then()
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        assertEquals(1, fixtures.count("SELECT count(*) FROM action_month_plan WHERE id = " + plan));

        delete(coordinator, "/api/v1/action-month-plans/{id}", plan, 0L, "Nhầm đơn vị").statusCode(204);
        indicators().body("[1].numerator", equalTo(0)).body("[1].value", equalTo(0.0f));
        as(coordinator).queryParam("year", 2026).get("/api/v1/action-month-plans/status").then()
                .body("items.find { it.unitId == " + unit + " }.filed", is(false));
        history("ACTION_MONTH_PLAN", plan).body("items[0].action", equalTo("DELETED"))
                .body("items[0].reason", equalTo("Nhầm đơn vị"))
                .body("items[0].changes.find { it.field == 'receivedOn' }.before", equalTo("2026-11-02"));
    }

    @Test
    void aSurveyRoundIsWithdrawnWithItsResultsAndTarget3Follows() {
        long baseline = f.surveyRound(2025, true);
        f.surveyResult(baseline, "YOUTH", "F", 100, 40);
        long round = f.surveyRound(2026, false);
        f.surveyResult(round, "YOUTH", "F", 100, 50);
        indicators().body("[2].value", equalTo(10.0f)).body("[2].denominator", equalTo(1));
        delete(Tokens.viewer(f.commune), "/api/v1/survey-rounds/{id}", round, 0L, "Nhập nhầm").statusCode(403);
        delete(Tokens.unitReporter(f.commune, "A"), "/api/v1/survey-rounds/{id}", round, 0L, "Nhập nhầm")
                .statusCode(403);
        delete(coordinator, "/api/v1/survey-rounds/{id}", round, 3L, "Nhập nhầm").statusCode(409);
        asUnchecked(coordinator).queryParam("version", 0).delete("/api/v1/survey-rounds/{id}", round).then()
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        assertEquals(1, fixtures.count("SELECT count(*) FROM survey_round WHERE id = " + round));
        delete(coordinator, "/api/v1/survey-rounds/{id}", round, 0L, "Nhập nhầm năm").statusCode(204);
        assertEquals(0, fixtures.count("SELECT count(*) FROM survey_result WHERE round_id = " + round));
        indicators().body("[2].value", nullValue());
        history("SURVEY_ROUND", round).body("items[0].action", equalTo("DELETED"))
                .body("items[0].reason", equalTo("Nhập nhầm năm"));
    }

    @Test
    void aMediaProductIsWithdrawnWithItsAssessmentAndTarget4Follows() {
        long unit = f.unit("A", LocalDate.of(2026, 1, 1), null);
        f.mediaProduct(unit, "2026-04-01", true);
        f.mediaProduct(unit, "2026-04-02", false);
        long failed = fixtures.count("SELECT id FROM media_product WHERE passed = false AND unit_id = " + unit);
        indicators().body("[3].numerator", equalTo(1)).body("[3].denominator", equalTo(2));
        delete(Tokens.viewer(f.commune), "/api/v1/media-products/{id}", failed, 0L, "Nhập nhầm").statusCode(403);
        delete(coordinator, "/api/v1/media-products/{id}", failed, 0L, "Nhập nhầm").statusCode(204);
        indicators().body("[3].numerator", equalTo(1)).body("[3].denominator", equalTo(1))
                .body("[3].value", equalTo(100.0f));
        history("MEDIA_PRODUCT", failed).body("items[0].action", equalTo("DELETED"))
                .body("items[0].reason", equalTo("Nhập nhầm"))
                .body("items[0].changes.find { it.field == 'passed' }.before", is(false));
    }

    @Test
    void aReviewAndAConventionAreWithdrawnAndTarget5Follows() {
        long village = f.village(1);
        long convention = f.convention(village, "IN_FORCE");
        f.review(convention, "2026-03-01", false);
        f.review(convention, "2026-06-01", true);
        long latest = fixtures.count("SELECT id FROM convention_review WHERE reviewed_on = DATE '2026-06-01' "
                + "AND convention_id = " + convention);
        indicators().body("[4].numerator", equalTo(1)).body("[4].denominator", equalTo(1));
        as(coordinator).queryParam("version", 0).queryParam("reason", "Nhầm ngày")
                .delete("/api/v1/conventions/{id}/reviews/{reviewId}", convention, latest).then().statusCode(204);
        // The earlier review, which found discrimination, is the latest again.
        indicators().body("[4].numerator", equalTo(0)).body("[4].denominator", equalTo(1));
        history("CONVENTION_REVIEW", latest).body("items[0].action", equalTo("DELETED"))
                .body("items[0].reason", equalTo("Nhầm ngày"));
        as(Tokens.viewer(f.commune)).queryParam("version", 0).queryParam("reason", "Nhầm")
                .delete("/api/v1/conventions/{id}", convention).then().statusCode(403);
        asUnchecked(coordinator).queryParam("version", 0).delete("/api/v1/conventions/{id}", convention).then()
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        assertEquals(1, fixtures.count("SELECT count(*) FROM village_convention WHERE id = " + convention));

        as(coordinator).queryParam("version", 0).queryParam("reason", "Trùng hương ước")
                .delete("/api/v1/conventions/{id}", convention).then().statusCode(204);
        assertEquals(0, fixtures.count("SELECT count(*) FROM convention_review WHERE convention_id = " + convention));
        indicators().body("[4].denominator", equalTo(0));
        history("CONVENTION", convention).body("items[0].action", equalTo("DELETED"))
                .body("items[0].reason", equalTo("Trùng hương ước"))
                .body("items[0].changes.field", hasItem("title"));
        as(coordinator).queryParam("entityType", "CONVENTION_REVIEW").queryParam("entityId",
                fixtures.count("SELECT max(entity_id) FROM audit_event WHERE entity_type = 'CONVENTION_REVIEW' "
                        + "AND reason = 'Trùng hương ước' AND commune_id = " + f.communeId))
                .get("/api/v1/audit").then().body("items.action", contains("DELETED"));
    }
}
