package vn.binhdang.references;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.binhdang.support.Api.as;
import static vn.binhdang.support.Api.asUnchecked;
import static vn.binhdang.support.Fixtures.COMMUNE;
import static vn.binhdang.support.Fixtures.OTHER_COMMUNE;

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
}
