package vn.binhdang.indicators;

import vn.binhdang.common.ProblemException;

/**
 * The years of a programme plan ({@code period_start}–{@code period_end}); its figures start from the
 * baseline year before it (the 2025 survey for the 2026–2030 plan).
 */
public record ProgrammePeriod(int firstYear, int lastYear) {
    public int baselineYear() {
        return firstYear - 1;
    }

    /** Refuses (400, field {@code year}) a year outside the plan's period, for records that belong to a plan year. */
    public void checkPlanYear(int year) {
        if (year < firstYear || year > lastYear) {
            throw ProblemException.invalidField("year", "plan.year.outside-period", firstYear, lastYear);
        }
    }

    /** Whether the year has figures: the baseline or a year of the plan. */
    public boolean covers(int year) {
        return year >= baselineYear() && year <= lastYear;
    }
}
