package vn.binhdang.people;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static vn.binhdang.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.binhdang.security.Roles;
import vn.binhdang.support.Fixtures;
import vn.binhdang.support.Tokens;

/** Keycloak out of reach: managing people answers 503 with Retry-After, never 500, and nothing is written. */
@QuarkusTest
@TestProfile(KeycloakUnreachableTest.NoKeycloak.class)
class KeycloakUnreachableTest {
    /** The admin client pointed at a port where nothing listens. */
    public static class NoKeycloak implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.keycloak.admin-client.server-url", "http://127.0.0.1:9", "binhdang.people.retry-after", "7S");
        }
    }

    @Inject
    Fixtures fixtures;

    @Test
    void listingAndInvitingAnswer503WithRetryAfter() {
        fixtures.areas();
        String admin = Tokens.communeAdmin(Fixtures.COMMUNE);
        as(admin).get("/api/v1/people").then().statusCode(503).header("Retry-After", equalTo("7"))
                .contentType("application/problem+json").body("detail", notNullValue());
        long people = fixtures.count("SELECT count(*) FROM person");
        as(admin).contentType("application/json")
                .body(Map.of("username", "khongtoi.keycloak", "firstName", "A", "lastName", "B", "role", Roles.VIEWER))
                .post("/api/v1/people").then().statusCode(503).header("Retry-After", equalTo("7"));
        org.junit.jupiter.api.Assertions.assertEquals(people, fixtures.count("SELECT count(*) FROM person"));
    }
}
