package vn.binhdang.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.binhdang.support.Api.anonymous;
import static vn.binhdang.support.Api.as;
import static vn.binhdang.support.Fixtures.COMMUNE;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.binhdang.support.Tokens;

/**
 * Rate limits per user, per client and per address, set low (3, 5 and 2 an hour) so that they are met:
 * the request past a limit gets 429 problem+json with Retry-After, and nobody else is held back by it.
 */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimits.class)
class RateLimitTest {
    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("binhdang.rate-limit.user.requests", "3", "binhdang.rate-limit.user.period", "1H",
                    "binhdang.rate-limit.client.requests", "5", "binhdang.rate-limit.client.period", "1H",
                    "binhdang.rate-limit.anonymous.requests", "2", "binhdang.rate-limit.anonymous.period", "1H");
        }
    }

    private static void assertLimited(Response response) {
        response.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("urn:binhdang:problem:too-many-requests"))
                .body("title", equalTo("Quá nhiều yêu cầu"))
                .body("detail", startsWith("Bạn đã gửi quá nhiều yêu cầu"));
        long seconds = Long.parseLong(response.header("Retry-After"));
        assertTrue(seconds >= 1 && seconds <= 3600, "Retry-After " + seconds + " s, within the hour's period");
    }

    @Test
    void aUserPastTheirLimitGets429AndOtherUsersDoNot() {
        String first = Tokens.user("gioihan.mot", "coordinator", "12", COMMUNE, null);
        String second = Tokens.user("gioihan.hai", "coordinator", "12", COMMUNE, null);
        for (int i = 0; i < 3; i++) {
            as(first).get("/api/v1/me").then().statusCode(200);
        }
        assertLimited(as(first).get("/api/v1/me"));
        assertLimited(as(first).queryParam("communeCode", COMMUNE).get("/api/v1/villages"));
        as(second).get("/api/v1/me").then().statusCode(200).body("username", equalTo("gioihan.hai"));
        as(first, "en").get("/api/v1/me").then().statusCode(429).body("title", equalTo("Too many requests"));
    }

    @Test
    void theUsersOfOneClientShareItsLimit() {
        String a = Tokens.coordinatorThrough("khach.mot", COMMUNE, "binhdang-tool");
        String b = Tokens.coordinatorThrough("khach.hai", COMMUNE, "binhdang-tool");
        String elsewhere = Tokens.coordinatorThrough("khach.ba", COMMUNE, "binhdang-other-tool");
        for (int i = 0; i < 3; i++) {
            as(a).get("/api/v1/me").then().statusCode(200);
        }
        as(b).get("/api/v1/me").then().statusCode(200);
        as(b).get("/api/v1/me").then().statusCode(200);
        // b has used 2 of their own 3, but the client's 5 are gone
        assertLimited(as(b).get("/api/v1/me"));
        as(elsewhere).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void requestsWithoutAValidTokenCountAgainstTheirAddress() {
        anonymous().get("/api/v1/me").then().statusCode(401);
        as("not-a-token").get("/api/v1/me").then().statusCode(401);
        assertLimited(anonymous().get("/api/v1/me"));
        // a forged token is no way around it
        assertLimited(as(Tokens.user("gioihan.mot", "coordinator", "12", COMMUNE, null) + "x").get("/api/v1/me"));
        // signed-in callers from the same address are counted as themselves
        as(Tokens.user("gioihan.bon", "coordinator", "12", COMMUNE, null)).get("/api/v1/me").then().statusCode(200);
    }
}
