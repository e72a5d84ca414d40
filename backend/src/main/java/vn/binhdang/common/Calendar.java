package vn.binhdang.common;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The programme's clock: dates are those of Vietnam (Asia/Ho_Chi_Minh), whatever the server's zone. */
public final class Calendar {
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Calendar() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** dd/MM/yyyy, as dates are shown in Vietnam. */
    public static String format(LocalDate date) {
        return DISPLAY.format(date);
    }
}
