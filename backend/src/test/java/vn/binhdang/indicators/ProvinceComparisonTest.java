package vn.binhdang.indicators;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.binhdang.support.Api.as;
import static vn.binhdang.support.Api.asUnchecked;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.binhdang.common.Spreadsheet;
import vn.binhdang.support.Fixtures;
import vn.binhdang.support.TestClock;
import vn.binhdang.support.Tokens;

/**
 * The province's comparison of its communes: each commune's figures are exactly what its own dashboard says,
 * communes not enabled are listed as such, small cells are withheld, and only the province's people read it.
 */
@QuarkusTest
class ProvinceComparisonTest {
    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    IndicatorFixture enabled;
    IndicatorFixture small;
    String notEnabled;
    String province = Tokens.province(Fixtures.PROVINCE);

    @BeforeEach
    void data() {
        clock.setToday(LocalDate.of(2026, 12, 4));
        enabled = new IndicatorFixture(fixtures);
        long a = enabled.unit("A", LocalDate.of(2026, 1, 1), null);
        long b = enabled.unit("B", LocalDate.of(2026, 1, 1), null);
        enabled.session(a, "2026-02-10", true);
        enabled.session(a, "2026-03-10", true);
        enabled.session(b, "2026-04-10", false);
        enabled.actionPlan(a, 2026, "2026-11-10");
        enabled.mediaProduct(a, "2026-05-01", true);
        enabled.mediaProduct(b, "2026-06-01", false);
        long village = enabled.village(1);
        enabled.review(enabled.convention(village, "IN_FORCE"), "2026-03-01", true);
        for (int target = 1; target <= 5; target++) {
            enabled.target(target, 2026, 80);
        }
        small = new IndicatorFixture(fixtures);
        long c = small.unit("C", LocalDate.of(2026, 1, 1), null);
        long session = small.sessionId(c, "2026-05-10", true);
        fixtures.execute("UPDATE communication_session SET participants_male = 3, participants_female = 9 WHERE id = "
                + session);
        small.target(1, 2026, 50);
        notEnabled = fixtures.freshCommune();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private JsonPath comparison(String token) {
        return as(token).queryParam("year", 2026).get("/api/v1/comparison").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> row(JsonPath body, String code) {
        Map<String, Object> row = body.getMap("communes.find { it.code == '%s' }".formatted(code));
        assertNotNull(row, "commune " + code + " is in the comparison");
        return row;
    }

    @Test
    void eachCommunesFiguresAreThoseOfItsOwnDashboard() {
        JsonPath body = comparison(province);
        for (String commune : List.of(enabled.commune, small.commune, Fixtures.COMMUNE)) {
            JsonPath own = as(province).queryParam("year", 2026).queryParam("communeCode", commune)
                    .get("/api/v1/indicators").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> cells = body.getList(
                    "communes.find { it.code == '%s' }.indicators".formatted(commune));
            if (!Boolean.TRUE.equals(row(body, commune).get("enabled"))) {
                continue;
            }
            assertEquals(5, cells.size(), commune);
            for (int i = 0; i < 5; i++) {
                assertEquals(own.getInt("[%d].target".formatted(i)), cells.get(i).get("target"));
                assertEquals(own.getString("[%d].value".formatted(i)), string(cells.get(i).get("value")), commune + " " + i);
                assertEquals(own.getString("[%d].status".formatted(i)), cells.get(i).get("status"), commune + " " + i);
                assertEquals(own.getString("[%d].targetValue".formatted(i)), string(cells.get(i).get("targetValue")));
            }
        }
        // The province's own figures are those of /indicators for the whole province.
        JsonPath whole = as(province).queryParam("year", 2026).get("/api/v1/indicators").then().statusCode(200)
                .extract().jsonPath();
        for (int i = 0; i < 5; i++) {
            assertEquals(whole.getString("[%d].value".formatted(i)), body.getString("provinceIndicators[%d].value".formatted(i)));
            assertEquals(whole.getString("[%d].numerator".formatted(i)),
                    body.getString("provinceIndicators[%d].numerator".formatted(i)));
            assertEquals(whole.getString("[%d].status".formatted(i)), body.getString("provinceIndicators[%d].status".formatted(i)));
        }
        Map<String, Object> a = row(body, enabled.commune);
        assertEquals(true, a.get("enabled"));
        assertEquals(3, a.get("sessions"));
        assertEquals(2, a.get("lawPolicySessions"));
        assertEquals(2, a.get("units"));
        assertEquals(Map.of("total", 66, "male", 30, "female", 36, "suppressed", false), a.get("participants"));
        assertEquals(Map.of("filed", 1, "onTime", 1, "units", 2), a.get("actionMonthPlans"));
        // Target 1: one unit of two has 2 law/policy sessions → 50 %, against 80 % for the year.
        assertEquals(50.0f, body.getFloat("communes.find { it.code == '%s' }.indicators[0].value"
                .formatted(enabled.commune)));
        assertEquals("Lai Châu", body.getString("province.name").replace("Tỉnh ", ""));
    }

    @Test
    void aCommuneNotEnabledIsListedAsSuchWithNoFigures() {
        JsonPath body = comparison(province);
        Map<String, Object> row = row(body, notEnabled);
        assertEquals(false, row.get("enabled"));
        assertEquals(List.of(), row.get("indicators"));
        assertEquals(0, row.get("sessions"));
        // The official list's 38 communes of Lai Châu are all there, besides the tests' own.
        assertTrue(body.getList("communes").size() >= 38);
        long enabledCount = body.getList("communes.findAll { it.enabled }").size();
        assertEquals(enabledCount, body.getLong("enabledCommunes"));
        assertTrue(enabledCount >= 2);
    }

    @Test
    void aBreakdownBySexWithASmallCellIsWithheldNotZero() {
        Map<String, Object> row = row(comparison(province), small.commune);
        Map<String, Object> participants = new HashMap<>();
        participants.put("total", 12);
        participants.put("male", null);
        participants.put("female", null);
        participants.put("suppressed", true);
        assertEquals(participants, row.get("participants"));
    }

    @Test
    void theDashboardWithholdsSmallCellsOutsideTheCommuneAndShowsThemToItsOwnStaff() {
        // 3 men, 9 women, all in audience group MEN (12 people): the sex breakdown has a small cell.
        as(province).queryParam("year", 2026).queryParam("communeCode", small.commune).get("/api/v1/dashboard").then()
                .statusCode(200).body("participants.total", equalTo(12))
                .body("participants.male", org.hamcrest.Matchers.nullValue())
                .body("participants.female", org.hamcrest.Matchers.nullValue())
                .body("participants.suppressed", equalTo(true))
                .body("participants.byAudienceGroup.find { it.code == 'MEN' }.participants", equalTo(12))
                .body("participants.byAudienceGroup.find { it.code == 'MEN' }.suppressed", equalTo(false));
        as(Tokens.coordinator(small.commune)).queryParam("year", 2026).get("/api/v1/dashboard").then().statusCode(200)
                .body("participants.male", equalTo(3)).body("participants.female", equalTo(9))
                .body("participants.suppressed", equalTo(false));
        // A group of fewer than 5 people is withheld outside the commune, exact inside it.
        fixtures.execute("UPDATE communication_session SET participants_male = 1, participants_female = 2, ethnic_minority = 1 "
                + "WHERE commune_id = " + small.communeId);
        as(Tokens.machineClient(Fixtures.PROVINCE)).queryParam("year", 2026).queryParam("communeCode", small.commune)
                .get("/api/v1/dashboard").then().statusCode(200)
                .body("participants.byAudienceGroup.find { it.code == 'MEN' }.participants", org.hamcrest.Matchers.nullValue())
                .body("participants.byAudienceGroup.find { it.code == 'MEN' }.suppressed", equalTo(true));
        as(Tokens.viewer(small.commune)).queryParam("year", 2026).get("/api/v1/dashboard").then().statusCode(200)
                .body("participants.byAudienceGroup.find { it.code == 'MEN' }.participants", equalTo(3));
    }

    @Test
    void aCommuneClosedBeforeTheYearIsNotListedOneClosedDuringItIsWithItsDate() {
        String before = fixtures.freshCommune();
        fixtures.execute("UPDATE area SET valid_from = DATE '2020-01-01', valid_to = DATE '2025-06-30' WHERE code = '"
                + before + "'");
        String during = fixtures.freshCommune();
        fixtures.execute("UPDATE area SET valid_from = DATE '2020-01-01', valid_to = DATE '2026-06-30' WHERE code = '"
                + during + "'");
        JsonPath body = comparison(province);
        assertEquals(List.of(), body.getList("communes.findAll { it.code == '%s' }".formatted(before)));
        assertEquals("2026-06-30", row(body, during).get("closedOn"));
    }

    @Test
    void theProvinceAdminAndTheMachineClientReadItOtherProvincesDoNotSeeTheseCommunes() {
        as(Tokens.provinceAdmin(Fixtures.PROVINCE)).queryParam("year", 2026).get("/api/v1/comparison").then()
                .statusCode(200).body("communes.code", hasItem(enabled.commune));
        as(Tokens.machineClient(Fixtures.PROVINCE)).queryParam("year", 2026).get("/api/v1/comparison").then()
                .statusCode(200).body("communes.code", hasItem(enabled.commune));
        as(Tokens.province(Fixtures.OTHER_PROVINCE)).queryParam("year", 2026).get("/api/v1/comparison").then()
                .statusCode(200).body("communes.code", not(hasItem(enabled.commune)))
                .body("communes.code", not(hasItem(Fixtures.COMMUNE)));
        for (String commune : List.of(Tokens.coordinator(enabled.commune), Tokens.communeAdmin(enabled.commune),
                Tokens.viewer(enabled.commune), Tokens.nationalAdmin())) {
            asUnchecked(commune).queryParam("year", 2026).get("/api/v1/comparison").then().statusCode(403);
            asUnchecked(commune).queryParam("year", 2026).get("/api/v1/comparison/export").then().statusCode(403);
        }
    }

    @Test
    void aMissingOrOutOfPeriodYearIsAProblemNamingTheField() {
        asUnchecked(province).get("/api/v1/comparison").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("year"));
        asUnchecked(province).queryParam("year", 2040).get("/api/v1/comparison").then().statusCode(400)
                .body("errors[0].field", equalTo("year")).body("errors[0].message", not(empty()));
        asUnchecked(province).queryParam("year", "hai nghìn").get("/api/v1/comparison/export").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    void theExportIsASpreadsheetOfTheSameRowsHeadedInTheCallersLanguage() throws IOException {
        byte[] xlsx = as(province).queryParam("year", 2026).get("/api/v1/comparison/export").then().statusCode(200)
                .contentType(Spreadsheet.XLSX)
                .header("Content-Disposition", equalTo("attachment; filename=\"so-sanh-cac-xa-12-2026.xlsx\""))
                .extract().asByteArray();
        assertArrayEquals(new byte[] {'P', 'K', 3, 4}, Arrays.copyOf(xlsx, 4));
        String strings = entry(xlsx, "xl/sharedStrings.xml");
        assertTrue(strings.contains("Xã thử chỉ tiêu " + enabled.commune), "the commune's name");
        assertTrue(strings.contains("MT1 – trạng thái"), "Vietnamese headings");
        assertTrue(strings.contains("ẩn (dưới 5 người)"), "the withheld cell says so");
        String sheet = entry(xlsx, "xl/worksheets/sheet1.xml");
        int rows = sheet.split("<row ", -1).length - 1;
        int communes = comparison(province).getList("communes").size();
        assertEquals(communes + 1, rows, "a heading row and one row per commune");
        byte[] english = as(province, "en").queryParam("year", 2026).get("/api/v1/comparison/export").then()
                .statusCode(200).extract().asByteArray();
        assertTrue(entry(english, "xl/sharedStrings.xml").contains("T1 – status"));
    }

    /** An entry of the XLSX (a zip whose sizes are in its central directory, as fastexcel streams it). */
    private static String entry(byte[] zip, String name) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("comparison", ".xlsx");
        try {
            java.nio.file.Files.write(file, zip);
            try (ZipFile in = new ZipFile(file.toFile())) {
                ZipEntry e = in.getEntry(name);
                assertNotNull(e, name + " is in the file");
                String xml = new String(in.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                // fastexcel writes non-ASCII characters as character references.
                return java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);").matcher(xml)
                        .replaceAll(m -> Character.toString(Integer.parseInt(m.group(1), 16)));
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

}
