package vn.binhdang.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.binhdang.support.Api.as;
import static vn.binhdang.support.Fixtures.COMMUNE;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.binhdang.support.Fixtures;
import vn.binhdang.support.OwnPostgres;
import vn.binhdang.support.Tokens;

/**
 * The database goes away under write load and comes back: meanwhile reads and writes get 503
 * problem+json with Retry-After, quickly; afterwards the service answers again by itself and every
 * write it acknowledged (201) is there. Runs against a PostgreSQL server of its own ({@link OwnPostgres}),
 * stopped as a crash would (-m immediate).
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.OwnDatabase.class)
class DatabaseOutageTest {
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OwnPostgres.class, Map.of(), true));
        }
    }

    private static final AtomicInteger NEXT = new AtomicInteger(500);

    @Inject
    Fixtures fixtures;

    String coordinator = Tokens.coordinator(COMMUNE);

    private static Map<String, Object> village() {
        int n = NEXT.getAndIncrement();
        return Map.of("communeCode", COMMUNE, "code", COMMUNE + "-" + n, "name", "Bản thử mất điện " + n);
    }

    private void assertUnavailable(Response response) {
        response.then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .body("type", equalTo("urn:binhdang:problem:service-unavailable"))
                .body("detail", startsWith("Cơ sở dữ liệu tạm thời không truy cập được"));
    }

    @Test
    void whileTheDatabaseIsDownRequestsGet503AndEveryAcknowledgedWriteSurvives() throws Exception {
        fixtures.areas();
        ConcurrentLinkedQueue<Integer> acknowledged = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        CountDownLatch tenWritten = new CountDownLatch(10);
        CountDownLatch refused = new CountDownLatch(1);
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            while (writing.get()) {
                try {
                    Response response = as(coordinator).body(village()).post("/api/v1/villages");
                    if (response.statusCode() == 201) {
                        acknowledged.add(response.path("id"));
                        tenWritten.countDown();
                    } else if (response.statusCode() == 503) {
                        refused.countDown();
                    } else {
                        unexpected.add(response.statusCode() + " " + response.asString());
                    }
                } catch (RuntimeException | AssertionError e) {
                    unexpected.add(e.toString());
                }
            }
        }, "writer");
        writer.start();
        assertTrue(tenWritten.await(60, TimeUnit.SECONDS), "the writer got 10 writes through");

        OwnPostgres.stopServer();
        assertTrue(refused.await(60, TimeUnit.SECONDS), "the writer is refused with 503 during the outage");
        writing.set(false);
        writer.join();
        assertEquals(List.of(), List.copyOf(unexpected));

        long started = System.nanoTime();
        assertUnavailable(as(coordinator).queryParam("communeCode", COMMUNE).get("/api/v1/villages"));
        long readMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        assertUnavailable(as(coordinator).body(village()).post("/api/v1/villages"));
        long writeMillis = (System.nanoTime() - started) / 1_000_000;
        as(coordinator, "en").get("/api/v1/villages/{id}", acknowledged.peek()).then().statusCode(503)
                .header("Retry-After", equalTo("5")).body("title", equalTo("Temporarily unavailable"))
                .body("detail", equalTo("The database cannot be reached at the moment. Please try again in a few seconds."));
        assertTrue(readMillis < 5_000 && writeMillis < 5_000,
                "503 within 5 s (read " + readMillis + " ms, write " + writeMillis + " ms)");
        System.out.printf("database outage: 503 on a read after %d ms, on a write after %d ms; %d writes acknowledged%n",
                readMillis, writeMillis, acknowledged.size());

        OwnPostgres.startServer();
        as(coordinator).queryParam("communeCode", COMMUNE).queryParam("size", 100).get("/api/v1/villages").then()
                .statusCode(200);
        as(coordinator).body(village()).post("/api/v1/villages").then().statusCode(201);
        for (Integer id : acknowledged) {
            as(coordinator).get("/api/v1/villages/{id}", id).then().statusCode(200).body("id", equalTo(id));
        }
    }
}
