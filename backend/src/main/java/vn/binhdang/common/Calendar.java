package vn.binhdang.common;

import java.time.LocalDate;
import java.time.ZoneId;

/** The programme's clock: dates are those of Vietnam (Asia/Ho_Chi_Minh), whatever the server's zone. */
public final class Calendar {
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private Calendar() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
