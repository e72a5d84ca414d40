package vn.binhdang.support;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import vn.binhdang.common.Calendar;

/**
 * The application's clock in tests: the real time until a test sets it, back to the real time after every
 * test ({@link ResetClockAfterEach}). Being a {@code Clock} bean, it replaces the default one.
 */
@Singleton
public class TestClock extends Clock {
    private volatile Instant fixed;

    /** From now on "now" is this local time in Vietnam. */
    public void set(LocalDateTime vietnamTime) {
        fixed = vietnamTime.atZone(Calendar.ZONE).toInstant();
    }

    /** From now on "today" is this day in Vietnam (at noon). */
    public void setToday(LocalDate day) {
        set(day.atTime(LocalTime.NOON));
    }

    public void set(Instant instant) {
        fixed = instant;
    }

    public void reset() {
        fixed = null;
    }

    public LocalDate today() {
        return Calendar.today(this);
    }

    @Override
    public ZoneId getZone() {
        return Calendar.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now != null ? now : Instant.now();
    }
}
