package vn.binhdang.areas;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.binhdang.support.Api.anonymous;
import static vn.binhdang.support.Api.as;
import static vn.binhdang.support.Api.asUnchecked;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.binhdang.support.Fixtures;
import vn.binhdang.support.TestClock;
import vn.binhdang.support.Tokens;

/**
 * The national administrator imports a newer official list: a dry run reports and writes nothing, an apply makes
 * the changes once (closing, never deleting), every problem names its line and column. The file sent is the
 * database's own list (every open commune of the test database) with the test's changes, so that only those are
 * reported; the provinces and communes are put back as they were after every test.
 */
@QuarkusTest
class AdministrativeUnitImportTest {
    private static final String URL = "/api/v1/administrative-units/imports";
    private static final String HEADER = "province_code,province_name,commune_code,commune_name";
    private static final String EFFECTIVE = "2026-07-01";

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    /** id → name, parent, valid_from, valid_to of every province and commune before the test. */
    private Map<Long, String> snapshot;

    /** The lines of the file: commune code → province code, province name, commune code, commune name. */
    private Map<String, List<String>> lines;

    @BeforeEach
    void rememberTheList() {
        fixtures.areas();
        snapshot = areas();
    }

    @AfterEach
    void restoreTheList() {
        restore(snapshot);
    }

    @Test
    void theDatabasesOwnListChangesNothing() {
        lines = currentList();
        Map<String, String> before = fixtures.tableStamps();
        importing(file(), false).statusCode(200).body("dryRun", equalTo(false)).body("applied", equalTo(false))
                .body("importId", nullValue()).body("counts.total", equalTo(0)).body("changes.size()", equalTo(0))
                .body("communesInFile", equalTo(lines.size()));
        assertEquals(before, fixtures.tableStamps(), "an import with nothing to change writes nothing");
    }

    @Test
    void aDryRunReportsARenameANewAClosedAndAReopenedCommuneAndWritesNothing() {
        Scenario s = scenario();
        Map<String, String> before = fixtures.tableStamps();
        JsonPath answer = as(Tokens.nationalAdmin()).contentType("text/csv").body(file())
                .queryParam("effectiveFrom", EFFECTIVE).post(URL).then().statusCode(200)
                .body("dryRun", equalTo(true)).body("applied", equalTo(false)).body("importId", nullValue())
                .body("effectiveFrom", equalTo(EFFECTIVE))
                .body("counts.communesAdded", equalTo(1)).body("counts.renamed", equalTo(1))
                .body("counts.closed", equalTo(1)).body("counts.reopened", equalTo(1))
                .body("counts.moved", equalTo(0)).body("counts.provincesAdded", equalTo(0))
                .body("counts.total", equalTo(4))
                .extract().jsonPath();
        assertEquals(before, fixtures.tableStamps(), "a dry run writes nothing at all");
        assertChanges(answer, s);
    }

    @Test
    void applyingMakesTheChangesKeepsTheClosedCommunesRecordsAndReapplyingChangesNothing() {
        Scenario s = scenario();
        long unit = fixtures.unit(s.closed, "IMP-TYT", "Trạm Y tế " + s.closed, "HEALTH_STATION",
                LocalDate.of(2026, 1, 1), null);
        long campaign = fixtures.campaign(s.closed, "Chiến dịch " + s.closed, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31));
        JsonPath answer = importing(file(), false).statusCode(200).body("dryRun", equalTo(false))
                .body("applied", equalTo(true)).body("importId", notNullValue()).body("counts.total", equalTo(4))
                .extract().jsonPath();
        assertChanges(answer, s);
        long importId = answer.getLong("importId");

        // The national list now shows the closed commune with its closing day, the new name, the new commune.
        assertEquals(EFFECTIVE, commune(s.closed).get("validTo"));
        assertEquals("Xã đổi tên " + s.renamed, commune(s.renamed).get("name"));
        assertNull(commune(s.renamed).get("validTo"));
        assertNull(commune(s.reopened).get("validTo"));
        assertEquals("Xã mới " + s.added, commune(s.added).get("name"));
        assertEquals(EFFECTIVE, fixtures.execute1("SELECT valid_from FROM area WHERE code = '" + s.added + "'"));

        // The closed commune is kept with its records, still readable by its own staff.
        assertEquals(1, fixtures.count("SELECT count(*) FROM area WHERE code = '" + s.closed + "'"));
        assertEquals(1, fixtures.count("SELECT count(*) FROM unit WHERE id = " + unit));
        assertEquals(1, fixtures.count("SELECT count(*) FROM campaign WHERE id = " + campaign));
        as(Tokens.coordinator(s.closed)).queryParam("communeCode", s.closed).get("/api/v1/units").then()
                .statusCode(200).body("items.id", hasItem((int) unit));
        as(Tokens.coordinator(s.closed)).get("/api/v1/campaigns/{id}", campaign).then().statusCode(200);

        // Audited: one entry for the import (no commune) with its counts, one per province or commune changed.
        assertEquals(1, fixtures.count("SELECT count(*) FROM audit_event WHERE entity_type = 'AREA_IMPORT'"
                + " AND entity_id = " + importId + " AND commune_id IS NULL AND action = 'CREATED'"));
        assertTrue(fixtures.execute1("SELECT changes::text FROM audit_event WHERE entity_type = 'AREA_IMPORT'"
                + " AND entity_id = " + importId).contains("\"closed\""));
        assertEquals(4, fixtures.count("SELECT count(*) FROM audit_event WHERE entity_type = 'AREA' AND entity_id IN"
                + " (SELECT id FROM area WHERE code IN ('" + String.join("','", s.renamed, s.closed, s.reopened,
                        s.added) + "'))"));

        // The closed commune's own history says when it was closed.
        assertEquals(1, fixtures.count("SELECT count(*) FROM audit_event e, jsonb_array_elements(e.changes) c"
                + " WHERE e.entity_type = 'AREA' AND e.action = 'UPDATED' AND e.entity_id = (SELECT id FROM area"
                + " WHERE code = '" + s.closed + "') AND c->>'field' = 'validTo' AND c->>'after' = '" + EFFECTIVE
                + "' AND c->'before' = 'null'::jsonb"));

        // The same list again: nothing left to change, nothing written.
        Map<String, String> before = fixtures.tableStamps();
        importing(file(), false).statusCode(200).body("applied", equalTo(false)).body("importId", nullValue())
                .body("counts.total", equalTo(0)).body("changes.size()", equalTo(0));
        assertEquals(before, fixtures.tableStamps());
    }

    @Test
    void aCommuneMovesToAnotherProvinceAndANewProvinceIsAdded() {
        String moved = fixtures.freshCommune();
        remember();
        String province = freeProvinceCode();
        String inNewProvince = freeCommuneCode();
        lines = currentList();
        lines.put(moved, List.of(Fixtures.OTHER_PROVINCE, "Thành phố Hà Nội", moved, "Xã thử " + moved));
        lines.put(inNewProvince, List.of(province, "Tỉnh thử " + province, inNewProvince, "Xã thử " + inNewProvince));
        JsonPath answer = importing(file(), false).statusCode(200).body("counts.moved", equalTo(1))
                .body("counts.provincesAdded", equalTo(1)).body("counts.communesAdded", equalTo(1))
                .body("counts.total", equalTo(3)).extract().jsonPath();
        Map<String, Object> move = change(answer, "MOVED", moved);
        assertEquals(Fixtures.PROVINCE, move.get("previousProvinceCode"));
        assertEquals(Fixtures.OTHER_PROVINCE, move.get("provinceCode"));
        assertEquals("PROVINCE", change(answer, "ADDED", province).get("level"));
        assertEquals(Fixtures.OTHER_PROVINCE, commune(moved).get("parentCode"));
        assertEquals(province, commune(inNewProvince).get("parentCode"));

        // A province absent from a later list is closed with its communes, like any other area.
        lines.remove(inNewProvince);
        JsonPath later = importing(file(), true).statusCode(200).body("counts.closed", equalTo(2))
                .body("counts.total", equalTo(2)).extract().jsonPath();
        assertEquals("PROVINCE", change(later, "CLOSED", province).get("level"));
        assertEquals(EFFECTIVE, change(later, "CLOSED", inNewProvince).get("validTo"));
    }

    @Test
    void twoAppliesAtOnceApplyTheListOnce() throws Exception {
        scenario();
        byte[] body = file();
        String token = Tokens.nationalAdmin();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                    return as(token).contentType("text/csv").body(body).queryParam("dryRun", false)
                            .queryParam("effectiveFrom", EFFECTIVE).post(URL).then().statusCode(200)
                            .extract().jsonPath().getInt("counts.total");
                }, pool));
            }
            start.countDown();
            List<Integer> totals = new ArrayList<>();
            for (CompletableFuture<Integer> answer : answers) {
                totals.add(answer.get());
            }
            totals.sort(null);
            assertEquals(List.of(0, 4), totals, "one apply makes the 4 changes, the other finds none left");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, fixtures.count("SELECT count(*) FROM area_import WHERE file_sha256 = '"
                + sha256(body) + "'"));
    }

    @Test
    void anIdempotencyKeyAnswersTheFirstResultAndRefusesAnotherFile() {
        Scenario s = scenario();
        String key = "import-" + s.added;
        int first = as(Tokens.nationalAdmin()).header("Idempotency-Key", key).contentType("text/csv").body(file())
                .queryParam("dryRun", false).queryParam("effectiveFrom", EFFECTIVE).post(URL).then()
                .statusCode(200).body("counts.total", equalTo(4)).extract().path("importId");
        as(Tokens.nationalAdmin()).header("Idempotency-Key", key).contentType("text/csv").body(file())
                .queryParam("dryRun", false).queryParam("effectiveFrom", EFFECTIVE).post(URL).then()
                .statusCode(200).body("importId", equalTo(first)).body("counts.total", equalTo(4));
        lines.remove(s.added);
        Map<String, String> before = fixtures.tableStamps();
        as(Tokens.nationalAdmin()).header("Idempotency-Key", key).contentType("text/csv").body(file())
                .queryParam("dryRun", false).queryParam("effectiveFrom", EFFECTIVE).post(URL).then()
                .statusCode(422).contentType("application/problem+json");
        assertEquals(before, fixtures.tableStamps());
    }

    @Test
    void theEffectiveDateIsTodayInVietnamByDefault() {
        String closed = fixtures.freshCommune();
        remember();
        lines = currentList();
        lines.remove(closed);
        clock.setToday(LocalDate.of(2027, 3, 1));
        as(Tokens.nationalAdmin()).contentType("text/csv").body(file()).post(URL).then().statusCode(200)
                .body("dryRun", equalTo(true)).body("effectiveFrom", equalTo("2027-03-01"))
                .body("changes[0].validTo", equalTo("2027-03-01"));
    }

    @Test
    void aCommuneCannotBeClosedBeforeItCameIntoForce() {
        String closed = fixtures.freshCommune();
        remember();
        fixtures.execute("UPDATE area SET valid_from = DATE '2026-09-01' WHERE code = '" + closed + "'");
        lines = currentList();
        lines.remove(closed);
        Map<String, String> before = fixtures.tableStamps();
        importing(file(), false).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("effectiveFrom"))
                .body("errors[0].message", containsString("01/09/2026"));
        assertEquals(before, fixtures.tableStamps());
    }

    @Test
    void everyProblemOfTheFileNamesItsLineAndColumnAndNothingIsWritten() {
        String ok = "12,Tỉnh Lai Châu,03390,Xã Bình Lư\n";
        refused("province_code,province_name,commune_code\n12,Tỉnh Lai Châu,03390\n", "line 1, column commune_name",
                "Dòng 1, cột commune_name");
        refused(HEADER + ",ghi_chu\n12,Tỉnh Lai Châu,03390,Xã Bình Lư,x\n", "line 1, column ghi_chu",
                "Dòng 1, cột ghi_chu");
        refused(HEADER + "\n" + ok + "1,Tỉnh Lai Châu,03394,Xã Sin Suối Hồ\n", "line 3, column province_code",
                "2 chữ số");
        refused(HEADER + "\n" + ok + "12,Tỉnh Lai Châu,0339A,Xã Sin Suối Hồ\n", "line 3, column commune_code",
                "5 chữ số");
        refused(HEADER + "\n" + ok + "12,Tỉnh Lai Châu,03390,Xã Bình Lư mới\n", "line 3, column commune_code",
                "trùng với dòng 2");
        refused(HEADER + "\n" + ok + "97,,97001,Xã không tỉnh\n", "line 3, column province_code",
                "tỉnh 97 không có tên trong tệp và không có trong cơ sở dữ liệu");
        refused(HEADER + "\n" + ok + "12,Tỉnh Lai Châu,03394,\n", "line 3, column commune_name", "thiếu tên");
        refused(HEADER + "\n" + ok + "12,Tỉnh Lai Châu,03394\n", "line 3, column commune_name",
                "dòng có 3 giá trị");
        refused(HEADER + "\n" + ok + "12,Lai Châu,03394,Xã Sin Suối Hồ\n", "line 3, column province_name",
                "khác tên \"Tỉnh Lai Châu\"");
        refused(HEADER + "\n", "line 2, column commune_code", "không có xã/phường nào");
        refused("", "line 1, column *", "thiếu dòng tiêu đề");
        // Windows-1258/Latin-1 bytes instead of UTF-8 in the commune's name on line 3.
        byte[] latin = (HEADER + "\n" + ok + "12,T\u1EC9nh Lai Ch\u00E2u,03394,X\u00E3 Sin").getBytes(StandardCharsets.UTF_8);
        byte[] notUtf8 = java.util.Arrays.copyOf(latin, latin.length + 1);
        notUtf8[notUtf8.length - 1] = (byte) 0xE3;
        refused(notUtf8, "line 3, column commune_name", "UTF-8");
        // Several problems are all listed.
        asUnchecked(Tokens.nationalAdmin()).contentType("text/csv")
                .body((HEADER + "\n12,Tỉnh Lai Châu,3390,\n012,Tỉnh Lai Châu,03394,Xã Sin Suối Hồ\n")
                        .getBytes(StandardCharsets.UTF_8))
                .queryParam("dryRun", false).post(URL).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.contains("line 2, column commune_code",
                        "line 2, column commune_name", "line 3, column province_code"));
    }

    @Test
    void aFileOverTwoMegabytesIsRefused() {
        StringBuilder big = new StringBuilder(HEADER).append('\n');
        while (big.length() <= 2 * 1024 * 1024) {
            big.append("12,Tỉnh Lai Châu,03390,Xã Bình Lư\n");
        }
        Map<String, String> before = fixtures.tableStamps();
        asUnchecked(Tokens.nationalAdmin()).contentType("text/csv").body(big.toString().getBytes(StandardCharsets.UTF_8))
                .queryParam("dryRun", false).post(URL).then().statusCode(413)
                .contentType("application/problem+json").body("detail", containsString("2 MB"));
        assertEquals(before, fixtures.tableStamps());
    }

    @Test
    void onlyTheNationalAdministratorImports() {
        byte[] body = (HEADER + "\n12,Tỉnh Lai Châu,03390,Xã Bình Lư\n").getBytes(StandardCharsets.UTF_8);
        anonymous().contentType("text/csv").body(body).post(URL).then().statusCode(401);
        for (String token : List.of(Tokens.provinceAdmin(Fixtures.PROVINCE), Tokens.province(Fixtures.PROVINCE),
                Tokens.communeAdmin(Fixtures.COMMUNE), Tokens.coordinator(Fixtures.COMMUNE),
                Tokens.machineClient(Fixtures.PROVINCE))) {
            as(token).contentType("text/csv").body(body).queryParam("dryRun", false).post(URL).then()
                    .statusCode(403);
        }
    }

    // --- helpers --------------------------------------------------------------------------------------------

    /** The changes every scenario makes: one renamed, one closed, one reopened, one new commune of Lai Châu. */
    private record Scenario(String renamed, String closed, String reopened, String added) {
    }

    private Scenario scenario() {
        String renamed = fixtures.freshCommune();
        String closed = fixtures.freshCommune();
        String reopened = fixtures.freshCommune();
        fixtures.execute("UPDATE area SET valid_to = DATE '2026-01-01' WHERE code = '" + reopened + "'");
        String added = freeCommuneCode();
        lines = currentList();
        lines.put(renamed, List.of(Fixtures.PROVINCE, "Tỉnh Lai Châu", renamed, "Xã đổi tên " + renamed));
        lines.remove(closed);
        lines.put(reopened, List.of(Fixtures.PROVINCE, "Tỉnh Lai Châu", reopened, "Xã thử " + reopened));
        lines.put(added, List.of(Fixtures.PROVINCE, "Tỉnh Lai Châu", added, "Xã mới " + added));
        remember();
        return new Scenario(renamed, closed, reopened, added);
    }

    private void assertChanges(JsonPath answer, Scenario s) {
        Map<String, Object> rename = change(answer, "RENAMED", s.renamed);
        assertEquals("Xã thử " + s.renamed, rename.get("previousName"));
        assertEquals("Xã đổi tên " + s.renamed, rename.get("name"));
        assertEquals(lineOf(s.renamed), rename.get("line"));
        Map<String, Object> close = change(answer, "CLOSED", s.closed);
        assertEquals(EFFECTIVE, close.get("validTo"));
        assertNull(close.get("line"));
        assertEquals(lineOf(s.reopened), change(answer, "REOPENED", s.reopened).get("line"));
        Map<String, Object> add = change(answer, "ADDED", s.added);
        assertEquals("COMMUNE", add.get("level"));
        assertEquals(Fixtures.PROVINCE, add.get("provinceCode"));
        assertEquals(4, answer.getList("changes").size());
    }

    private static Map<String, Object> change(JsonPath answer, String kind, String code) {
        List<Map<String, Object>> changes = answer.getList("changes");
        return changes.stream().filter(c -> kind.equals(c.get("kind")) && code.equals(c.get("code"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + code + " in " + changes));
    }

    /** The line of a commune in {@link #file()} (header = 1). */
    private int lineOf(String code) {
        return new ArrayList<>(lines.keySet()).indexOf(code) + 2;
    }

    private ValidatableResponse importing(byte[] body, boolean dryRun) {
        return as(Tokens.nationalAdmin()).contentType("text/csv").body(body).queryParam("dryRun", dryRun)
                .queryParam("effectiveFrom", EFFECTIVE).post(URL).then();
    }

    private void refused(String csv, String field, String message) {
        refused(csv.getBytes(StandardCharsets.UTF_8), field, message);
    }

    private void refused(byte[] csv, String field, String message) {
        Map<String, String> before = fixtures.tableStamps();
        asUnchecked(Tokens.nationalAdmin()).contentType("text/csv").body(csv).queryParam("dryRun", false).post(URL)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:binhdang:problem:validation"))
                .body("errors.field", hasItem(field))
                .body("errors.find { it.field == '" + field + "' }.message", containsString(message));
        assertEquals(before, fixtures.tableStamps(), "a refused import writes nothing: " + field);
    }

    /** A commune of the national list, read through GET /api/v1/communes as the national administrator. */
    private Map<String, Object> commune(String code) {
        String province = fixtures.execute1("SELECT p.code FROM area a JOIN area p ON p.id = a.parent_id WHERE a.code = '"
                + code + "'");
        for (int page = 0; ; page++) {
            JsonPath list = as(Tokens.nationalAdmin()).queryParam("provinceCode", province).queryParam("size", 100)
                    .queryParam("page", page).get("/api/v1/communes").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = list.getList("items");
            for (Map<String, Object> item : items) {
                if (code.equals(item.get("code"))) {
                    return item;
                }
            }
            if (items.isEmpty()) {
                throw new AssertionError("commune " + code + " not in the list of province " + province);
            }
        }
    }

    private byte[] file() {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            printer.printRecord((Object[]) HEADER.split(","));
            for (List<String> line : lines.values()) {
                printer.printRecord(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Every open commune of the database with its province, as the lines of an official list. */
    private Map<String, List<String>> currentList() {
        Map<String, List<String>> list = new java.util.LinkedHashMap<>();
        String rows = fixtures.execute1("""
                SELECT string_agg(concat_ws(E'\\t', p.code, p.name, c.code, c.name), E'\\n' ORDER BY c.code)
                FROM area c JOIN area p ON p.id = c.parent_id
                WHERE c.level = 'COMMUNE' AND c.valid_to IS NULL""");
        for (String row : rows.split("\n")) {
            String[] cells = row.split("\t", -1);
            list.put(cells[2], List.of(cells));
        }
        return list;
    }

    private String freeCommuneCode() {
        return fixtures.execute1("""
                SELECT min(n)::text FROM generate_series(90000, 99999) n
                WHERE NOT EXISTS (SELECT 1 FROM area a WHERE a.code = n::text)""");
    }

    private String freeProvinceCode() {
        return fixtures.execute1("""
                SELECT max(n)::text FROM generate_series(90, 99) n
                WHERE NOT EXISTS (SELECT 1 FROM area a WHERE a.code = n::text)""");
    }

    /** id → name, parent, valid_from and valid_to of every province and commune, as text. */
    private Map<Long, String> areas() {
        Map<Long, String> rows = new HashMap<>();
        String all = fixtures.execute1("""
                SELECT string_agg(concat_ws(E'\\t', id, name, coalesce(parent_id::text, 'NULL'),
                    coalesce(quote_literal(valid_from), 'NULL'), coalesce(quote_literal(valid_to), 'NULL')), E'\\n')
                FROM area WHERE level IN ('PROVINCE', 'COMMUNE')""");
        for (String row : all.split("\n")) {
            rows.put(Long.parseLong(row.substring(0, row.indexOf('\t'))), row);
        }
        return rows;
    }

    /** Remembers the list as it is, to put it back after the test ({@link #restoreTheList}). */
    private void remember() {
        snapshot = areas();
    }

    /** Puts every province and commune back as it was; removes those the test's imports created. */
    private void restore(Map<Long, String> was) {
        Map<Long, String> now = areas();
        for (Map.Entry<Long, String> row : was.entrySet()) {
            if (row.getValue().equals(now.get(row.getKey()))) {
                continue;
            }
            String[] v = row.getValue().split("\t", -1);
            fixtures.execute("UPDATE area SET name = " + quote(v[1]) + ", parent_id = " + v[2] + ", valid_from = "
                    + v[3] + ", valid_to = " + v[4] + " WHERE id = " + v[0]);
        }
        String created = fixtures.execute1("SELECT coalesce(string_agg(DISTINCT entity_id::text, ','), '')"
                + " FROM audit_event WHERE entity_type = 'AREA' AND action = 'CREATED'");
        if (!created.isEmpty()) {
            fixtures.execute("DELETE FROM audit_event WHERE entity_type = 'AREA' AND entity_id IN (" + created + ")");
            fixtures.execute("DELETE FROM area WHERE level = 'COMMUNE' AND id IN (" + created + ")");
            fixtures.execute("DELETE FROM area WHERE id IN (" + created + ")");
        }
    }

    private static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static void assertNull(Object value) {
        org.junit.jupiter.api.Assertions.assertNull(value);
    }

    private static String sha256(byte[] body) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(body));
    }
}
