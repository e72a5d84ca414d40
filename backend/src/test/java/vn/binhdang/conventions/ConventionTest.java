package vn.binhdang.conventions;

import vn.binhdang.support.TestClock;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.binhdang.support.Api.as;
import static vn.binhdang.support.Api.asUnchecked;
import static vn.binhdang.support.Fixtures.COMMUNE;
import static vn.binhdang.support.Fixtures.OTHER_COMMUNE;
import static vn.binhdang.support.Fixtures.PROVINCE;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.binhdang.support.Fixtures;
import vn.binhdang.support.Tokens;

/** Target 5: village conventions, their reviews for gender discrimination, and the latest review's verdict. */
@QuarkusTest
class ConventionTest {
    @Inject
    TestClock clock;

    @Inject
    Fixtures fixtures;

    String coordinator = Tokens.coordinator(COMMUNE);
    String tag;
    long village;
    long secondVillage;
    long foreignVillage;

    @BeforeEach
    void data() {
        fixtures.areas();
        tag = "H" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        int n = 100 + Math.floorMod(tag.hashCode(), 900);
        village = fixtures.village(COMMUNE, "03390-" + n, "Bản thử " + tag);
        secondVillage = fixtures.village(COMMUNE, "03390-" + (n == 999 ? 100 : n + 1), "Bản thử hai " + tag);
        foreignVillage = fixtures.village(OTHER_COMMUNE, "03394-" + n, "Bản xã khác " + tag);
        // Village codes have few digits, so an earlier test may have used one of these villages: start them empty.
        String villages = village + ", " + secondVillage + ", " + foreignVillage;
        fixtures.execute("DELETE FROM convention_review WHERE convention_id IN (SELECT id FROM village_convention"
                + " WHERE village_id IN (" + villages + "))");
        fixtures.execute("DELETE FROM village_convention WHERE village_id IN (" + villages + ")");
    }

    private Map<String, Object> convention(long villageId, String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("villageId", villageId);
        body.put("title", "Hương ước bản " + tag);
        body.put("decisionNumber", "45/QĐ-UBND");
        body.put("decisionDate", "2019-06-12");
        body.put("status", status);
        return body;
    }

    private static Map<String, Object> clause(String category) {
        Map<String, Object> clause = new HashMap<>();
        clause.put("text", "Điều 12: Đất vườn của gia đình chỉ chia cho con trai.");
        clause.put("category", category);
        clause.put("recommendation", "Sửa thành: con trai, con gái được chia như nhau.");
        clause.put("followUp", null);
        return clause;
    }

    private static Map<String, Object> review(String on, boolean noDiscrimination, List<Map<String, Object>> clauses) {
        Map<String, Object> body = new HashMap<>();
        body.put("reviewedOn", on);
        body.put("reviewers", "Tổ rà soát: Phòng VH-XH, Hội LHPN, Trưởng bản");
        body.put("noDiscrimination", noDiscrimination);
        body.put("clauses", clauses);
        return body;
    }

    private int create(Map<String, Object> body) {
        return as(coordinator).body(body).post("/api/v1/conventions").then().statusCode(201).extract().path("id");
    }

    @Test
    void aConventionOfACommuneVillageStartsNotReviewed() {
        as(coordinator).body(convention(village, "IN_FORCE")).post("/api/v1/conventions").then().statusCode(201)
                .header("Location", containsString("/api/v1/conventions/"))
                .body("villageName", equalTo("Bản thử " + tag)).body("communeCode", equalTo(COMMUNE))
                .body("status", equalTo("IN_FORCE")).body("standing", equalTo("NOT_REVIEWED"))
                .body("latestReview", nullValue()).body("version", equalTo(0));
        as(coordinator).body(convention(foreignVillage, "IN_FORCE")).post("/api/v1/conventions").then().statusCode(400)
                .body("errors[0].field", equalTo("villageId"));
        Map<String, Object> future = convention(village, "IN_FORCE");
        future.put("decisionDate", clock.today().plusDays(1).toString());
        as(coordinator).body(future).post("/api/v1/conventions").then().statusCode(400)
                .body("errors[0].field", equalTo("decisionDate"));
        assertEquals(1, fixtures.count("SELECT count(*) FROM village_convention WHERE village_id = " + village));
        assertEquals(0, fixtures.count("SELECT count(*) FROM village_convention WHERE village_id = " + foreignVillage));
    }

    @Test
    void onlyTheCommunesCoordinatorAndAdminRecordAndReview() {
        int id = create(convention(village, "IN_FORCE"));
        for (String token : List.of(Tokens.viewer(COMMUNE), Tokens.unitReporter(COMMUNE, "TYT"),
                Tokens.province(PROVINCE))) {
            as(token).get("/api/v1/conventions/{id}", id).then().statusCode(200);
            as(token).get("/api/v1/conventions/{id}/reviews", id).then().statusCode(200);
            as(token).body(convention(village, "IN_FORCE")).post("/api/v1/conventions").then().statusCode(403);
            as(token).body(review("2026-08-20", true, List.of())).post("/api/v1/conventions/{id}/reviews", id).then()
                    .statusCode(403);
        }
        String other = Tokens.coordinator(OTHER_COMMUNE);
        as(other).get("/api/v1/conventions/{id}", id).then().statusCode(404);
        as(other).body(review("2026-08-20", true, List.of())).post("/api/v1/conventions/{id}/reviews", id).then()
                .statusCode(404);
        as(other).body(convention(village, "IN_FORCE")).post("/api/v1/conventions").then().statusCode(400)
                .body("errors[0].field", equalTo("villageId"));
        as(Tokens.communeAdmin(COMMUNE)).body(review("2026-08-20", true, List.of()))
                .post("/api/v1/conventions/{id}/reviews", id).then().statusCode(201);
    }

    @Test
    void noDiscriminationWithFlaggedClausesIsContradictory() {
        int id = create(convention(village, "IN_FORCE"));
        asUnchecked(coordinator).body(review("2026-08-20", true, List.of(clause("INHERITANCE_SONS_ONLY"))))
                .post("/api/v1/conventions/{id}/reviews", id).then().statusCode(400)
                .body("errors[0].field", equalTo("clauses"))
                .body("errors[0].message", containsString("không có phân biệt đối xử"));
        asUnchecked(coordinator).body(review("2026-08-20", false, List.of())).post("/api/v1/conventions/{id}/reviews", id)
                .then().statusCode(400).body("errors[0].field", equalTo("clauses"));
        asUnchecked(coordinator).body(review(clock.today().plusDays(1).toString(), true, List.of()))
                .post("/api/v1/conventions/{id}/reviews", id).then().statusCode(400)
                .body("errors[0].field", equalTo("reviewedOn"));
        asUnchecked(coordinator).body(review("2018-01-01", true, List.of())).post("/api/v1/conventions/{id}/reviews", id)
                .then().statusCode(400).body("errors[0].field", equalTo("reviewedOn"))
                .body("errors[0].message", containsString("12/06/2019"));
        Map<String, Object> badCategory = clause("WITCHCRAFT");
        asUnchecked(coordinator).body(review("2026-08-20", false, List.of(badCategory)))
                .post("/api/v1/conventions/{id}/reviews", id).then().statusCode(400)
                .body("errors[0].field", equalTo("clauses[0].category"));
        // The second clause has no text: the error names that very clause, so the form can show it beside it.
        Map<String, Object> noText = clause("OTHER");
        noText.put("text", " ");
        asUnchecked(coordinator).body(review("2026-08-20", false, List.of(clause("OTHER"), noText)))
                .post("/api/v1/conventions/{id}/reviews", id).then().statusCode(400)
                .body("errors.field", contains("clauses[1].text"));
        assertEquals(0, fixtures.count("SELECT count(*) FROM convention_review WHERE convention_id = " + id));
    }

    @Test
    void theReviewWithTheLatestDayDecidesTheStanding() {
        int id = create(convention(village, "IN_FORCE"));
        int found = as(coordinator).body(review("2026-03-10", false, List.of(clause("INHERITANCE_SONS_ONLY"),
                clause("WOMEN_EXCLUDED_FROM_MEETINGS")))).post("/api/v1/conventions/{id}/reviews", id).then()
                .statusCode(201).body("noDiscrimination", equalTo(false))
                .body("clauses.category", contains("INHERITANCE_SONS_ONLY", "WOMEN_EXCLUDED_FROM_MEETINGS"))
                .body("recordedBy", equalTo("dieuphoi." + COMMUNE)).extract().path("id");
        as(coordinator).get("/api/v1/conventions/{id}", id).then().body("standing", equalTo("DISCRIMINATION_FOUND"))
                .body("latestReview.id", equalTo(found));
        int cleared = as(coordinator).body(review("2026-09-01", true, List.of()))
                .post("/api/v1/conventions/{id}/reviews", id).then().statusCode(201).extract().path("id");
        // A review of an earlier day recorded later does not overturn the latest one (nor change the history).
        int older = as(coordinator).body(review("2026-01-15", false, List.of(clause("SON_PREFERENCE"))))
                .post("/api/v1/conventions/{id}/reviews", id).then().statusCode(201).extract().path("id");
        as(Tokens.viewer(COMMUNE)).get("/api/v1/conventions/{id}", id).then()
                .body("standing", equalTo("NO_DISCRIMINATION")).body("latestReview.id", equalTo(cleared));
        as(Tokens.viewer(COMMUNE)).get("/api/v1/conventions/{id}/reviews", id).then().statusCode(200)
                .body("items.id", contains(cleared, found, older));
        as(Tokens.viewer(COMMUNE)).get("/api/v1/conventions/{id}/reviews/{reviewId}", id, found).then().statusCode(200)
                .body("clauses[0].recommendation", containsString("như nhau"));
        as(Tokens.viewer(COMMUNE)).queryParam("villageId", village).get("/api/v1/conventions").then()
                .body("items[0].standing", equalTo("NO_DISCRIMINATION"))
                .body("items[0].latestReview.reviewedOn", equalTo("2026-09-01"));
        as(coordinator).queryParam("entityType", "CONVENTION").queryParam("entityId", id).get("/api/v1/audit").then()
                .body("items.action", contains("UPDATED", "UPDATED", "CREATED"))
                .body("items[1].changes.field", hasItem("standing"))
                .body("items[1].changes.find { it.field == 'standing' }.before", equalTo("NOT_REVIEWED"))
                .body("items[1].changes.find { it.field == 'standing' }.after", equalTo("DISCRIMINATION_FOUND"));
    }

    @Test
    void anAnnulledConventionIsNoLongerReviewedAndItsStatusChangeIsInTheHistory() {
        int id = create(convention(village, "IN_FORCE"));
        Map<String, Object> annul = convention(village, "ANNULLED");
        annul.put("version", 0);
        as(coordinator).body(annul).put("/api/v1/conventions/{id}", id).then().statusCode(200)
                .body("status", equalTo("ANNULLED")).body("version", equalTo(1));
        as(coordinator).body(annul).put("/api/v1/conventions/{id}", id).then().statusCode(409)
                .body("type", equalTo("urn:binhdang:problem:stale-version"));
        as(coordinator).body(review("2026-08-20", true, List.of())).post("/api/v1/conventions/{id}/reviews", id).then()
                .statusCode(409).body("type", equalTo("urn:binhdang:problem:conflict"));
        as(coordinator).queryParam("entityType", "CONVENTION").queryParam("entityId", id).get("/api/v1/audit").then()
                .body("items[0].changes.field", contains("status"))
                .body("items[0].changes[0].before", equalTo("IN_FORCE"))
                .body("items[0].changes[0].after", equalTo("ANNULLED"));
    }

    @Test
    void aConventionMovesOnlyBetweenVillagesOfItsCommuneAndTheListFilters() {
        int first = create(convention(village, "IN_FORCE"));
        int second = create(convention(secondVillage, "BEING_AMENDED"));
        Map<String, Object> abroad = convention(foreignVillage, "IN_FORCE");
        abroad.put("version", 0);
        as(coordinator).body(abroad).put("/api/v1/conventions/{id}", first).then().statusCode(400)
                .body("errors[0].field", equalTo("villageId"));
        as(coordinator).queryParam("villageId", secondVillage).get("/api/v1/conventions").then()
                .body("items.id", contains(second));
        as(coordinator).queryParam("villageId", secondVillage).queryParam("status", "IN_FORCE")
                .get("/api/v1/conventions").then().body("totalItems", equalTo(0));
        as(Tokens.province(PROVINCE)).queryParam("villageId", village).queryParam("communeCode", COMMUNE)
                .get("/api/v1/conventions").then().body("items.id", contains(first));
        as(Tokens.coordinator(OTHER_COMMUNE)).queryParam("villageId", village).get("/api/v1/conventions").then()
                .body("totalItems", equalTo(0));
    }

    @Test
    void theListFiltersByTheStandingTheLatestReviewGives() {
        int cleared = create(convention(village, "IN_FORCE"));
        int flagged = create(convention(village, "BEING_AMENDED"));
        int sameDay = create(convention(village, "IN_FORCE"));
        int unreviewed = create(convention(village, "IN_FORCE"));
        String reviews = "/api/v1/conventions/{id}/reviews";
        as(coordinator).body(review("2026-03-10", false, List.of(clause("SON_PREFERENCE")))).post(reviews, cleared)
                .then().statusCode(201);
        as(coordinator).body(review("2026-09-01", true, List.of())).post(reviews, cleared).then().statusCode(201);
        as(coordinator).body(review("2026-09-01", true, List.of())).post(reviews, flagged).then().statusCode(201);
        as(coordinator).body(review("2026-10-05", false, List.of(clause("BRIDE_PRICE_OR_CHILD_MARRIAGE"))))
                .post(reviews, flagged).then().statusCode(201);
        // Two reviews of the same day: the one recorded last decides, as it does for the convention's own standing.
        as(coordinator).body(review("2026-08-01", false, List.of(clause("OTHER")))).post(reviews, sameDay).then()
                .statusCode(201);
        as(coordinator).body(review("2026-08-01", true, List.of())).post(reviews, sameDay).then().statusCode(201);
        as(coordinator).get("/api/v1/conventions/{id}", sameDay).then().body("standing", equalTo("NO_DISCRIMINATION"));

        as(Tokens.viewer(COMMUNE)).queryParam("villageId", village).queryParam("standing", "NO_DISCRIMINATION")
                .get("/api/v1/conventions").then().statusCode(200)
                .body("items.id", containsInAnyOrder(cleared, sameDay)).body("totalItems", equalTo(2));
        as(Tokens.viewer(COMMUNE)).queryParam("villageId", village).queryParam("standing", "DISCRIMINATION_FOUND")
                .get("/api/v1/conventions").then().body("items.id", contains(flagged));
        as(Tokens.viewer(COMMUNE)).queryParam("villageId", village).queryParam("standing", "NOT_REVIEWED")
                .get("/api/v1/conventions").then().body("items.id", contains(unreviewed));
        asUnchecked(Tokens.viewer(COMMUNE)).queryParam("standing", "SOMETIMES").get("/api/v1/conventions").then()
                .statusCode(400).body("errors[0].field", equalTo("standing"));
    }
}
