package vn.binhdang.common;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.binhdang.support.Api.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.binhdang.support.Fixtures;
import vn.binhdang.support.Tokens;

/**
 * The demo records behind targets 2–5 (demo/binh-lu-targets.sql): loaded twice they stay one copy, and
 * each target has something to show — neither nothing nor everything.
 */
@QuarkusTest
class DemoTargetsTest {
    private static final String BINH_LU_UNIT = "SELECT u.id FROM unit u JOIN area c ON c.id = u.commune_id "
            + "WHERE c.code = '03390' AND u.code = '%s'";
    /** Bình Lư's records only: demo/lai-chau-communes.sql adds records of other communes, also by 'demo'. */
    private static final String OF_BINH_LU_UNIT = " AND unit_id IN (SELECT u.id FROM unit u JOIN area c "
            + "ON c.id = u.commune_id WHERE c.code = '03390')";
    private static final String IN_BINH_LU_VILLAGE = " AND village_id IN (SELECT v.id FROM area v JOIN area c "
            + "ON c.id = v.parent_id WHERE c.code = '03390')";
    private static final String REVIEWED_BINH_LU_CONVENTIONS_2026 = "SELECT count(DISTINCT r.convention_id) "
            + "FROM convention_review r JOIN village_convention k ON k.id = r.convention_id AND k.created_by = 'demo'"
            + IN_BINH_LU_VILLAGE.replace("village_id", "k.village_id") + " WHERE r.reviewed_on >= DATE '2026-01-01'";

    @Inject
    DemoData demoData;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Fixtures fixtures;

    String coordinator = Tokens.coordinator("03390");

    @BeforeEach
    void loadTwice() throws Exception {
        demoData.load(dataSource);
        demoData.load(dataSource);
    }

    private long count(String sql) {
        return fixtures.count(sql);
    }

    @Test
    void elevenUnitsFiledTheirActionMonthPlanNineOnTime() {
        assertEquals(11, count("SELECT count(*) FROM action_month_plan WHERE created_by = 'demo' AND year = 2026"
                + OF_BINH_LU_UNIT));
        assertEquals(9, count("SELECT count(*) FROM action_month_plan WHERE created_by = 'demo' AND year = 2026 "
                + "AND received_on < DATE '2026-11-15'" + OF_BINH_LU_UNIT));
        for (String missing : new String[] {"MN-BL", "HCCB", "HTX-CHE"}) {
            assertEquals(0, count("SELECT count(*) FROM action_month_plan WHERE year = 2026 AND unit_id = ("
                    + BINH_LU_UNIT.formatted(missing) + ")"));
        }
        long station = count(BINH_LU_UNIT.formatted("TYT"));
        int plan = as(coordinator).queryParam("unitId", station).queryParam("year", 2026)
                .get("/api/v1/action-month-plans").then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].onTime", equalTo(true)).body("items[0].attachment.contentType", equalTo("application/pdf"))
                .extract().path("items[0].id");
        as(coordinator).get("/api/v1/action-month-plans/{id}/attachment", plan).then().statusCode(200);
    }

    @Test
    void theBaselineAndTheLaterRoundCompareOnTheSameGroupsExceptPupils() {
        as(coordinator).queryParam("communeCode", "03390").queryParam("year", 2025).get("/api/v1/survey-rounds").then()
                .statusCode(200).body("totalItems", equalTo(1)).body("items[0].baseline", equalTo(true))
                .body("items[0].results", hasSize(6)).body("items[0].results.groupCode", not(hasItem("PUPILS")));
        as(coordinator).queryParam("communeCode", "03390").queryParam("year", 2026).get("/api/v1/survey-rounds").then()
                .body("items.find { it.name == 'Khảo sát nhận thức về bình đẳng giới năm 2026' }.results.groupCode",
                        hasItem("PUPILS"));
        // Every group of the baseline is more aware in 2026, by a few points (rates by group, both sexes together).
        assertEquals(0, count("""
                WITH rate AS (
                    SELECT s.year, r.group_id, sum(r.aware)::numeric / sum(r.respondents) AS aware
                    FROM survey_round s JOIN area c ON c.id = s.commune_id AND c.code = '03390'
                    JOIN survey_result r ON r.round_id = s.id WHERE s.created_by = 'demo' GROUP BY s.year, r.group_id)
                SELECT count(*) FROM rate b JOIN rate n ON n.group_id = b.group_id AND b.year = 2025 AND n.year = 2026
                WHERE (n.aware - b.aware) * 100 NOT BETWEEN 2 AND 6"""));
    }

    @Test
    void fortyMediaProductsTwentyEightAssessedFourteenPassing() {
        assertEquals(40, count("SELECT count(*) FROM media_product WHERE created_by = 'demo'" + OF_BINH_LU_UNIT));
        assertEquals(28, count("SELECT count(*) FROM media_product WHERE created_by = 'demo' AND passed IS NOT NULL"
                + OF_BINH_LU_UNIT));
        assertEquals(14, count("SELECT count(*) FROM media_product WHERE created_by = 'demo' AND passed"
                + OF_BINH_LU_UNIT));
        long centre = count(BINH_LU_UNIT.formatted("TTDVTH"));
        as(coordinator).queryParam("unitId", centre).queryParam("year", 2026).queryParam("size", 100)
                .get("/api/v1/media-products").then().statusCode(200).body("totalItems", equalTo(22))
                .body("items.findAll { it.passed == true }", hasSize(9))
                .body("items.findAll { it.checklistVersion == 1 }", hasSize(16));
    }

    @Test
    void nineConventionsSixReviewedIn2026FourWithoutDiscrimination() {
        assertEquals(9, count("SELECT count(*) FROM village_convention WHERE created_by = 'demo'" + IN_BINH_LU_VILLAGE));
        assertEquals(1, count("SELECT count(*) FROM village_convention WHERE created_by = 'demo' AND status = 'ANNULLED'"
                + IN_BINH_LU_VILLAGE));
        assertEquals(6, count(REVIEWED_BINH_LU_CONVENTIONS_2026));
        assertEquals(4, count(REVIEWED_BINH_LU_CONVENTIONS_2026 + " AND r.no_discrimination"));
        long huaBo = count("SELECT id FROM area WHERE code = '03390-03'");
        as(coordinator).queryParam("villageId", huaBo).get("/api/v1/conventions").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.status", hasItem("ANNULLED"));
        long thamVillage = count("SELECT id FROM area WHERE code = '03390-02'");
        as(coordinator).queryParam("villageId", thamVillage).get("/api/v1/conventions").then()
                .body("items[0].standing", equalTo("NO_DISCRIMINATION"))
                .body("items[0].latestReview.reviewedOn", equalTo("2026-07-05"));
        long namDich = count("SELECT id FROM area WHERE code = '03390-06'");
        as(coordinator).queryParam("villageId", namDich).get("/api/v1/conventions").then()
                .body("items[0].standing", equalTo("DISCRIMINATION_FOUND"))
                .body("items[0].latestReview.clauses.category", contains("UNEQUAL_SANCTIONS", "SON_PREFERENCE"));
    }
}
