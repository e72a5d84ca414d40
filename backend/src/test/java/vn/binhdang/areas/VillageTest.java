package vn.binhdang.areas;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.binhdang.support.Fixtures;
import vn.binhdang.support.Tokens;

/** Villages (bản): listed in scope, created and changed by the commune's admin and coordinator. */
@QuarkusTest
class VillageTest {
    private static final AtomicInteger NEXT = new AtomicInteger(100);

    @Inject
    Fixtures fixtures;

    String coordinator = Tokens.coordinator(COMMUNE);

    @BeforeEach
    void data() {
        fixtures.areas();
    }

    private static String nextCode(String commune) {
        return commune + "-" + NEXT.getAndIncrement();
    }

    private static Map<String, Object> village(String commune, String code, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("communeCode", commune);
        body.put("code", code);
        body.put("name", name);
        return body;
    }

    @Test
    void coordinatorCreatesAVillageAndFindsItWithoutDiacritics() {
        String code = nextCode(COMMUNE);
        int id = as(coordinator).body(village(COMMUNE, code, "Bản Nậm Khum " + code)).post("/api/v1/villages").then()
                .statusCode(201).body("communeName", equalTo("Xã Bình Lư")).extract().path("id");
        as(coordinator).queryParam("q", "nam khum " + code).get("/api/v1/villages").then().statusCode(200)
                .body("items.id", contains(id));
    }

    @Test
    void communeAdminRenamesWithVersionAndAStaleRenameIsRefused() {
        String code = nextCode(COMMUNE);
        int id = as(coordinator).body(village(COMMUNE, code, "Bản Cũ")).post("/api/v1/villages").then()
                .statusCode(201).extract().path("id");
        Map<String, Object> rename = village(COMMUNE, code, "Bản Mới");
        rename.put("version", 0);
        as(Tokens.communeAdmin(COMMUNE)).body(rename).put("/api/v1/villages/{id}", id).then().statusCode(200)
                .body("name", equalTo("Bản Mới")).body("version", equalTo(1));
        rename.put("name", "Bản Ghi Đè");
        as(coordinator).body(rename).put("/api/v1/villages/{id}", id).then().statusCode(409)
                .body("type", equalTo("urn:binhdang:problem:stale-version"));
        as(coordinator).get("/api/v1/villages/{id}", id).then().body("name", equalTo("Bản Mới"));
        // Villages have a history like every record: the rename and the creation, newest first.
        as(coordinator).queryParam("entityType", "VILLAGE").queryParam("entityId", id).get("/api/v1/audit").then()
                .statusCode(200).body("items.action", org.hamcrest.Matchers.contains("UPDATED", "CREATED"))
                .body("items[0].changedBy", equalTo("quantri." + COMMUNE))
                .body("items[0].changes.field", org.hamcrest.Matchers.contains("name"))
                .body("items[0].changes[0].before", equalTo("Bản Cũ"))
                .body("items[0].changes[0].after", equalTo("Bản Mới"));
    }

    @Test
    void villageCodeMustStartWithItsCommuneCode() {
        asUnchecked(coordinator).body(village(COMMUNE, OTHER_COMMUNE + "-77", "Bản Lạc")).post("/api/v1/villages").then()
                .statusCode(400).body("errors[0].field", equalTo("code"));
        asUnchecked(coordinator).body(village(COMMUNE, "BAN-1", "Bản Lạc")).post("/api/v1/villages").then()
                .statusCode(400).body("errors[0].field", equalTo("code"));
    }

    @Test
    void duplicateVillageCodeIsAConflict() {
        String code = nextCode(COMMUNE);
        as(coordinator).body(village(COMMUNE, code, "Bản A")).post("/api/v1/villages").then().statusCode(201);
        as(coordinator).body(village(COMMUNE, code, "Bản B")).post("/api/v1/villages").then().statusCode(409)
                .body("errors[0].field", equalTo("code"));
    }

    @Test
    void readersCannotCreateOrChangeVillages() {
        String code = nextCode(COMMUNE);
        int id = as(coordinator).body(village(COMMUNE, code, "Bản Chỉ Đọc")).post("/api/v1/villages").then()
                .statusCode(201).extract().path("id");
        Map<String, Object> rename = village(COMMUNE, code, "Bản Bị Sửa");
        rename.put("version", 0);
        for (String token : new String[] {Tokens.viewer(COMMUNE), Tokens.unitReporter(COMMUNE, "TYT"),
                Tokens.province(PROVINCE), Tokens.machineClient(PROVINCE)}) {
            as(token).body(village(COMMUNE, nextCode(COMMUNE), "Bản Lạ")).post("/api/v1/villages").then()
                    .statusCode(403);
            as(token).body(rename).put("/api/v1/villages/{id}", id).then().statusCode(403);
            as(token).get("/api/v1/villages/{id}", id).then().statusCode(200);
        }
        as(coordinator).get("/api/v1/villages/{id}", id).then().body("name", equalTo("Bản Chỉ Đọc"));
    }

    @Test
    void anotherCommunesVillagesAreInvisibleAndUnwritable() {
        String code = nextCode(OTHER_COMMUNE);
        long before = fixtures.count("SELECT count(*) FROM area WHERE level = 'VILLAGE'");
        as(coordinator).body(village(OTHER_COMMUNE, code, "Bản Xã Khác")).post("/api/v1/villages").then()
                .statusCode(403);
        assertEquals(before, fixtures.count("SELECT count(*) FROM area WHERE level = 'VILLAGE'"));
        int id = as(Tokens.coordinator(OTHER_COMMUNE)).body(village(OTHER_COMMUNE, code, "Bản Xã Khác"))
                .post("/api/v1/villages").then().statusCode(201).extract().path("id");
        as(coordinator).get("/api/v1/villages/{id}", id).then().statusCode(404);
        as(coordinator).queryParam("size", 100).get("/api/v1/villages").then()
                .body("items.communeCode", everyItem(equalTo(COMMUNE)))
                .body("items.id", not(hasItem(id)));
        as(Tokens.province(PROVINCE)).queryParam("communeCode", OTHER_COMMUNE).queryParam("size", 100)
                .get("/api/v1/villages").then().body("items.id", hasItem(id));
    }

    @Test
    void communesListFollowsTheScope() {
        as(coordinator).get("/api/v1/communes").then().statusCode(200)
                .body("items.code", contains(COMMUNE));
        int laiChau = (int) fixtures.count("""
                SELECT count(*) FROM area a JOIN area p ON p.id = a.parent_id
                WHERE a.level = 'COMMUNE' AND p.code = '12'""");
        as(Tokens.province(PROVINCE)).queryParam("size", 100).get("/api/v1/communes").then().statusCode(200)
                .body("totalItems", equalTo(laiChau))
                .body("items.code", hasItem(COMMUNE)).body("items.code", hasItem(OTHER_COMMUNE))
                .body("items.code", not(hasItem(Fixtures.FOREIGN_COMMUNE)))
                .body("items.parentCode", everyItem(equalTo(PROVINCE)));
    }
}
