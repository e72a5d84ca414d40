package vn.binhdang.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The programme's calendar: dates are those of Vietnam (Asia/Ho_Chi_Minh), whatever the server's zone.
 * "Today" always comes from the injected {@link Clock} ({@link ProgrammeClock}), so every date rule can be
 * tested on both sides of its date.
 */
public final class Calendar {
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Calendar() {
    }

    /** Today in Vietnam by this clock (31/12 23:30 in Hà Nội is still 31/12, though UTC says otherwise). */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** Now, as an offset date-time in Vietnam, by this clock. */
    public static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.ofInstant(clock.instant(), ZONE);
    }

    public static LocalDate startOfYear(int year) {
        return LocalDate.of(year, 1, 1);
    }

    public static LocalDate endOfYear(int year) {
        return LocalDate.of(year, 12, 31);
    }

    /** dd/MM/yyyy, as dates are shown in Vietnam. */
    public static String format(LocalDate date) {
        return DISPLAY.format(date);
    }
}
