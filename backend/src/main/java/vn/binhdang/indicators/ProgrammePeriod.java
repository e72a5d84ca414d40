package vn.binhdang.indicators;

/**
 * The years of a programme plan ({@code period_start}–{@code period_end}); its figures start from the
 * baseline year before it (the 2025 survey for the 2026–2030 plan).
 */
public record ProgrammePeriod(int firstYear, int lastYear) {
    public int baselineYear() {
        return firstYear - 1;
    }

    /** Whether the year has figures: the baseline or a year of the plan. */
    public boolean covers(int year) {
        return year >= baselineYear() && year <= lastYear;
    }
}
