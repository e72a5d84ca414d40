package vn.binhdang.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.binhdang.support.Fixtures;

/** Loading the demo data twice (a second scripts/start.sh) duplicates nothing. */
@QuarkusTest
class DemoDataTest {
    private static final String PLAN_UNITS_OF_BINH_LU = """
            SELECT count(*) FROM unit u JOIN area c ON c.id = u.commune_id WHERE c.code = '03390' AND u.code IN
            ('VHXH','KT','TTDVTH','MN-BL','TH-BL','THCS-BL','TYT','VP-UBND','MTTQ','HLHPN','DTN','HND','HCCB','HTX-CHE')""";

    @Inject
    DemoData demoData;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Fixtures fixtures;

    @Test
    void loadingTwiceKeepsOneCopyOfEveryRecord() throws Exception {
        demoData.load(dataSource);
        long units = fixtures.count("SELECT count(*) FROM unit");
        long areas = fixtures.count("SELECT count(*) FROM area");
        demoData.load(dataSource);
        assertEquals(units, fixtures.count("SELECT count(*) FROM unit"));
        assertEquals(areas, fixtures.count("SELECT count(*) FROM area"));
        assertEquals(14, fixtures.count(PLAN_UNITS_OF_BINH_LU));
        assertEquals(8, fixtures.count("SELECT count(*) FROM area v JOIN area c ON c.id = v.parent_id "
                + "WHERE c.code = '03390' AND v.code LIKE '03390-0_'"));
    }
}
