package vn.binhdang.units;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.binhdang.support.Api.as;
import static vn.binhdang.support.Fixtures.PROVINCE;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import vn.binhdang.support.Fixtures;
import vn.binhdang.support.Tokens;

/** A page of units costs two statements (the page and its count), however many rows it shows. */
@QuarkusTest
class UnitQueryCountTest {
    @Inject
    Fixtures fixtures;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void listingAPageRunsTwoStatementsWhateverItsLength() {
        fixtures.areas();
        String tag = "Q" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        for (int i = 0; i < 30; i++) {
            String commune = i % 2 == 0 ? Fixtures.COMMUNE : Fixtures.OTHER_COMMUNE;
            fixtures.unit(commune, tag + "-" + i, "Đơn vị đếm truy vấn " + tag + " " + i, "OTHER",
                    LocalDate.of(2026, 1, 1), null);
        }
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        as(Tokens.province(PROVINCE)).queryParam("q", tag).queryParam("size", 30).get("/api/v1/units").then()
                .statusCode(200).body("items.size()", equalTo(30)).body("items.communeName[1]", equalTo(
                        "Xã Sin Suối Hồ"));
        assertEquals(2, statistics.getPrepareStatementCount(), "statements for one page of 30 units");
    }
}
