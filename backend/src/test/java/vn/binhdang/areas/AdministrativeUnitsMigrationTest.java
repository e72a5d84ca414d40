package vn.binhdang.areas;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.binhdang.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.binhdang.support.Fixtures;
import vn.binhdang.support.Tokens;

/** Migration V11 loads the official list of 1/7/2025; a closed commune stays readable and says so. */
@QuarkusTest
class AdministrativeUnitsMigrationTest {
    @Inject
    Fixtures fixtures;

    @Test
    void theOfficialListIsLoaded() {
        assertEquals(34, fixtures.count("SELECT count(*) FROM area WHERE level = 'PROVINCE' AND valid_from = DATE '2025-07-01'"));
        assertEquals(3321, fixtures.count("SELECT count(*) FROM area WHERE level = 'COMMUNE' AND valid_from = DATE '2025-07-01'"));
        assertEquals(38, fixtures.count("""
                SELECT count(*) FROM area a JOIN area p ON p.id = a.parent_id
                WHERE a.level = 'COMMUNE' AND p.code = '12' AND a.valid_from IS NOT NULL"""));
        assertEquals(126, fixtures.count("""
                SELECT count(*) FROM area a JOIN area p ON p.id = a.parent_id
                WHERE a.level = 'COMMUNE' AND p.code = '01' AND a.valid_from IS NOT NULL"""));
        assertEquals("Tỉnh Lai Châu", fixtures.execute1("SELECT name FROM area WHERE code = '12'"));
        assertEquals("Xã Bình Lư", fixtures.execute1("SELECT name FROM area WHERE code = '03390'"));
        assertEquals("Xã Sin Suối Hồ", fixtures.execute1("SELECT name FROM area WHERE code = '03394'"));
        assertEquals("Xã Cư M'gar", fixtures.execute1("SELECT name FROM area WHERE code = '24280'"));
        assertEquals(0, fixtures.count("SELECT count(*) FROM area WHERE code = '03395'"));
    }

    @Test
    void nationalAdminReadsTheCountrysListButNoCommuneRecords() {
        int haNoi = (int) fixtures.count("""
                SELECT count(*) FROM area a JOIN area p ON p.id = a.parent_id WHERE a.level = 'COMMUNE' AND p.code = '01'""");
        int country = (int) fixtures.count("SELECT count(*) FROM area WHERE level = 'COMMUNE'");
        as(Tokens.nationalAdmin()).get("/api/v1/me").then().statusCode(200);
        as(Tokens.nationalAdmin()).queryParam("size", 100).get("/api/v1/communes").then().statusCode(200)
                .body("totalItems", equalTo(country));
        as(Tokens.nationalAdmin()).queryParam("provinceCode", "01").queryParam("size", 100).get("/api/v1/communes")
                .then().statusCode(200).body("totalItems", equalTo(haNoi))
                .body("items.parentCode", everyItem(equalTo("01")));
        as(Tokens.nationalAdmin()).get("/api/v1/units").then().statusCode(403);
        as(Tokens.nationalAdmin()).get("/api/v1/sessions").then().statusCode(403);
    }

    @Test
    void provinceSeesItsCommunesOpenAndAClosedOneMarked() {
        String closed = fixtures.freshCommune();
        fixtures.execute("UPDATE area SET valid_to = DATE '2026-07-01' WHERE code = '" + closed + "'");
        as(Tokens.province(Fixtures.PROVINCE)).queryParam("size", 100).get("/api/v1/communes").then()
                .statusCode(200)
                .body("items.code", hasItems(Fixtures.COMMUNE, "03394", "03549", closed))
                .body("items.find { it.code == '03390' }.validTo", nullValue())
                .body("items.find { it.code == '" + closed + "' }.validTo", equalTo("2026-07-01"));
    }
}
