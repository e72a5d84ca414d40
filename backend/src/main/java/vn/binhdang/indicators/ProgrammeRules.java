package vn.binhdang.indicators;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The plan's rules that are numbers and dates, each defined once (docs/rules.md): every list, status page,
 * warning, drill-down and the indicator engine read them from here. Typed configuration
 * ({@code binhdang.rules.*}), so a province could set them, and a test can move one and see every consumer
 * follow. Dates are days of the year in Vietnam ({@code --MM-dd}).
 */
@ConfigMapping(prefix = "binhdang.rules")
public interface ProgrammeRules {
    /** Target 1: sessions on gender-equality law and policy each unit holds in a year (plan, target 1: "ít nhất 02"). */
    @WithDefault("2")
    int lawPolicySessionsRequired();

    /** Target 2: an Action-Month plan filed before this day of its year is on time (the Action Month starts 15/11). */
    @WithDefault("--11-15")
    MonthDay actionMonthPlanDeadline();

    /** Last day of the Action Month (15/11–15/12; it starts on {@link #actionMonthPlanDeadline()}). */
    @WithDefault("--12-15")
    MonthDay actionMonthEnd();

    /** Units' yearly reports reach the commune before this day (plan, section V: "trước ngày 20/11"). */
    @WithDefault("--11-20")
    MonthDay unitReportDeadline();

    /** From this day of the year, units still below the law/policy sessions required are warned about. */
    @WithDefault("--09-01")
    MonthDay lawSessionsWarningFrom();

    /** From this day of the year, units without an Action-Month plan are warned about. */
    @WithDefault("--11-01")
    MonthDay actionPlanWarningFrom();

    /** The programme template's period, for an area that has no plan recorded yet. */
    @WithDefault("2026")
    int programmeFirstYear();

    @WithDefault("2030")
    int programmeLastYear();

    default boolean lawPolicyMet(long lawPolicySessions) {
        return lawPolicySessions >= lawPolicySessionsRequired();
    }

    /** Target 2's timeliness: the plan reached the commune (its {@code receivedOn}) before the deadline of its year. */
    default boolean actionMonthPlanOnTime(LocalDate receivedOn, int year) {
        return receivedOn != null && receivedOn.isBefore(actionMonthPlanDeadline().atYear(year));
    }

    default LocalDate actionMonthStart(int year) {
        return actionMonthPlanDeadline().atYear(year);
    }

    default LocalDate actionMonthEnd(int year) {
        return actionMonthEnd().atYear(year);
    }

    /** Whether, as of this day, the warning that starts on {@code from} applies to the year. */
    static boolean warnFrom(MonthDay from, int year, LocalDate asOf) {
        return !asOf.isBefore(from.atYear(year));
    }
}
