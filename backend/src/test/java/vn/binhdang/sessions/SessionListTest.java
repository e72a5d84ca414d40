package vn.binhdang.sessions;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.binhdang.support.Api.as;
import static vn.binhdang.support.Api.asUnchecked;
import static vn.binhdang.support.Fixtures.COMMUNE;
import static vn.binhdang.support.Fixtures.OTHER_COMMUNE;
import static vn.binhdang.support.Fixtures.PROVINCE;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.binhdang.support.Fixtures;
import vn.binhdang.support.Tokens;

/** Finding sessions: filters in any combination, totals of the filtered set, exports and evidence. */
@QuarkusTest
class SessionListTest {
    @Inject
    Fixtures fixtures;

    @Inject
    SessionFactory sessionFactory;

    SessionFixture f;
    String coordinator = Tokens.coordinator(COMMUNE);
    long lawMeeting;
    long familyForPupils;
    long broadcast;

    @BeforeEach
    void data() {
        f = new SessionFixture(fixtures);
        lawMeeting = f.create(coordinator, f.request(f.station, "2026-03-10"));
        Map<String, Object> family = f.request(f.school, "2026-03-20");
        family.put("topicIds", List.of(f.family));
        family.put("audienceGroupIds", List.of(f.pupils));
        family.put("campaignId", f.campaign);
        family.put("participantsMale", 10);
        family.put("participantsFemale", 12);
        family.put("ethnicMinorityParticipants", 20);
        family.remove("villageId");
        familyForPupils = f.create(coordinator, family);
        Map<String, Object> radio = f.request(f.station, "2026-06-01");
        radio.put("formatId", f.loudspeaker);
        radio.put("participantsMale", 0);
        radio.put("participantsFemale", 0);
        radio.put("ethnicMinorityParticipants", 0);
        radio.put("reach", 900);
        broadcast = f.create(coordinator, radio);
    }

    private Response list(Map<String, Object> filters) {
        return as(coordinator).queryParams(filters).get("/api/v1/sessions");
    }

    /**
     * DOMAIN.md: a unit reporter sees their own unit's records — the list, its totals, the export, the details,
     * the unit summaries and the targets' drill-down keep to their unit — while the commune's aggregate figures
     * (indicators, dashboard, warnings) are the same as the coordinator's.
     */
    @Test
    void aUnitReporterFindsOnlyTheirUnitsSessionsWhileTheCommunesFiguresStay() {
        String reporter = Tokens.unitReporter(COMMUNE, f.stationCode());
        as(reporter).queryParam("size", 100).get("/api/v1/sessions").then().statusCode(200)
                .body("items.unitId", everyItem(equalTo((int) f.station)))
                .body("items.id", hasItems((int) lawMeeting, (int) broadcast))
                .body("items.id", not(hasItem((int) familyForPupils)))
                .body("totalItems", equalTo(2)).body("totals.sessions", equalTo(2)).body("totals.units", equalTo(1));
        // Naming another unit does not widen the scope.
        as(reporter).queryParam("unitId", f.school).get("/api/v1/sessions").then().statusCode(200)
                .body("totalItems", equalTo(0)).body("totals.sessions", equalTo(0));
        String csv = as(reporter).get("/api/v1/sessions/export").then().statusCode(200).extract().asString();
        assertTrue(csv.contains(f.tag + "-TYT"), csv);
        assertFalse(csv.contains(f.tag + "-TH"), csv);
        as(reporter).get("/api/v1/sessions/{id}", familyForPupils).then().statusCode(404);
        as(reporter).get("/api/v1/sessions/{id}", lawMeeting).then().statusCode(200);
        as(reporter).queryParam("year", 2026).get("/api/v1/units/{id}/session-summary", f.school).then().statusCode(404);
        as(reporter).queryParam("year", 2026).get("/api/v1/units/{id}/session-summary", f.station).then().statusCode(200);
        // The coordinator still sees both units.
        list(Map.of("unitId", f.school)).then().body("items.id", contains((int) familyForPupils));
        list(Map.of("unitId", f.station)).then().body("items.id", hasItems((int) lawMeeting, (int) broadcast));

        as(coordinator).queryParam("year", 2026).get("/api/v1/indicators/1/records").then().statusCode(200)
                .body("items.code", hasItem(not(equalTo(f.tag + "-TYT"))));
        as(reporter).queryParam("year", 2026).get("/api/v1/indicators/1/records").then().statusCode(200)
                .body("items.code", everyItem(equalTo(f.tag + "-TYT"))).body("items.code", hasItem(f.tag + "-TYT"));
        for (String figures : List.of("/api/v1/indicators", "/api/v1/dashboard")) {
            String commune = as(coordinator).queryParam("year", 2026).get(figures).then().statusCode(200).extract()
                    .asString();
            String reporters = as(reporter).queryParam("year", 2026).get(figures).then().statusCode(200).extract()
                    .asString();
            assertEquals(commune, reporters, figures + " is the commune's, whoever reads it");
        }
        assertEquals(as(coordinator).queryParam("year", 2026).get("/api/v1/warnings").then().statusCode(200).extract()
                .jsonPath().getList("$").size(),
                as(reporter).queryParam("year", 2026).get("/api/v1/warnings").then().statusCode(200).extract()
                        .jsonPath().getList("$").size());
    }

    @Test
    void totalsCoverTheWholeFilteredSetNotJustThePage() {
        list(Map.of("unitId", f.station, "size", 1)).then().statusCode(200)
                .body("items", hasSize(1)).body("totalItems", equalTo(2)).body("totalPages", equalTo(2))
                .body("items[0].id", equalTo((int) broadcast))
                .body("totals.sessions", equalTo(2)).body("totals.participantsMale", equalTo(18))
                .body("totals.participantsFemale", equalTo(27)).body("totals.participantsTotal", equalTo(45))
                .body("totals.ethnicMinorityParticipants", equalTo(40)).body("totals.units", equalTo(1));
    }

    @Test
    void everyFilterNarrowsTheList() {
        list(Map.of("topicId", f.family, "unitId", f.school)).then().body("items.id", contains((int) familyForPupils));
        list(Map.of("audienceGroupId", f.pupils, "unitId", f.school)).then()
                .body("items.id", contains((int) familyForPupils));
        list(Map.of("campaignId", f.campaign)).then().body("items.id", contains((int) familyForPupils))
                .body("totals.participantsTotal", equalTo(22)).body("totals.units", equalTo(1));
        list(Map.of("formatId", f.loudspeaker, "unitId", f.station)).then().body("items.id", contains((int) broadcast));
        list(Map.of("villageId", f.village, "unitId", f.station, "topicId", f.lawPolicy)).then()
                .body("items.id", contains((int) broadcast, (int) lawMeeting));
        list(Map.of("from", "2026-03-01", "to", "2026-03-15", "unitId", f.station)).then()
                .body("items.id", contains((int) lawMeeting));
        list(Map.of("year", 2025, "unitId", f.station)).then().body("totalItems", equalTo(0));
        list(Map.of("year", 2026, "unitId", f.station, "sort", "heldOn")).then()
                .body("items.id", contains((int) lawMeeting, (int) broadcast));
        list(Map.of("unitId", f.station, "topicId", f.family, "audienceGroupId", f.men)).then()
                .body("totalItems", equalTo(0)).body("totals.participantsTotal", equalTo(0));
    }

    @Test
    void filtersAcceptStableCodesAndGiveTheSameRowsAsIds() {
        String school = f.tag + "-TH";
        String station = f.tag + "-TYT";
        String villageCode = fixtures.execute1("SELECT code FROM area WHERE id = " + f.village);
        list(Map.of("topicCode", "FAMILY", "unitCode", school)).then().body("items.id", contains((int) familyForPupils));
        list(Map.of("audienceGroupCode", "PUPILS", "unitCode", school)).then()
                .body("items.id", contains((int) familyForPupils));
        list(Map.of("formatCode", "LOUDSPEAKER", "unitCode", station)).then().body("items.id", contains((int) broadcast));
        list(Map.of("villageCode", villageCode, "unitCode", station, "topicCode", "LAW_POLICY")).then()
                .body("items.id", contains((int) broadcast, (int) lawMeeting));
        list(Map.of("unitCode", station, "topicCode", "FAMILY", "audienceGroupCode", "MEN")).then()
                .body("totalItems", equalTo(0));
        list(Map.of("unitCode", "NO-SUCH-UNIT")).then().body("totalItems", equalTo(0));
        // A code that cannot be one is refused naming the parameter, not silently ignored.
        asUnchecked(coordinator).queryParam("topicCode", "law policy").get("/api/v1/sessions").then().statusCode(400)
                .body("errors[0].field", equalTo("topicCode"));
    }

    @Test
    void provinceUsersSeeEveryCommuneAndMayNarrowToOne() {
        as(Tokens.province(PROVINCE)).queryParam("unitId", f.school).get("/api/v1/sessions").then()
                .body("totalItems", equalTo(1));
        as(Tokens.province(PROVINCE)).queryParam("unitId", f.school).queryParam("communeCode", OTHER_COMMUNE)
                .get("/api/v1/sessions").then().body("totalItems", equalTo(0));
        as(Tokens.province("01")).queryParam("unitId", f.school).get("/api/v1/sessions").then()
                .body("totalItems", equalTo(0));
    }

    @Test
    void aPageOfSessionsCostsAFixedNumberOfStatements() {
        for (int day = 1; day <= 12; day++) {
            f.create(coordinator, f.request(f.school, "2026-07-%02d".formatted(day)));
        }
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        list(Map.of("unitId", f.school, "size", 5)).then().statusCode(200).body("items", hasSize(5));
        long forFive = statistics.getPrepareStatementCount();
        statistics.clear();
        list(Map.of("unitId", f.school, "size", 13)).then().statusCode(200).body("items", hasSize(13));
        assertEquals(forFive, statistics.getPrepareStatementCount(), "statements must not grow with the page");
    }

    @Test
    void csvExportHasVietnameseHeadersAndOneRowPerSession() {
        byte[] body = as(coordinator).queryParam("unitId", f.station).queryParam("format", "csv")
                .get("/api/v1/sessions/export").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("buoi-truyen-thong"))
                .extract().asByteArray();
        String csv = new String(body, StandardCharsets.UTF_8);
        List<String> lines = Arrays.asList(csv.split("\r\n"));
        assertTrue(lines.get(0).startsWith("\uFEFFNgày tổ chức,Mã đơn vị,Đơn vị,"), lines.get(0));
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).startsWith("01/06/2026,"), lines.get(1));
        assertTrue(lines.get(2).contains("Pháp luật, chính sách về bình đẳng giới") || lines.get(2).contains("\"Pháp luật"),
                lines.get(2));
    }

    @Test
    void xlsxExportIsASpreadsheet() {
        byte[] xlsx = as(coordinator).queryParam("unitId", f.station).queryParam("format", "xlsx")
                .get("/api/v1/sessions/export").then().statusCode(200)
                .contentType(SessionResource.XLSX).extract().asByteArray();
        assertArrayEquals(new byte[] {'P', 'K', 3, 4}, Arrays.copyOf(xlsx, 4));
        asUnchecked(coordinator).queryParam("format", "pdf").get("/api/v1/sessions/export").then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
    }

    @Test
    void evidenceIsCheckedByContentStoredWithChecksumAndReadableInScope() throws Exception {
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        String reporter = Tokens.unitReporter(COMMUNE, f.stationCode());
        // As a browser sends it: the file name in UTF-8.
        var browserLike = io.restassured.config.RestAssuredConfig.config()
                .httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                        .httpMultipartMode(org.apache.http.entity.mime.HttpMultipartMode.BROWSER_COMPATIBLE))
                .multiPartConfig(io.restassured.config.MultiPartConfig.multiPartConfig().defaultCharset("UTF-8"));
        Response saved = as(reporter).config(browserLike).contentType("multipart/form-data")
                .multiPart("file", "Biên bản họp bản.pdf", pdf, "application/pdf")
                .post("/api/v1/sessions/{id}/attachments", lawMeeting);
        saved.then().statusCode(201).body("contentType", equalTo("application/pdf"))
                .body("fileName", equalTo("Biên bản họp bản.pdf")).body("sizeBytes", equalTo(pdf.length))
                .body("sha256", equalTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf))));
        int attachmentId = saved.path("id");
        byte[] back = as(Tokens.viewer(COMMUNE)).get("/api/v1/sessions/{id}/attachments/{a}", lawMeeting, attachmentId)
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("filename*=UTF-8''Bi%C3%AAn"))
                .extract().asByteArray();
        assertArrayEquals(pdf, back);
        as(Tokens.coordinator(OTHER_COMMUNE)).get("/api/v1/sessions/{id}/attachments/{a}", lawMeeting, attachmentId)
                .then().statusCode(404);
        as(coordinator).get("/api/v1/sessions/{id}", lawMeeting).then().body("attachments[0].id", equalTo(attachmentId));

        byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        as(reporter).contentType("multipart/form-data").multiPart("file", "anh.jpg", script, "image/jpeg")
                .post("/api/v1/sessions/{id}/attachments", lawMeeting).then().statusCode(400)
                .body("errors[0].field", equalTo("file"));
        as(Tokens.viewer(COMMUNE)).contentType("multipart/form-data").multiPart("file", "a.pdf", pdf, "application/pdf")
                .post("/api/v1/sessions/{id}/attachments", lawMeeting).then().statusCode(403);
        // Another unit's reporter: the session is not theirs to see (404), nor its evidence.
        as(Tokens.unitReporter(COMMUNE, "KHAC")).contentType("multipart/form-data")
                .multiPart("file", "a.pdf", pdf, "application/pdf")
                .post("/api/v1/sessions/{id}/attachments", lawMeeting).then().statusCode(404);
        as(Tokens.unitReporter(COMMUNE, "KHAC")).get("/api/v1/sessions/{id}/attachments/{a}", lawMeeting, attachmentId)
                .then().statusCode(404);
        assertEquals(1, fixtures.count("SELECT count(*) FROM session_attachment WHERE session_id = " + lawMeeting));
    }

    @Test
    void tooLargeEvidenceIsRefused() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        big[0] = '%';
        big[1] = 'P';
        big[2] = 'D';
        big[3] = 'F';
        big[4] = '-';
        as(coordinator).contentType("multipart/form-data").multiPart("file", "big.pdf", big, "application/pdf")
                .post("/api/v1/sessions/{id}/attachments", lawMeeting).then().statusCode(413)
                .contentType("application/problem+json");
    }
}
