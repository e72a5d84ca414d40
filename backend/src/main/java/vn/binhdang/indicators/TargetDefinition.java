package vn.binhdang.indicators;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import vn.binhdang.common.Messages;

/**
 * The plan's five targets as definitions, apart from their values (as DHIS2 keeps indicator definitions
 * apart from data values): each target's number, stable code, measure and the bounds the plan sets on its
 * yearly values. Titles, formulas and notes live in the message bundles under {@code indicator.<n>.*}
 * ({@code i18n/messages*.properties}), so every screen, report and pull reads the same words in the
 * caller's language. The counting rules themselves are in {@link ProgrammeRules} (numbers and dates) and in
 * the SQL functions of migration V8 (docs/rules.md).
 */
public enum TargetDefinition {
    LAW_POLICY_SESSIONS(1, Measure.PERCENT),
    ACTION_MONTH_PLANS(2, Measure.PERCENT),
    AWARENESS_CHANGE(3, Measure.CHANGE),
    GENDER_CHECKED_MEDIA(4, Measure.PERCENT),
    CONVENTIONS_FREE_OF_DISCRIMINATION(5, Measure.PERCENT);

    /** What a value is: a share of records, or target 3's change of awareness since the baseline. */
    public enum Measure {
        PERCENT,
        CHANGE
    }

    /** The smallest and largest yearly value the plan allows. */
    public record Bounds(BigDecimal min, BigDecimal max) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public final int number;
    public final Measure measure;

    TargetDefinition(int number, Measure measure) {
        this.number = number;
        this.measure = measure;
    }

    public static TargetDefinition of(int number) {
        return Arrays.stream(values()).filter(t -> t.number == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no target " + number));
    }

    /**
     * The plan's bounds for a yearly value: targets 1 and 2 are 100 % every year; target 3 rises at most 15
     * points and reaches 10–15 in the programme's last year; targets 4 and 5 reach 100 % in the last year.
     */
    public Bounds bounds(int year, int lastYear) {
        boolean last = year == lastYear;
        return switch (this) {
            case LAW_POLICY_SESSIONS, ACTION_MONTH_PLANS -> new Bounds(HUNDRED, HUNDRED);
            case AWARENESS_CHANGE -> new Bounds(last ? BigDecimal.TEN : BigDecimal.ZERO, BigDecimal.valueOf(15));
            default -> new Bounds(last ? HUNDRED : BigDecimal.ZERO, HUNDRED);
        };
    }

    /** A text of this target from the bundles: {@code indicator.<n>.<name>}. */
    public String text(Messages messages, Locale locale, String name, Object... args) {
        return messages.get(locale, "indicator." + number + "." + name, args);
    }
}
