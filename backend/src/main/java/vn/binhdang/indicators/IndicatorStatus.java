package vn.binhdang.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Where a yearly value stands against its target: met; on track or at risk during the year (against
 * the share of the year gone by); not met once the year is over; no data when nothing can be counted;
 * not started for a year still to come.
 */
public enum IndicatorStatus {
    MET,
    ON_TRACK,
    AT_RISK,
    NOT_MET,
    NO_DATA,
    NOT_STARTED;

    static IndicatorStatus of(BigDecimal value, BigDecimal target, int year, LocalDate today) {
        if (year > today.getYear()) {
            return NOT_STARTED;
        }
        if (value == null) {
            return NO_DATA;
        }
        if (target == null || value.compareTo(target) >= 0) {
            return target == null ? NO_DATA : MET;
        }
        if (year < today.getYear()) {
            return NOT_MET;
        }
        BigDecimal elapsed = BigDecimal.valueOf(today.getDayOfYear())
                .divide(BigDecimal.valueOf(today.lengthOfYear()), 4, RoundingMode.HALF_UP);
        return value.compareTo(target.multiply(elapsed)) >= 0 ? ON_TRACK : AT_RISK;
    }
}
