package vn.binhdang.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.binhdang.support.Api.as;
import static vn.binhdang.support.Api.outsideContract;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.binhdang.support.Fixtures;
import vn.binhdang.support.Tokens;

/** Security headers on API answers, CORS only for the SPA's origin, and the health check. */
@QuarkusTest
class HttpHeadersTest {

    @Test
    void apiAnswersCarrySecurityHeaders() {
        as(Tokens.coordinator(Fixtures.COMMUNE)).get("/api/v1/me").then()
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void corsAllowsOnlyTheSpaOrigin() {
        outsideContract().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/units").then()
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"));
        outsideContract().header("Origin", "http://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/units").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void healthIsUpWithTheDatabase() {
        outsideContract().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
