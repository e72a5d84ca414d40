package vn.binhdang.sessions;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.binhdang.support.Api.as;
import static vn.binhdang.support.Api.asUnchecked;
import static vn.binhdang.support.Fixtures.COMMUNE;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.binhdang.support.Fixtures;
import vn.binhdang.support.Tokens;

/** Idempotency-Key on POST /sessions: retries racing each other, and keys that cannot be one. */
@QuarkusTest
class IdempotentCreateTest {
    private static final int RETRIES = 20;

    @Inject
    Fixtures fixtures;

    SessionFixture f;
    String reporter;

    @BeforeEach
    void data() {
        f = new SessionFixture(fixtures);
        reporter = Tokens.unitReporter(COMMUNE, f.stationCode());
    }

    private long sessionsOf(long unitId) {
        return fixtures.count("SELECT count(*) FROM communication_session WHERE unit_id = " + unitId);
    }

    @Test
    void simultaneousRetriesWithOneKeyAllGetTheFirstAnswerAndMakeOneSession() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = f.request(f.station, "2026-03-10");
        CountDownLatch ready = new CountDownLatch(RETRIES);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(RETRIES);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < RETRIES; i++) {
                Callable<Response> retry = () -> {
                    var request = as(reporter).header("Idempotency-Key", key).body(body);
                    ready.countDown();
                    go.await();
                    return request.post("/api/v1/sessions");
                };
                answers.add(pool.submit(retry));
            }
            ready.await();
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            List<String> bodies = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                statuses.add(response.statusCode());
                bodies.add(response.asString());
            }
            assertEquals(java.util.Collections.nCopies(RETRIES, 201), statuses,
                    "every retry: " + bodies.stream().distinct().toList());
            assertEquals(List.of(bodies.get(0)), bodies.stream().distinct().toList(), "identical answers");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, sessionsOf(f.station));
        assertEquals(1, fixtures.count("SELECT count(*) FROM idempotency_record WHERE key = '" + key + "'"));
    }

    @Test
    void aKeyThatCannotBeOneIsRefusedNamingTheHeaderAndWritesNothing() {
        Map<String, Object> body = f.request(f.station, "2026-03-10");
        for (String key : List.of("", "   ", "x".repeat(101))) {
            asUnchecked(reporter).header("Idempotency-Key", key).body(body).post("/api/v1/sessions").then()
                    .statusCode(400).body("type", equalTo("urn:binhdang:problem:validation"))
                    .body("errors[0].field", equalTo("Idempotency-Key"));
        }
        assertEquals(0, sessionsOf(f.station));
    }
}
