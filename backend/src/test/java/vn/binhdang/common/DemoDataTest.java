package vn.binhdang.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.binhdang.support.Api.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.binhdang.support.Fixtures;
import vn.binhdang.support.Tokens;

/**
 * Loading the demo data twice (a second scripts/start.sh) duplicates nothing; the other communes of Lai Châu
 * (demo/lai-chau-communes.sql) give the province's comparison communes of clearly different progress.
 */
@QuarkusTest
class DemoDataTest {
    private static final String PLAN_UNITS_OF_BINH_LU = """
            SELECT count(*) FROM unit u JOIN area c ON c.id = u.commune_id WHERE c.code = '03390' AND u.code IN
            ('VHXH','KT','TTDVTH','MN-BL','TH-BL','THCS-BL','TYT','VP-UBND','MTTQ','HLHPN','DTN','HND','HCCB','HTX-CHE')""";

    @Inject
    DemoData demoData;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Fixtures fixtures;

    /** Every table the demo scripts write to. */
    private static final List<String> TABLES = List.of("area", "unit", "programme_plan", "plan_target",
            "plan_target_value", "plan_task_group", "campaign", "campaign_unit", "communication_session",
            "action_month_plan", "survey_round", "survey_result", "media_product", "village_convention",
            "convention_review");

    private static final String LAI_CHAU_ENABLED = """
            SELECT count(*) FROM area c JOIN area p ON p.id = c.parent_id
            WHERE p.code = '12' AND c.level = 'COMMUNE' AND commune_enabled(c.id)""";

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, fixtures.count("SELECT count(*) FROM " + table));
        }
        return counts;
    }

    @Test
    void loadingTwiceKeepsOneCopyOfEveryRecord() throws Exception {
        demoData.load(dataSource);
        Map<String, Long> first = counts();
        demoData.load(dataSource);
        assertEquals(first, counts());
        assertEquals(14, fixtures.count(PLAN_UNITS_OF_BINH_LU));
        assertEquals(8, fixtures.count("SELECT count(*) FROM area v JOIN area c ON c.id = v.parent_id "
                + "WHERE c.code = '03390' AND v.code LIKE '03390-0_'"));
    }

    @Test
    void communesOfLaiChauAreEnabledWithClearlyDifferentProgress() throws Exception {
        demoData.load(dataSource);
        assertTrue(fixtures.count(LAI_CHAU_ENABLED) >= 10, "communes of Lai Châu enabled");
        // Every plan of the demo comes from the template: 7 task groups, 5 targets, 25 yearly values.
        assertEquals(0, fixtures.count("""
                SELECT count(*) FROM programme_plan pl WHERE pl.created_by = 'demo'
                  AND ((SELECT count(*) FROM plan_task_group g WHERE g.plan_id = pl.id) <> 7
                    OR (SELECT count(*) FROM plan_target t WHERE t.plan_id = pl.id) <> 5
                    OR (SELECT count(*) FROM plan_target_value v JOIN plan_target t ON t.id = v.target_id
                        WHERE t.plan_id = pl.id) <> 25)"""));
        // Khoen On is enabled but has not started: a plan, no unit, no session.
        assertEquals(1, fixtures.count("SELECT count(*) FROM programme_plan pl JOIN area c ON c.id = pl.commune_id "
                + "WHERE c.code = '03640'"));
        assertEquals(0, fixtures.count("SELECT count(*) FROM communication_session s JOIN area c ON c.id = s.commune_id "
                + "WHERE c.code = '03640'"));
        assertEquals(0, fixtures.count("SELECT count(*) FROM unit u JOIN area c ON c.id = u.commune_id "
                + "WHERE c.code = '03640'"));
        String province = Tokens.province("12");
        // On track, middling, far behind: target 1 (units with ≥ 2 law/policy sessions) and target 2.
        assertEquals(100.0f, value(province, "03549", 1));
        assertEquals(100.0f, value(province, "03549", 2));
        assertEquals(50.0f, value(province, "03445", 1));
        assertEquals(62.5f, value(province, "03445", 2));
        assertEquals(0.0f, value(province, "03562", 1));
        assertEquals(0.0f, value(province, "03562", 2));
        // Target 3: awareness up by about 4.5 points, about 1, and down (change in points, rounded to 2 digits).
        assertTrue(value(province, "03549", 3) > 3.5f);
        float middling = value(province, "03445", 3);
        assertTrue(middling > 0.0f && middling < 2.0f, "Mường Tè's change " + middling);
        assertTrue(value(province, "03562", 3) < 0.0f);
        // Target 4: 9 of 12 products pass in Phong Thổ; target 5: every convention reviewed clean there.
        assertEquals(75.0f, value(province, "03549", 4));
        assertEquals(100.0f, value(province, "03549", 5));
        assertEquals(0.0f, value(province, "03430", 5));
        // Not started: nothing to count for target 1.
        as(province).queryParam("year", 2026).queryParam("communeCode", "03640").get("/api/v1/indicators").then()
                .statusCode(200).body("[0].value", nullValue()).body("[0].status", equalTo("NO_DATA"));
    }

    private static float value(String token, String communeCode, int target) {
        Float value = as(token).queryParam("year", 2026).queryParam("communeCode", communeCode)
                .get("/api/v1/indicators").then().statusCode(200)
                .extract().path("find { it.target == " + target + " }.value");
        return value;
    }
}
