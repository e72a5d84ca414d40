package vn.binhdang.references;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.binhdang.support.Fixtures;
import vn.binhdang.support.Tokens;

/** Reference lists are data with Vietnamese labels; a commune admin extends them for the commune. */
@QuarkusTest
class ReferenceItemTest {
    @Inject
    Fixtures fixtures;

    String admin = Tokens.communeAdmin(COMMUNE);

    @BeforeEach
    void data() {
        fixtures.areas();
    }

    private static Map<String, Object> item(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "FORMAT");
        body.put("code", code);
        body.put("labelVi", "Phát thanh tiếng Thái");
        body.put("labelEn", "Broadcast in Thái");
        body.put("needsReach", true);
        return body;
    }

    @Test
    void everyoneReadsTheSharedListsWithVietnameseLabels() {
        as(Tokens.unitReporter(COMMUNE, "TYT")).queryParam("kind", "TOPIC").get("/api/v1/reference-items").then()
                .statusCode(200).body("items.kind", everyItem(equalTo("TOPIC")))
                .body("items.find { it.code == 'LAW_POLICY' }.labelVi", equalTo("Pháp luật, chính sách về bình đẳng giới"))
                .body("items.find { it.code == 'LAW_POLICY' }.lawPolicy", equalTo(true));
        as(Tokens.viewer(COMMUNE)).queryParam("kind", "FORMAT").get("/api/v1/reference-items").then()
                .body("items.find { it.code == 'LOUDSPEAKER' }.needsReach", equalTo(true));
    }

    @Test
    void communeAdminAddsAnEntryOnlyTheirCommuneSees() {
        String code = "RADIO_" + Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase();
        int id = as(admin).body(item(code)).post("/api/v1/reference-items").then().statusCode(201)
                .body("communeCode", equalTo(COMMUNE)).body("needsReach", equalTo(true)).extract().path("id");
        as(Tokens.coordinator(COMMUNE)).queryParam("kind", "FORMAT").get("/api/v1/reference-items").then()
                .body("items.code", hasItem(code));
        as(Tokens.coordinator(OTHER_COMMUNE)).queryParam("kind", "FORMAT").get("/api/v1/reference-items").then()
                .body("items.code", not(hasItem(code)));
        as(admin).body(item(code)).post("/api/v1/reference-items").then().statusCode(409)
                .body("errors[0].field", equalTo("code"));
        Map<String, Object> retire = item(code);
        retire.put("active", false);
        retire.put("version", 0);
        as(admin).body(retire).put("/api/v1/reference-items/{id}", id).then().statusCode(200)
                .body("active", equalTo(false));
        as(admin).queryParam("kind", "FORMAT").get("/api/v1/reference-items").then()
                .body("items.code", not(hasItem(code)));
        as(admin).queryParam("kind", "FORMAT").queryParam("includeInactive", true).get("/api/v1/reference-items")
                .then().body("items.code", hasItem(code));
        // Retiring an entry is a real change: its history keeps "active" (no field is skipped by its name).
        as(admin).queryParam("entityType", "REFERENCE_ITEM").queryParam("entityId", id).get("/api/v1/audit").then()
                .statusCode(200).body("items.action", org.hamcrest.Matchers.contains("UPDATED", "CREATED"))
                .body("items[0].changes.find { it.field == 'active' }.before", equalTo(true))
                .body("items[0].changes.find { it.field == 'active' }.after", equalTo(false));
    }

    @Test
    void onlyTheCommuneAdminChangesListsAndSharedEntriesStayAsTheyAre() {
        as(Tokens.coordinator(COMMUNE)).body(item("RADIO_X")).post("/api/v1/reference-items").then().statusCode(403);
        as(Tokens.province("12")).body(item("RADIO_X")).post("/api/v1/reference-items").then().statusCode(403);
        long shared = fixtures.reference("FORMAT", "LOUDSPEAKER");
        Map<String, Object> change = item("LOUDSPEAKER");
        change.put("version", 0);
        as(admin).body(change).put("/api/v1/reference-items/{id}", shared).then().statusCode(403);
        asUnchecked(admin).body(Map.of("kind", "FORMAT", "code", "bad code", "labelVi", "x", "labelEn", "x"))
                .post("/api/v1/reference-items").then().statusCode(400).body("errors[0].field", equalTo("code"));
    }

    /**
     * The shared lists apply to every commune, so they belong to the province's programme administrator: they
     * add and change shared entries (every commune sees them); no commune role may change one (403, nothing
     * written); a commune's own entry is not theirs (404).
     */
    @Test
    void theProvinceAdminOwnsTheSharedLists() {
        String provinceAdmin = Tokens.provinceAdmin(PROVINCE);
        String code = "SHARED_" + Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase();
        int id = as(provinceAdmin).body(item(code)).post("/api/v1/reference-items").then().statusCode(201)
                .body("communeCode", nullValue()).extract().path("id");
        for (String commune : java.util.List.of(COMMUNE, OTHER_COMMUNE)) {
            as(Tokens.coordinator(commune)).queryParam("kind", "FORMAT").queryParam("size", 100)
                    .get("/api/v1/reference-items").then().body("items.code", hasItem(code));
        }
        as(provinceAdmin).body(item(code)).post("/api/v1/reference-items").then().statusCode(409)
                .body("errors[0].field", equalTo("code"));

        Map<String, Object> change = item(code);
        change.put("labelVi", "Phát thanh tiếng Thái, tiếng Mông");
        change.put("version", 0);
        for (String token : java.util.List.of(admin, Tokens.coordinator(COMMUNE), Tokens.province(PROVINCE))) {
            as(token).body(change).put("/api/v1/reference-items/{id}", id).then().statusCode(403)
                    .contentType("application/problem+json");
        }
        assertEquals("Phát thanh tiếng Thái", fixtures.execute1("SELECT label_vi FROM reference_item WHERE id = " + id));
        as(provinceAdmin).body(change).put("/api/v1/reference-items/{id}", id).then().statusCode(200)
                .body("labelVi", equalTo("Phát thanh tiếng Thái, tiếng Mông")).body("version", equalTo(1));

        // A commune's own entry stays the commune's: not the province-admin's to change.
        String own = "OWN_" + Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase();
        int ownId = as(admin).body(item(own)).post("/api/v1/reference-items").then().statusCode(201).extract().path("id");
        Map<String, Object> ownChange = item(own);
        ownChange.put("version", 0);
        as(provinceAdmin).body(ownChange).put("/api/v1/reference-items/{id}", ownId).then().statusCode(404);
        // A shared code must be free in every commune.
        as(provinceAdmin).body(item(own)).post("/api/v1/reference-items").then().statusCode(409);
    }
}
