package vn.binhdang.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.binhdang.support.Api.as;
import static vn.binhdang.support.Api.asUnchecked;
import static vn.binhdang.support.Fixtures.COMMUNE;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.binhdang.support.Fixtures;
import vn.binhdang.support.Tokens;

/** Bad input is a 400 problem+json naming the fields, in the caller's language, and writes nothing. */
@QuarkusTest
class ProblemDetailsTest {
    @Inject
    Fixtures fixtures;

    String coordinator = Tokens.coordinator(COMMUNE);

    @BeforeEach
    void data() {
        fixtures.areas();
    }

    private long unitsInDatabase() {
        return fixtures.count("SELECT count(*) FROM unit");
    }

    private static Map<String, Object> valid() {
        Map<String, Object> body = new HashMap<>();
        body.put("communeCode", COMMUNE);
        body.put("kind", "SCHOOL");
        body.put("code", "PB-" + Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase());
        body.put("name", "Trường thử");
        body.put("activeFrom", "2026-01-01");
        return body;
    }

    @Test
    void malformedJsonIsAMalformedRequest() {
        long before = unitsInDatabase();
        asUnchecked(coordinator).body("{\"name\": \"Trường").post("/api/v1/units").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:binhdang:problem:malformed-request"))
                .body("title", equalTo("Yêu cầu không đọc được"))
                .body("detail", not(containsString("Exception")))
                .body("detail", not(containsString("jackson")));
        assertEquals(before, unitsInDatabase());
    }

    @Test
    void unknownEnumValueNamesTheFieldAndTheAllowedValues() {
        Map<String, Object> body = valid();
        body.put("kind", "CASTLE");
        asUnchecked(coordinator).body(body).post("/api/v1/units").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:binhdang:problem:validation"))
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", containsString("HEALTH_STATION"));
    }

    @Test
    void wrongTypeNamesTheField() {
        Map<String, Object> body = valid();
        body.put("activeFrom", "01/01/2026");
        asUnchecked(coordinator).body(body).post("/api/v1/units").then().statusCode(400)
                .body("errors[0].field", equalTo("activeFrom"))
                .body("errors[0].message", containsString("yyyy-MM-dd"));
        body = valid();
        body.put("targets", "một");
        asUnchecked(coordinator).body(body).post("/api/v1/units").then().statusCode(400)
                .body("errors[0].field", equalTo("targets"));
    }

    @Test
    void everyInvalidFieldIsListedInVietnamese() {
        long before = unitsInDatabase();
        Map<String, Object> body = new HashMap<>();
        body.put("communeCode", "3390");
        body.put("code", "tram y te");
        body.put("name", "x".repeat(201));
        body.put("phone", "12345");
        body.put("email", "không-phải-email");
        body.put("targets", new int[] {1, 6});
        asUnchecked(coordinator).body(body).post("/api/v1/units").then().statusCode(400)
                .contentType("application/problem+json")
                .header("Content-Language", "vi")
                .body("title", equalTo("Dữ liệu không hợp lệ"))
                .body("detail", equalTo("Có 8 trường không hợp lệ."))
                .body("errors.field", hasItem("communeCode"))
                .body("errors.field", hasItem("kind"))
                .body("errors.field", hasItem("code"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("phone"))
                .body("errors.field", hasItem("email"))
                .body("errors.field", hasItem("activeFrom"))
                .body("errors.field", hasItem("targets"))
                .body("errors.find { it.field == 'name' }.message", equalTo("Tối đa 200 ký tự"))
                .body("errors.find { it.field == 'kind' }.message", equalTo("Trường này là bắt buộc"));
        assertEquals(before, unitsInDatabase());
    }

    @Test
    void englishWhenTheCallerAsksForIt() {
        Map<String, Object> body = valid();
        body.put("code", "bad code");
        asUnchecked(coordinator, "en").body(body).post("/api/v1/units").then().statusCode(400)
                .header("Content-Language", "en")
                .body("title", equalTo("Invalid data"))
                .body("detail", equalTo("1 field is invalid."))
                .body("errors[0].message", containsString("capital letters"));
    }

    @Test
    void badQueryParametersAreValidationErrors() {
        asUnchecked(coordinator).queryParam("size", 1000).get("/api/v1/units").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        asUnchecked(coordinator).queryParam("sort", "password").get("/api/v1/units").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        asUnchecked(coordinator).queryParam("kind", "CASTLE").get("/api/v1/units").then().statusCode(400)
                .contentType("application/problem+json");
        asUnchecked(coordinator).queryParam("communeCode", "abc").get("/api/v1/units").then().statusCode(400)
                .body("errors[0].field", equalTo("communeCode"));
        // A badly typed query or path parameter is a 400 naming it, not JAX-RS's 404 (common/ParamConverters).
        asUnchecked(coordinator).get("/api/v1/units/abc").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("id"));
        asUnchecked(coordinator).queryParam("year", "abc").get("/api/v1/action-month-plans").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        asUnchecked(coordinator).queryParam("page", "99999999999").get("/api/v1/units").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        asUnchecked(coordinator).queryParam("page", "2147483647").get("/api/v1/units").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        asUnchecked(coordinator).queryParam("q", "a\u0000b").get("/api/v1/units").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("q"));
    }

    private void refusedField(String json, String field, String messagePart) {
        long before = unitsInDatabase();
        asUnchecked(coordinator).body(json).post("/api/v1/units").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", containsString(messagePart));
        assertEquals(before, unitsInDatabase());
    }

    private String validJson(String field, String rawValue) throws Exception {
        Map<String, Object> body = valid();
        body.remove(field);
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        return "{\"" + field + "\": " + rawValue + ", " + json.substring(1);
    }

    @Test
    void strictJsonRefusesCoercionsWithTheField() throws Exception {
        // An integer "date" was stored as the year 57443; a date-time, a signed year, a year beyond 9999 too.
        refusedField(validJson("activeFrom", "20000000"), "activeFrom", "yyyy-MM-dd");
        refusedField(validJson("activeFrom", "\"2026-01-01T00:00:00\""), "activeFrom", "yyyy-MM-dd");
        refusedField(validJson("activeFrom", "\"+300000-01-01\""), "activeFrom", "yyyy-MM-dd");
        refusedField(validJson("activeFrom", "\"-5000-01-01\""), "activeFrom", "yyyy-MM-dd");
        refusedField(validJson("kind", "1"), "kind", "");
        refusedField(validJson("name", "12"), "name", "");
        refusedField(validJson("name", "\"Tr\\u0000ường\""), "name", "ký tự điều khiển");
        refusedField(validJson("targets", "[99999999999]"), "targets[0]", "số nguyên");
        // The same key twice: which one counts? Refused, naming it.
        refusedField(validJson("name", "\"A\", \"name\": \"B\""), "name", "hai lần");
    }

    @Test
    void textAfterTheDocumentIsRefused() throws Exception {
        long before = unitsInDatabase();
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(valid());
        asUnchecked(coordinator).body(json + " {}").post("/api/v1/units").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:binhdang:problem:malformed-request"))
                .body("detail", containsString("nội dung thừa"));
        assertEquals(before, unitsInDatabase());
    }

    @Test
    void malformedAcceptLanguageStillAnswersAProblem() {
        asUnchecked(coordinator, ";;,q=x").queryParam("size", 1000).get("/api/v1/units")
                .then().statusCode(400).contentType("application/problem+json").header("Content-Language", "vi");
        asUnchecked(coordinator, "en;q=").queryParam("size", 1000).get("/api/v1/units")
                .then().statusCode(400).contentType("application/problem+json");
        asUnchecked(coordinator, "fr, en;q=0.9, vi;q=0.1").queryParam("size", 1000)
                .get("/api/v1/units").then().statusCode(400).header("Content-Language", "en");
    }

    @Test
    void missingBodyIsAValidationError() {
        asUnchecked(coordinator).post("/api/v1/units").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void wrongContentTypeIsUnsupportedMediaType() {
        asUnchecked(coordinator).contentType(ContentType.TEXT).body("name=x").post("/api/v1/units").then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:binhdang:problem:unsupported-media-type"));
    }

    @Test
    void unknownPathIsANotFoundProblem() {
        asUnchecked(coordinator).get("/api/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:binhdang:problem:not-found"))
                .body("instance", equalTo("/api/v1/nothing-here"))
                .body("status", equalTo(404))
                .body("title", notNullValue());
    }
}
