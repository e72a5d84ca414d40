package vn.binhdang.surveys;

import vn.binhdang.support.TestClock;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.binhdang.support.Api.as;
import static vn.binhdang.support.Api.asUnchecked;
import static vn.binhdang.support.Fixtures.PROVINCE;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.binhdang.support.Fixtures;
import vn.binhdang.support.Tokens;

/** Target 3: awareness survey rounds — entered by hand or from the Kobo/ODK response file — and the one baseline. */
@QuarkusTest
class SurveyRoundTest {
    @Inject
    TestClock clock;

    @Inject
    Fixtures fixtures;

    String commune;
    String coordinator;
    long youth;
    long men;
    long pupils;
    long topic;

    @BeforeEach
    void data() {
        fixtures.areas();
        commune = fixtures.freshCommune();
        coordinator = Tokens.coordinator(commune);
        youth = fixtures.reference("AUDIENCE_GROUP", "YOUTH");
        men = fixtures.reference("AUDIENCE_GROUP", "MEN");
        pupils = fixtures.reference("AUDIENCE_GROUP", "PUPILS");
        topic = fixtures.reference("TOPIC", "LAW_POLICY");
    }

    private static Map<String, Object> result(long groupId, String sex, int respondents, Integer aware, Double mean) {
        Map<String, Object> r = new HashMap<>();
        r.put("groupId", groupId);
        r.put("sex", sex);
        r.put("respondents", respondents);
        r.put("aware", aware);
        r.put("meanScore", mean);
        return r;
    }

    private Map<String, Object> thresholdRound(boolean baseline, List<Map<String, Object>> results) {
        Map<String, Object> body = new HashMap<>();
        body.put("communeCode", commune);
        body.put("name", baseline ? "Khảo sát nền năm 2025" : "Khảo sát nhận thức năm 2026");
        body.put("conductedOn", baseline ? "2025-10-15" : "2026-10-20");
        body.put("method", "Phiếu hỏi 10 câu đúng/sai, phỏng vấn trực tiếp");
        body.put("baseline", baseline);
        body.put("measure", "THRESHOLD");
        body.put("threshold", 7);
        body.put("scaleMax", 10);
        body.put("results", results);
        return body;
    }

    private Map<String, Object> meanRound(List<Map<String, Object>> results) {
        Map<String, Object> body = thresholdRound(false, results);
        body.put("measure", "MEAN_SCORE");
        body.remove("threshold");
        body.put("scaleMax", 5);
        return body;
    }

    private int create(Map<String, Object> body) {
        return as(coordinator).body(body).post("/api/v1/survey-rounds").then().statusCode(201).extract().path("id");
    }

    private long resultsOf(int roundId) {
        return fixtures.count("SELECT count(*) FROM survey_result WHERE round_id = " + roundId);
    }

    @Test
    void coordinatorEntersResultsByHandAndTheYearIsTheSurveysYear() {
        int id = as(coordinator).body(thresholdRound(false, List.of(result(youth, "F", 40, 22, null),
                result(youth, "M", 38, 17, null), result(men, "M", 50, 20, null))))
                .post("/api/v1/survey-rounds").then().statusCode(201)
                .body("communeCode", equalTo(commune)).body("year", equalTo(2026)).body("baseline", equalTo(false))
                .body("threshold", equalTo(7.0f)).body("results", hasSize(3))
                .body("results.groupCode", contains("YOUTH", "YOUTH", "MEN"))
                .body("results.sex", contains("M", "F", "M"))
                .body("results[0].groupLabelVi", equalTo("Thanh niên"))
                .body("results[0].groupLabelEn", equalTo("Youth"))
                .body("results[1].aware", equalTo(22)).body("results[1].meanScore", nullValue())
                .extract().path("id");
        as(Tokens.viewer(commune)).get("/api/v1/survey-rounds/{id}", id).then().statusCode(200)
                .body("results.respondents", contains(38, 40, 50));
    }

    @Test
    void resultsMustFitTheRoundsMeasure() {
        as(coordinator).body(thresholdRound(false, List.of(result(youth, "F", 40, 41, null))))
                .post("/api/v1/survey-rounds").then().statusCode(400)
                .body("errors[0].field", equalTo("results[0].aware")).body("errors[0].message", containsString("40"));
        as(coordinator).body(thresholdRound(false, List.of(result(youth, "F", 40, null, 6.5))))
                .post("/api/v1/survey-rounds").then().statusCode(400)
                .body("errors[0].field", equalTo("results[0].aware"));
        as(coordinator).body(meanRound(List.of(result(youth, "F", 40, null, null))))
                .post("/api/v1/survey-rounds").then().statusCode(400)
                .body("errors[0].field", equalTo("results[0].meanScore"));
        as(coordinator).body(meanRound(List.of(result(youth, "F", 40, null, 5.5))))
                .post("/api/v1/survey-rounds").then().statusCode(400)
                .body("errors[0].field", equalTo("results[0].meanScore"))
                .body("errors[0].message", containsString("0–5"));
        Map<String, Object> noScale = meanRound(List.of(result(youth, "F", 40, null, 3.5)));
        noScale.remove("scaleMax");
        as(coordinator).body(noScale).post("/api/v1/survey-rounds").then().statusCode(400)
                .body("errors[0].field", equalTo("scaleMax"));
        Map<String, Object> noThreshold = thresholdRound(false, List.of());
        noThreshold.remove("threshold");
        as(coordinator).body(noThreshold).post("/api/v1/survey-rounds").then().statusCode(400)
                .body("errors[0].field", equalTo("threshold"));
        assertEquals(0, fixtures.count("SELECT count(*) FROM survey_round r JOIN area c ON c.id = r.commune_id "
                + "WHERE c.code = '" + commune + "'"));
        int id = create(meanRound(List.of(result(youth, "F", 40, null, 3.45), result(youth, "M", 0, null, null))));
        as(coordinator).get("/api/v1/survey-rounds/{id}", id).then().body("results.find { it.sex == 'F' }.meanScore", equalTo(3.45f));
    }

    @Test
    void groupsAreAudienceGroupsOncePerSexAndDatesAreNotInTheFuture() {
        asUnchecked(coordinator).body(thresholdRound(false, List.of(result(topic, "F", 40, 20, null))))
                .post("/api/v1/survey-rounds").then().statusCode(400)
                .body("errors[0].field", equalTo("results[0].groupId"));
        asUnchecked(coordinator).body(thresholdRound(false, List.of(result(youth, "F", 40, 20, null),
                result(youth, "F", 30, 10, null)))).post("/api/v1/survey-rounds").then().statusCode(400)
                .body("errors[0].field", equalTo("results[1]"));
        Map<String, Object> future = thresholdRound(false, List.of());
        future.put("conductedOn", clock.today().plusDays(1).toString());
        asUnchecked(coordinator).body(future).post("/api/v1/survey-rounds").then().statusCode(400)
                .body("errors[0].field", equalTo("conductedOn"));
        Map<String, Object> badSex = thresholdRound(false, List.of(result(youth, "X", 40, 20, null)));
        asUnchecked(coordinator).body(badSex).post("/api/v1/survey-rounds").then().statusCode(400)
                .body("errors[0].field", equalTo("results[0].sex"));
    }

    @Test
    void aCommuneHasOneBaseline() {
        create(thresholdRound(true, List.of(result(youth, "F", 40, 18, null))));
        as(coordinator).body(thresholdRound(true, List.of())).post("/api/v1/survey-rounds").then().statusCode(409)
                .body("errors[0].field", equalTo("baseline"))
                .body("detail", containsString("Khảo sát nền năm 2025"));
        int later = create(thresholdRound(false, List.of()));
        Map<String, Object> change = thresholdRound(true, List.of());
        change.put("version", 0);
        as(coordinator).body(change).put("/api/v1/survey-rounds/{id}", later).then().statusCode(409)
                .body("errors[0].field", equalTo("baseline"));
        String another = fixtures.freshCommune();
        Map<String, Object> theirs = thresholdRound(true, List.of());
        theirs.put("communeCode", another);
        as(Tokens.communeAdmin(another)).body(theirs).post("/api/v1/survey-rounds").then().statusCode(201);
    }

    @Test
    void onlyTheCommunesCoordinatorAndAdminWriteEveryoneInScopeReads() {
        int id = create(thresholdRound(false, List.of(result(youth, "F", 40, 18, null))));
        for (String token : List.of(Tokens.viewer(commune), Tokens.unitReporter(commune, "TYT"),
                Tokens.province(PROVINCE))) {
            as(token).get("/api/v1/survey-rounds/{id}", id).then().statusCode(200);
            as(token).body(thresholdRound(false, List.of())).post("/api/v1/survey-rounds").then().statusCode(403);
            as(token).contentType("text/csv").body("group,sex,score\nYOUTH,M,8\n")
                    .post("/api/v1/survey-rounds/{id}/import", id).then().statusCode(403);
        }
        String other = Tokens.coordinator(Fixtures.COMMUNE);
        as(other).get("/api/v1/survey-rounds/{id}", id).then().statusCode(404);
        as(other).body(thresholdRound(false, List.of())).post("/api/v1/survey-rounds").then().statusCode(403);
        as(other).contentType("text/csv").body("group,sex,score\nYOUTH,M,8\n")
                .post("/api/v1/survey-rounds/{id}/import", id).then().statusCode(404);
        as(other).queryParam("size", 100).get("/api/v1/survey-rounds").then().statusCode(200)
                .body("items.communeCode", org.hamcrest.Matchers.everyItem(equalTo(Fixtures.COMMUNE)));
        as(Tokens.province(PROVINCE)).queryParam("communeCode", commune).get("/api/v1/survey-rounds").then()
                .body("items.id", contains(id));
        assertEquals(1, resultsOf(id));
    }

    @Test
    void changesNeedTheVersionKeepResultsWhenLeftOutAndAreInTheHistory() {
        int id = create(thresholdRound(false, List.of(result(youth, "F", 40, 18, null))));
        Map<String, Object> change = thresholdRound(false, null);
        change.put("name", "Khảo sát giữa kỳ 2026");
        change.put("version", 0);
        as(coordinator).body(change).put("/api/v1/survey-rounds/{id}", id).then().statusCode(200)
                .body("name", equalTo("Khảo sát giữa kỳ 2026")).body("results", hasSize(1)).body("version", equalTo(1));
        as(coordinator).body(change).put("/api/v1/survey-rounds/{id}", id).then().statusCode(409)
                .body("type", equalTo("urn:binhdang:problem:stale-version"));
        Map<String, Object> toMean = meanRound(null);
        toMean.put("version", 1);
        as(coordinator).body(toMean).put("/api/v1/survey-rounds/{id}", id).then().statusCode(400)
                .body("errors[0].field", equalTo("results[0].meanScore"));
        as(coordinator).queryParam("entityType", "SURVEY_ROUND").queryParam("entityId", id).get("/api/v1/audit").then()
                .statusCode(200).body("items.action", contains("UPDATED", "CREATED"))
                .body("items[0].changes.field", contains("name"));
    }

    @Test
    void aKoboFileReplacesTheResultsWithItsAggregatesAndListsTheRowsItLeftOut() {
        int id = create(thresholdRound(false, List.of(result(men, "M", 50, 20, null))));
        // Kobo's export: BOM, semicolons, nested question names, codes and Vietnamese labels, every sex spelling.
        String csv = "\uFEFFstart;group;sex;section/q1;section/q2;section/q3;q4;q5;q6;q7;q8;q9;q10\n"
                + "2026-10-20;YOUTH;Nam;1;1;1;1;1;1;1;0;0;0\n"         // 7 → aware
                + "2026-10-20;Thanh niên;Nữ;1;1;1;1;1;1;1;1;1;1\n"    // 10 → aware
                + "2026-10-20;thanh  niên;2;1;1;0;0;0;0;0;0;0;0\n"    // 2
                + "2026-10-20;YOUTH;female;1;1;1;1;1;1;0;0;0;0\n"     // 6
                + "2026-10-20;Học sinh;1;1;1;1;1;1;1;1;1;0;0\n"       // 8 → aware
                + "2026-10-20;Người ngoài hành tinh;M;1;1;1;1;1;1;1;1;1;1\n"
                + "2026-10-20;YOUTH;?;1;1;1;1;1;1;1;1;1;1\n"
                + "2026-10-20;YOUTH;F;1;1;x;1;1;1;1;1;1;1\n"
                + "\n"
                + "2026-10-20;;F;1;1;1;1;1;1;1;1;1;1\n";
        as(coordinator).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/survey-rounds/{id}/import", id).then().statusCode(200)
                .body("rowsRead", equalTo(9))
                .body("rowsRejected.row", contains(7, 8, 9, 11))
                .body("rowsRejected[0].reason", containsString("Người ngoài hành tinh"))
                .body("rowsRejected[1].reason", containsString("Giới tính \"?\""))
                .body("rowsRejected[2].reason", containsString("section/q3"))
                .body("rowsRejected[3].reason", equalTo("Thiếu nhóm đối tượng"))
                .body("round.version", equalTo(1))
                .body("round.results.groupCode", contains("YOUTH", "YOUTH", "PUPILS"))
                .body("round.results.sex", contains("M", "F", "M"))
                .body("round.results.respondents", contains(1, 3, 1))
                .body("round.results.aware", contains(1, 1, 1));
        assertEquals(3, resultsOf(id));
        as(coordinator).queryParam("entityType", "SURVEY_ROUND").queryParam("entityId", id).get("/api/v1/audit").then()
                .body("items[0].changes.field", contains("results"));
    }

    @Test
    void aMeanScoreFileWithAScoreColumnGivesTheMeanPerGroupAndSex() {
        int id = create(meanRound(List.of()));
        String csv = "group,sex,score\nYOUTH,M,4\nYOUTH,M,\"3,5\"\nYOUTH,M,2.25\nMEN,male,6\nMEN,male,abc\n";
        as(coordinator, "en").contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/survey-rounds/{id}/import", id).then().statusCode(200)
                .body("rowsRead", equalTo(5))
                .body("rowsRejected.row", contains(5, 6))
                .body("rowsRejected[0].reason", containsString("outside the scale 0–5"))
                .body("rowsRejected[1].reason", equalTo("Score \"abc\" is not a number"))
                .body("round.results.groupCode", contains("YOUTH"))
                .body("round.results[0].respondents", equalTo(3))
                .body("round.results[0].meanScore", equalTo(3.25f))
                .body("round.results[0].aware", nullValue());
    }

    @Test
    void aFileThatCannotBeUsedChangesNothing() {
        int id = create(thresholdRound(false, List.of(result(men, "M", 50, 20, null))));
        as(coordinator).contentType("text/csv").body("nhom_khac,sex,score\nYOUTH,M,8\n")
                .post("/api/v1/survey-rounds/{id}/import", id).then().statusCode(400)
                .body("errors[0].field", equalTo("file")).body("errors[0].message", containsString("group"));
        as(coordinator).contentType("text/csv").body("group,sex,comment\nYOUTH,M,tốt\n")
                .post("/api/v1/survey-rounds/{id}/import", id).then().statusCode(400)
                .body("errors[0].message", containsString("score"));
        as(coordinator).contentType("text/csv").body("group,sex,score\nABC,M,8\nYOUTH,Z,8\n")
                .post("/api/v1/survey-rounds/{id}/import", id).then().statusCode(400)
                .body("errors.message", hasItem(containsString("Dòng 2")))
                .body("errors.message", hasItem(containsString("Dòng 3")));
        as(coordinator).contentType("text/csv").body("group,sex,score\n")
                .post("/api/v1/survey-rounds/{id}/import", id).then().statusCode(400);
        as(coordinator).contentType("text/csv").body(new byte[] {'g', ',', (byte) 0xC3, (byte) 0x28, '\n'})
                .post("/api/v1/survey-rounds/{id}/import", id).then().statusCode(400)
                .body("errors[0].message", containsString("UTF-8"));
        as(coordinator).get("/api/v1/survey-rounds/{id}", id).then().body("version", equalTo(0))
                .body("results.groupCode", contains("MEN")).body("results[0].respondents", equalTo(50));
    }

    @Test
    void theListFiltersByYearNewestFirst() {
        int baseline = create(thresholdRound(true, List.of()));
        int later = create(thresholdRound(false, new ArrayList<>()));
        as(coordinator).get("/api/v1/survey-rounds").then().body("items.id", contains(later, baseline));
        as(coordinator).queryParam("year", 2025).get("/api/v1/survey-rounds").then().body("items.id", contains(baseline));
    }
}
