package vn.binhdang.indicators;

import java.time.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.time.MonthDay;
import vn.binhdang.common.Messages;
import vn.binhdang.common.RequestLanguage;
import vn.binhdang.areas.Area;
import vn.binhdang.areas.AreaLevel;
import vn.binhdang.areas.AreaAccess;
import vn.binhdang.common.Calendar;
import vn.binhdang.common.ProblemException;
import vn.binhdang.security.CurrentUser;
import vn.binhdang.security.ReadScope;
import vn.binhdang.security.SmallCells;

/** The five targets for a year and an area, their drill-downs and the early warnings. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IndicatorService {
    @Inject
    Clock clock;

    @Inject
    IndicatorEngine engine;

    @Inject
    AreaAccess access;

    @Inject
    CurrentUser user;

    @Inject
    ProgrammeRules rules;

    @Inject
    Messages messages;

    @Inject
    RequestLanguage language;

    /**
     * The area the caller asks for, within what they may read: a commune user always gets their commune;
     * a province user gets their province, or one of its communes when they name it.
     */
    public AreaScope scope(String communeCode) {
        if (communeCode != null || user.readScope().communeCode() != null) {
            Area commune = access.readableCommune(communeCode);
            return AreaScope.commune(commune.id, commune.code, commune.name);
        }
        Area province = access.ownProvince();
        return AreaScope.province(province.id, province.code, province.name);
    }

    public List<IndicatorValue> indicators(AreaScope scope, int year) {
        return indicators(scope, year, Calendar.today(clock));
    }

    /** Refuses a year outside the area's programme (its baseline to its last year), naming the field. */
    public ProgrammePeriod checkYear(AreaScope scope, int year) {
        ProgrammePeriod period = engine.period(scope);
        if (!period.covers(year)) {
            throw ProblemException.invalidField("year", "indicator.year.outside-period", period.baselineYear(),
                    period.lastYear());
        }
        return period;
    }

    List<IndicatorValue> indicators(AreaScope scope, int year, LocalDate today) {
        return indicators(engine.inputs(scope, year), year, today);
    }

    /** The five figures of a year from their inputs: the one place each target's formula is applied. */
    List<IndicatorValue> indicators(IndicatorEngine.Inputs in, int year, LocalDate today) {
        Map<Integer, BigDecimal> targets = in.targets();
        return List.of(target1(in, year, today, targets.get(1)), target2(in, year, today, targets.get(2)),
                target3(in, year, today, targets.get(3)), target4(in, year, today, targets.get(4)),
                target5(in, year, today, targets.get(5)));
    }

    IndicatorValue target1(IndicatorEngine.Inputs in, int year, LocalDate today, BigDecimal target) {
        List<IndicatorEngine.UnitSessions> units = in.unitSessions();
        long met = units.stream().filter(IndicatorEngine.UnitSessions::met).count();
        return percent(TargetDefinition.LAW_POLICY_SESSIONS, new Object[] {rules.lawPolicySessionsRequired()}, met,
                units.size(), target, year, today, List.of());
    }

    IndicatorValue target2(IndicatorEngine.Inputs in, int year, LocalDate today, BigDecimal target) {
        List<IndicatorEngine.UnitPlan> units = in.unitPlans();
        long filed = units.stream().filter(IndicatorEngine.UnitPlan::filed).count();
        long onTime = units.stream().filter(IndicatorEngine.UnitPlan::onTime).count();
        TargetDefinition definition = TargetDefinition.ACTION_MONTH_PLANS;
        String deadline = dayAndMonth(rules.actionMonthPlanDeadline());
        return percent(definition, new Object[] {deadline}, filed, units.size(), target, year, today,
                List.of(new IndicatorValue.Detail("onTime", vi(definition, "detail.onTime", deadline),
                        en(definition, "detail.onTime", deadline), ratio(onTime, units.size()),
                        onTime + "/" + units.size())));
    }

    IndicatorValue target3(IndicatorEngine.Inputs in, int year, LocalDate today, BigDecimal target) {
        TargetDefinition definition = TargetDefinition.AWARENESS_CHANGE;
        int baseline = in.period().baselineYear();
        boolean relative = in.relativeChange();
        List<IndicatorValue.Detail> details = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        int comparable = 0;
        for (IndicatorEngine.GroupAwareness group : in.groups()) {
            BigDecimal change = change(group, relative);
            if (change == null) {
                details.add(new IndicatorValue.Detail(group.code(), group.labelVi(), group.labelEn(), null,
                        group.baselineRate() == null ? text(definition, "note.not-comparable", baseline)
                                : text(definition, "note.no-round", year)));
                continue;
            }
            details.add(new IndicatorValue.Detail(group.code(), group.labelVi(), group.labelEn(), change,
                    text(definition, "note.change", oneDecimal(group.baselineRate()), oneDecimal(group.yearRate()))));
            sum = sum.add(change);
            comparable++;
        }
        BigDecimal value = comparable == 0 ? null : sum.divide(BigDecimal.valueOf(comparable), 2, RoundingMode.HALF_UP);
        String formula = relative ? "formula.relative" : "formula.points";
        return new IndicatorValue(3, vi(definition, "title", baseline), en(definition, "title", baseline),
                vi(definition, formula, baseline), en(definition, formula, baseline),
                value, comparable == 0 ? null : sum.setScale(2, RoundingMode.HALF_UP),
                comparable == 0 ? null : BigDecimal.valueOf(comparable),
                relative ? IndicatorValue.PERCENT : pointsUnit(), target,
                IndicatorStatus.of(value, target, year, today), details);
    }

    IndicatorValue target4(IndicatorEngine.Inputs in, int year, LocalDate today, BigDecimal target) {
        List<IndicatorEngine.Product> products = in.products();
        long passed = products.stream().filter(p -> Boolean.TRUE.equals(p.passed())).count();
        long assessed = products.stream().filter(p -> p.passed() != null).count();
        TargetDefinition definition = TargetDefinition.GENDER_CHECKED_MEDIA;
        return percent(definition, new Object[0], passed, products.size(), target, year, today,
                List.of(new IndicatorValue.Detail("assessed", vi(definition, "detail.assessed"),
                        en(definition, "detail.assessed"), ratio(assessed, products.size()),
                        assessed + "/" + products.size())));
    }

    IndicatorValue target5(IndicatorEngine.Inputs in, int year, LocalDate today, BigDecimal target) {
        List<IndicatorEngine.Convention> conventions = in.conventions();
        long clear = conventions.stream().filter(c -> Boolean.TRUE.equals(c.noDiscrimination())).count();
        long unreviewed = conventions.stream().filter(c -> c.noDiscrimination() == null).count();
        TargetDefinition definition = TargetDefinition.CONVENTIONS_FREE_OF_DISCRIMINATION;
        return percent(definition, new Object[0], clear, conventions.size(), target, year, today,
                List.of(new IndicatorValue.Detail("notReviewed", vi(definition, "detail.notReviewed"),
                        en(definition, "detail.notReviewed"), BigDecimal.valueOf(unreviewed),
                        unreviewed + "/" + conventions.size())));
    }

    private IndicatorValue percent(TargetDefinition definition, Object[] formulaArgs, long numerator, long denominator,
            BigDecimal target, int year, LocalDate today, List<IndicatorValue.Detail> details) {
        BigDecimal value = ratio(numerator, denominator);
        return new IndicatorValue(definition.number, vi(definition, "title"), en(definition, "title"),
                vi(definition, "formula", formulaArgs), en(definition, "formula", formulaArgs), value,
                BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), IndicatorValue.PERCENT,
                target, IndicatorStatus.of(value, target, year, today), details);
    }

    private String vi(TargetDefinition definition, String name, Object... args) {
        return definition.text(messages, Messages.VIETNAMESE, name, args);
    }

    private String en(TargetDefinition definition, String name, Object... args) {
        return definition.text(messages, Locale.ENGLISH, name, args);
    }

    /** A text in the request's language (fields that carry one language only, such as a group's note). */
    private String text(TargetDefinition definition, String name, Object... args) {
        return definition.text(messages, language.locale(), name, args);
    }

    /** Target 3's percentage points, in the request's language. */
    private String pointsUnit() {
        return Locale.ENGLISH.equals(language.locale()) ? IndicatorValue.POINTS_EN : IndicatorValue.PERCENTAGE_POINTS;
    }

    /** A rate shown with one decimal; {@link Messages} writes it in the text's language. */
    private static BigDecimal oneDecimal(BigDecimal rate) {
        return rate.setScale(1, RoundingMode.HALF_UP);
    }

    /** "Không đạt chỉ tiêu năm 2026: 78,57 % / 100,00 %" — "Target missed in 2026: 78.57% / 100.00%". */
    private String targetWarning(Locale locale, String key, int year, IndicatorValue indicator) {
        String measure = indicator.unit().equals(IndicatorValue.PERCENT) ? "indicator.measure.percent"
                : "indicator.measure.points";
        return messages.get(locale, key, year, measureText(locale, measure, indicator.value()),
                measureText(locale, measure, indicator.targetValue()));
    }

    private String measureText(Locale locale, String measure, BigDecimal value) {
        return value == null ? "—" : messages.get(locale, measure, value);
    }

    /** 15/11 */
    static String dayAndMonth(MonthDay day) {
        return String.format("%02d/%02d", day.getDayOfMonth(), day.getMonthValue());
    }

    /** numerator ÷ denominator × 100, two decimals; null for a division by zero (nothing to count). */
    static BigDecimal ratio(long numerator, long denominator) {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator).multiply(IndicatorEngine.HUNDRED)
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }

    static BigDecimal change(IndicatorEngine.GroupAwareness group, boolean relative) {
        if (!group.comparable()) {
            return null;
        }
        if (!relative) {
            return group.yearRate().subtract(group.baselineRate()).setScale(2, RoundingMode.HALF_UP);
        }
        if (group.baselineRate().signum() == 0) {
            return null;
        }
        return group.yearRate().divide(group.baselineRate(), 6, RoundingMode.HALF_UP).subtract(BigDecimal.ONE)
                .multiply(IndicatorEngine.HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }

    /** The records behind a target's number for the year, counted ones first unless filtered. */
    public List<DrillDownItem> records(AreaScope scope, int target, int year) {
        List<DrillDownItem> items = new ArrayList<>();
        // A unit reporter's read scope keeps the units' own records to their unit (the figures stay the commune's).
        ReadScope reads = user.readScope();
        if (target < 1 || target > TargetDefinition.values().length) {
            throw ProblemException.notFound("target", target);
        }
        TargetDefinition definition = TargetDefinition.of(target);
        switch (definition) {
            case LAW_POLICY_SESSIONS -> {
                int required = rules.lawPolicySessionsRequired();
                engine.unitSessions(scope, year).stream().filter(u -> reads.admitsUnit(u.code())).forEach(u -> items.add(new DrillDownItem(DrillDownKind.UNIT, u.unitId(),
                        u.code(), u.name(), u.met(),
                        vi(definition, "record", u.lawPolicySessions(), required, u.sessions()),
                        en(definition, "record", u.lawPolicySessions(), required, u.sessions()),
                        BigDecimal.valueOf(u.lawPolicySessions()))));
            }
            case ACTION_MONTH_PLANS -> {
                String deadline = dayAndMonth(rules.actionMonthPlanDeadline());
                engine.unitPlans(scope, year).stream().filter(u -> reads.admitsUnit(u.code())).forEach(u -> items.add(new DrillDownItem(DrillDownKind.UNIT, u.unitId(),
                        u.code(), u.name(), u.filed(), planRecord(definition, Messages.VIETNAMESE, u, deadline),
                        planRecord(definition, Locale.ENGLISH, u, deadline), null)));
            }
            case AWARENESS_CHANGE -> {
                boolean relative = engine.relativeChange(scope);
                int baseline = engine.period(scope).baselineYear();
                engine.groupAwareness(scope, year).forEach(g -> items.add(new DrillDownItem(DrillDownKind.SURVEY_GROUP,
                        g.groupId(), g.code(), g.labelVi(), g.comparable(),
                        groupRecord(definition, Messages.VIETNAMESE, g, baseline, year),
                        groupRecord(definition, Locale.ENGLISH, g, baseline, year), change(g, relative))));
            }
            case GENDER_CHECKED_MEDIA -> engine.products(scope, year).stream().filter(p -> reads.admitsUnit(p.unitCode()))
                    .forEach(p -> items.add(new DrillDownItem(
                    DrillDownKind.MEDIA_PRODUCT, p.id(), Calendar.format(p.publishedOn()), p.title(),
                    Boolean.TRUE.equals(p.passed()), productRecord(definition, Messages.VIETNAMESE, p),
                    productRecord(definition, Locale.ENGLISH, p), null)));
            case CONVENTIONS_FREE_OF_DISCRIMINATION -> engine.conventions(scope, year).forEach(c -> items.add(
                    new DrillDownItem(DrillDownKind.CONVENTION, c.id(), c.villageName(), c.title(),
                            Boolean.TRUE.equals(c.noDiscrimination()),
                            conventionRecord(definition, Messages.VIETNAMESE, c),
                            conventionRecord(definition, Locale.ENGLISH, c), null)));
        }
        return items;
    }

    private String planRecord(TargetDefinition definition, Locale locale, IndicatorEngine.UnitPlan u, String deadline) {
        if (!u.filed()) {
            return definition.text(messages, locale, "record.missing");
        }
        String filedOn = Calendar.format(u.receivedOn());
        return u.onTime() ? definition.text(messages, locale, "record.on-time", filedOn)
                : definition.text(messages, locale, "record.late", filedOn, deadline);
    }

    private String groupRecord(TargetDefinition definition, Locale locale, IndicatorEngine.GroupAwareness g,
            int baseline, int year) {
        if (g.comparable()) {
            return definition.text(messages, locale, "record.change", baseline, oneDecimal(g.baselineRate()), year,
                    oneDecimal(g.yearRate()));
        }
        return g.baselineRate() == null ? definition.text(messages, locale, "record.not-comparable", baseline)
                : definition.text(messages, locale, "record.no-round", year);
    }

    private String productRecord(TargetDefinition definition, Locale locale, IndicatorEngine.Product p) {
        String result = definition.text(messages, locale,
                p.passed() == null ? "record.not-assessed" : p.passed() ? "record.passed" : "record.failed");
        return definition.text(messages, locale, "record", p.unitName(), result);
    }

    private String conventionRecord(TargetDefinition definition, Locale locale, IndicatorEngine.Convention c) {
        if (c.noDiscrimination() == null) {
            return definition.text(messages, locale, "record.not-reviewed");
        }
        return definition.text(messages, locale, c.noDiscrimination() ? "record.clear" : "record.flagged",
                Calendar.format(c.reviewedOn()));
    }

    /**
     * Early warnings for the year, as of today (or of the year's end for a past year): units below the
     * law/policy sessions required from {@link ProgrammeRules#lawSessionsWarningFrom()}, units without an
     * Action-Month plan from {@link ProgrammeRules#actionPlanWarningFrom()}, conventions in force not reviewed
     * this year, and targets at risk or missed.
     */
    public List<Warning> warnings(AreaScope scope, int year, LocalDate today) {
        IndicatorEngine.Inputs in = engine.inputs(scope, year);
        return warnings(scope, in, year, indicators(in, year, today), today);
    }

    private List<Warning> warnings(AreaScope scope, IndicatorEngine.Inputs in, int year, List<IndicatorValue> indicators,
            LocalDate today) {
        List<Warning> warnings = new ArrayList<>();
        if (year > today.getYear()) {
            return warnings;
        }
        LocalDate asOf = year < today.getYear() ? Calendar.endOfYear(year) : today;
        if (ProgrammeRules.warnFrom(rules.lawSessionsWarningFrom(), year, asOf)) {
            TargetDefinition definition = TargetDefinition.LAW_POLICY_SESSIONS;
            int required = rules.lawPolicySessionsRequired();
            for (IndicatorEngine.UnitSessions u : in.unitSessions()) {
                if (!u.met()) {
                    warnings.add(new Warning(WarningKind.LAW_SESSIONS, definition.number, WarningSubject.UNIT, u.unitId(), u.name(),
                            u.commune().code(), u.commune().name(),
                            vi(definition, "warning", u.lawPolicySessions(), required, year),
                            en(definition, "warning", u.lawPolicySessions(), required, year)));
                }
            }
        }
        if (ProgrammeRules.warnFrom(rules.actionPlanWarningFrom(), year, asOf)) {
            TargetDefinition definition = TargetDefinition.ACTION_MONTH_PLANS;
            for (IndicatorEngine.UnitPlan u : in.unitPlans()) {
                if (!u.filed() && u.planExpected()) {
                    warnings.add(new Warning(WarningKind.ACTION_PLAN_MISSING, definition.number, WarningSubject.UNIT, u.unitId(), u.name(),
                            u.commune().code(), u.commune().name(),
                            vi(definition, "warning", year), en(definition, "warning", year)));
                }
            }
        }
        TargetDefinition conventionsTarget = TargetDefinition.CONVENTIONS_FREE_OF_DISCRIMINATION;
        for (IndicatorEngine.Convention c : in.conventions()) {
            if (c.reviewedOn() == null || c.reviewedOn().getYear() < year) {
                warnings.add(new Warning(WarningKind.CONVENTION_NOT_REVIEWED, conventionsTarget.number, WarningSubject.CONVENTION, c.id(),
                        c.villageName() + " — " + c.title(), c.commune().code(), c.commune().name(), vi(conventionsTarget, "warning", year),
                        en(conventionsTarget, "warning", year)));
            }
        }
        for (IndicatorValue indicator : indicators) {
            if (indicator.status() == IndicatorStatus.AT_RISK || indicator.status() == IndicatorStatus.NOT_MET) {
                String key = indicator.status() == IndicatorStatus.NOT_MET ? "indicator.warning.missed"
                        : "indicator.warning.at-risk";
                // A target's warning is the scope's own: its commune, or none for a province's figure.
                boolean commune = scope.level() == AreaLevel.COMMUNE;
                warnings.add(new Warning(WarningKind.TARGET_AT_RISK, indicator.target(), WarningSubject.TARGET, null, indicator.titleVi(),
                        commune ? scope.code() : null, commune ? scope.name() : null,
                        targetWarning(Messages.VIETNAMESE, key, year, indicator),
                        targetWarning(Locale.ENGLISH, key, year, indicator)));
            }
        }
        return warnings;
    }

    /**
     * Participants by sex and audience group; outside the commune (province users, machine clients) a small cell
     * is withheld ({@link SmallCells}), the commune's own staff see exact counts.
     */
    private DashboardView.Participation participation(long male, long female,
            List<IndicatorEngine.AudienceParticipation> groups) {
        boolean outside = !user.seesPersonalData();
        boolean sexWithheld = outside && SmallCells.withheld(male, female);
        return new DashboardView.Participation(sexWithheld ? null : male, sexWithheld ? null : female, male + female,
                sexWithheld, groups.stream().map(a -> {
                    boolean withheld = outside && SmallCells.withheld(a.participants());
                    return new DashboardView.AudienceGroupRow(a.groupId(), a.code(), a.labelVi(), a.labelEn(),
                            a.sessions(), withheld ? null : a.participants(), withheld);
                }).toList());
    }

    /** The dashboard of a year: its targets, their trend over the programme, target 1 by unit, participants, warnings. */
    public DashboardView dashboard(AreaScope scope, int year, LocalDate today) {
        IndicatorEngine.Inputs in = engine.inputs(scope, year);
        ProgrammePeriod period = in.period();
        List<IndicatorValue> current = indicators(in, year, today);
        List<DashboardView.TrendPoint> trend = new ArrayList<>();
        for (int y = period.baselineYear(); y <= period.lastYear(); y++) {
            List<IndicatorValue> values = y == year ? current : y > today.getYear() ? null : indicators(scope, y, today);
            Map<Integer, BigDecimal> targets = values == null ? engine.targets(scope, y) : Map.of();
            for (TargetDefinition definition : TargetDefinition.values()) {
                int target = definition.number;
                if (values == null) {
                    trend.add(new DashboardView.TrendPoint(y, target, null, targets.get(target),
                            IndicatorStatus.NOT_STARTED));
                } else {
                    IndicatorValue v = values.get(target - 1);
                    trend.add(new DashboardView.TrendPoint(y, target, v.value(), v.targetValue(), v.status()));
                }
            }
        }
        List<IndicatorEngine.UnitSessions> units = in.unitSessions();
        long male = units.stream().mapToLong(IndicatorEngine.UnitSessions::participantsMale).sum();
        long female = units.stream().mapToLong(IndicatorEngine.UnitSessions::participantsFemale).sum();
        int required = rules.lawPolicySessionsRequired();
        return new DashboardView(year, scope, current,
                trend,
                units.stream().map(u -> new DashboardView.UnitRow(u.unitId(), u.code(), u.name(), u.commune().code(),
                        u.commune().name(), u.sessions(), u.lawPolicySessions(), required, u.met())).toList(),
                participation(male, female, engine.audienceParticipation(scope, year)),
                warnings(scope, in, year, current, today));
    }
}
