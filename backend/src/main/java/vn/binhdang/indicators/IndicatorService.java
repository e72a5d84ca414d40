package vn.binhdang.indicators;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.binhdang.areas.Area;
import vn.binhdang.areas.AreaRepository;
import vn.binhdang.common.Calendar;
import vn.binhdang.common.ProblemException;
import vn.binhdang.security.CurrentUser;
import vn.binhdang.security.CurrentUser.ReadScope;

/** The five targets for a year and an area, their drill-downs and the early warnings. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IndicatorService {
    @Inject
    IndicatorEngine engine;

    @Inject
    AreaRepository areas;

    @Inject
    CurrentUser user;

    /**
     * The area the caller asks for, within what they may read: a commune user always gets their commune;
     * a province user gets their province, or one of its communes when they name it.
     */
    public AreaScope scope(String communeCode) {
        ReadScope read = user.readScope();
        if (read.communeCode() != null) {
            if (communeCode != null && !communeCode.equals(read.communeCode())) {
                throw ProblemException.notFound("commune", communeCode);
            }
            Area commune = areas.findCommune(read.communeCode())
                    .orElseThrow(() -> ProblemException.notFound("commune", read.communeCode()));
            return AreaScope.commune(commune.id, commune.code, commune.name);
        }
        if (communeCode != null) {
            Area commune = areas.findCommune(communeCode).filter(c -> read.provinceCode().equals(c.parentCode()))
                    .orElseThrow(() -> ProblemException.notFound("commune", communeCode));
            return AreaScope.commune(commune.id, commune.code, commune.name);
        }
        Area province = areas.findByCode(read.provinceCode())
                .orElseThrow(() -> ProblemException.notFound("commune", read.provinceCode()));
        return AreaScope.province(province.id, province.code, province.name);
    }

    public List<IndicatorValue> indicators(AreaScope scope, int year) {
        return indicators(scope, year, Calendar.today());
    }

    List<IndicatorValue> indicators(AreaScope scope, int year, LocalDate today) {
        Map<Integer, BigDecimal> targets = engine.targets(scope, year);
        return List.of(target1(scope, year, today, targets.get(1)), target2(scope, year, today, targets.get(2)),
                target3(scope, year, today, targets.get(3)), target4(scope, year, today, targets.get(4)),
                target5(scope, year, today, targets.get(5)));
    }

    IndicatorValue target1(AreaScope scope, int year, LocalDate today, BigDecimal target) {
        List<IndicatorEngine.UnitSessions> units = engine.unitSessions(scope, year);
        long met = units.stream().filter(IndicatorEngine.UnitSessions::met).count();
        return percent(1, "Đơn vị tổ chức ít nhất 02 cuộc truyền thông về pháp luật, chính sách bình đẳng giới",
                "Units holding at least 2 sessions on gender-equality law and policy",
                "Số đơn vị có ≥ 2 buổi trong năm có chủ đề pháp luật, chính sách về bình đẳng giới ÷ số đơn vị "
                        + "của xã tồn tại trong năm (kể cả đơn vị mới lập hoặc đã ngừng trong năm) × 100",
                "Units with ≥ 2 sessions in the year on gender-equality law and policy ÷ units of the commune that "
                        + "existed during the year (including those created or deactivated in it) × 100",
                met, units.size(), target, year, today, List.of());
    }

    IndicatorValue target2(AreaScope scope, int year, LocalDate today, BigDecimal target) {
        List<IndicatorEngine.UnitPlan> units = engine.unitPlans(scope, year);
        long filed = units.stream().filter(IndicatorEngine.UnitPlan::filed).count();
        long onTime = units.stream().filter(u -> u.onTime(year)).count();
        return percent(2, "Đơn vị xây dựng kế hoạch Tháng hành động vì bình đẳng giới",
                "Units with an Action-Month plan",
                "Số đơn vị đã nộp kế hoạch Tháng hành động của năm ÷ số đơn vị tồn tại trong năm × 100; "
                        + "đúng hạn: nộp trước 15/11",
                "Units that filed their Action-Month plan for the year ÷ units that existed during the year × 100; "
                        + "on time: filed before 15/11",
                filed, units.size(), target, year, today,
                List.of(new IndicatorValue.Detail("onTime", "Nộp đúng hạn (trước 15/11)", "Filed on time (before 15/11)",
                        ratio(onTime, units.size()), onTime + "/" + units.size())));
    }

    IndicatorValue target3(AreaScope scope, int year, LocalDate today, BigDecimal target) {
        boolean relative = engine.relativeChange(scope);
        List<IndicatorValue.Detail> details = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        int comparable = 0;
        for (IndicatorEngine.GroupAwareness group : engine.groupAwareness(scope, year)) {
            BigDecimal change = change(group, relative);
            if (change == null) {
                details.add(new IndicatorValue.Detail(group.code(), group.labelVi(), group.labelEn(), null,
                        group.baselineRate() == null ? "không so sánh được: nhóm không có trong khảo sát năm 2025"
                                : "chưa có khảo sát năm " + year));
                continue;
            }
            details.add(new IndicatorValue.Detail(group.code(), group.labelVi(), group.labelEn(), change,
                    group.baselineRate().setScale(1, RoundingMode.HALF_UP) + "% → "
                            + group.yearRate().setScale(1, RoundingMode.HALF_UP) + "%"));
            sum = sum.add(change);
            comparable++;
        }
        BigDecimal value = comparable == 0 ? null : sum.divide(BigDecimal.valueOf(comparable), 2, RoundingMode.HALF_UP);
        String unit = relative ? IndicatorValue.PERCENT : IndicatorValue.PERCENTAGE_POINTS;
        return new IndicatorValue(3, "Nhận thức về bình đẳng giới của các nhóm đối tượng tăng so với năm 2025",
                "Awareness of community groups, change since 2025",
                "Trung bình, trên các nhóm có trong cả khảo sát gốc 2025 và khảo sát gần nhất của năm, của mức thay đổi "
                        + "tỷ lệ người đạt ngưỡng nhận thức — tính bằng "
                        + (relative ? "phần trăm tương đối" : "điểm phần trăm")
                        + "; nhóm không có trong khảo sát gốc không so sánh được (không tính là 0)",
                "Mean over the groups present in both the 2025 baseline and the year's latest round of the change in "
                        + "the share of respondents meeting the awareness threshold — in "
                        + (relative ? "relative %" : "percentage points")
                        + "; a group missing from the baseline is not comparable (not counted as zero)",
                value, comparable == 0 ? null : sum.setScale(2, RoundingMode.HALF_UP),
                comparable == 0 ? null : BigDecimal.valueOf(comparable), unit, target,
                IndicatorStatus.of(value, target, year, today), details);
    }

    IndicatorValue target4(AreaScope scope, int year, LocalDate today, BigDecimal target) {
        List<IndicatorEngine.Product> products = engine.products(scope, year);
        long passed = products.stream().filter(p -> Boolean.TRUE.equals(p.passed())).count();
        long assessed = products.stream().filter(p -> p.passed() != null).count();
        return percent(4, "Sản phẩm truyền thông áp dụng Bộ chỉ số về giới trong truyền thông",
                "Media products applying the gender indicator set",
                "Số sản phẩm truyền thông của năm đã được đánh giá theo Bộ chỉ số và đạt ÷ tổng số sản phẩm của năm × 100",
                "Media products of the year assessed against the indicator set and passing ÷ all media products of "
                        + "the year × 100",
                passed, products.size(), target, year, today,
                List.of(new IndicatorValue.Detail("assessed", "Đã đánh giá", "Assessed", ratio(assessed, products.size()),
                        assessed + "/" + products.size())));
    }

    IndicatorValue target5(AreaScope scope, int year, LocalDate today, BigDecimal target) {
        List<IndicatorEngine.Convention> conventions = engine.conventions(scope, year);
        long clear = conventions.stream().filter(c -> Boolean.TRUE.equals(c.noDiscrimination())).count();
        long unreviewed = conventions.stream().filter(c -> c.noDiscrimination() == null).count();
        return percent(5, "Hương ước, quy ước không có phân biệt đối xử về giới",
                "Village conventions free of gender discrimination",
                "Số hương ước, quy ước đang có hiệu lực mà lần rà soát gần nhất kết luận không có phân biệt đối xử về "
                        + "giới ÷ số hương ước, quy ước đang có hiệu lực × 100",
                "Conventions in force whose latest review found no gender discrimination ÷ conventions in force × 100",
                clear, conventions.size(), target, year, today,
                List.of(new IndicatorValue.Detail("notReviewed", "Chưa rà soát", "Not reviewed",
                        BigDecimal.valueOf(unreviewed), unreviewed + "/" + conventions.size())));
    }

    private static IndicatorValue percent(int number, String titleVi, String titleEn, String formulaVi, String formulaEn,
            long numerator, long denominator, BigDecimal target, int year, LocalDate today,
            List<IndicatorValue.Detail> details) {
        BigDecimal value = ratio(numerator, denominator);
        return new IndicatorValue(number, titleVi, titleEn, formulaVi, formulaEn, value, BigDecimal.valueOf(numerator),
                BigDecimal.valueOf(denominator), IndicatorValue.PERCENT, target, IndicatorStatus.of(value, target, year, today), details);
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
        switch (target) {
            case 1 -> engine.unitSessions(scope, year).forEach(u -> items.add(new DrillDownItem(DrillDownKind.UNIT, u.unitId(),
                    u.code(), u.name(), u.met(),
                    u.lawPolicySessions() + "/" + IndicatorEngine.LAW_SESSIONS_REQUIRED
                            + " buổi về pháp luật, chính sách (tổng " + u.sessions() + " buổi)",
                    u.lawPolicySessions() + "/" + IndicatorEngine.LAW_SESSIONS_REQUIRED
                            + " sessions on law and policy (" + u.sessions() + " in all)",
                    BigDecimal.valueOf(u.lawPolicySessions()))));
            case 2 -> engine.unitPlans(scope, year).forEach(u -> items.add(new DrillDownItem(DrillDownKind.UNIT, u.unitId(),
                    u.code(), u.name(), u.filed(),
                    !u.filed() ? "Chưa nộp kế hoạch" : "Nộp ngày " + Calendar.format(u.filedOn())
                            + (u.onTime(year) ? " (đúng hạn)" : " (muộn, sau 15/11)"),
                    !u.filed() ? "No plan filed" : "Filed " + Calendar.format(u.filedOn())
                            + (u.onTime(year) ? " (on time)" : " (late, after 15/11)"),
                    null)));
            case 3 -> {
                boolean relative = engine.relativeChange(scope);
                engine.groupAwareness(scope, year).forEach(g -> items.add(new DrillDownItem(DrillDownKind.SURVEY_GROUP,
                        g.groupId(), g.code(), g.labelVi(), g.comparable(),
                        g.comparable() ? "Năm 2025: " + g.baselineRate().setScale(1, RoundingMode.HALF_UP) + "%, năm "
                                + year + ": " + g.yearRate().setScale(1, RoundingMode.HALF_UP) + "%"
                                : g.baselineRate() == null ? "Không so sánh được: nhóm không có trong khảo sát gốc 2025"
                                        : "Chưa có khảo sát năm " + year,
                        g.comparable() ? "2025: " + g.baselineRate().setScale(1, RoundingMode.HALF_UP) + "%, " + year
                                + ": " + g.yearRate().setScale(1, RoundingMode.HALF_UP) + "%"
                                : g.baselineRate() == null ? "Not comparable: group missing from the 2025 baseline"
                                        : "No survey round in " + year,
                        change(g, relative))));
            }
            case 4 -> engine.products(scope, year).forEach(p -> items.add(new DrillDownItem(DrillDownKind.MEDIA_PRODUCT, p.id(),
                    Calendar.format(p.publishedOn()), p.title(), Boolean.TRUE.equals(p.passed()),
                    p.unitName() + " — " + (p.passed() == null ? "chưa đánh giá" : p.passed() ? "đạt" : "không đạt"),
                    p.unitName() + " — " + (p.passed() == null ? "not assessed" : p.passed() ? "passed" : "failed"),
                    null)));
            case 5 -> engine.conventions(scope, year).forEach(c -> items.add(new DrillDownItem(DrillDownKind.CONVENTION, c.id(),
                    c.villageName(), c.title(), Boolean.TRUE.equals(c.noDiscrimination()),
                    c.noDiscrimination() == null ? "Chưa rà soát"
                            : "Rà soát ngày " + Calendar.format(c.reviewedOn()) + ": "
                                    + (c.noDiscrimination() ? "không phân biệt đối xử về giới"
                                            : "còn điều khoản phân biệt đối xử về giới"),
                    c.noDiscrimination() == null ? "Not reviewed"
                            : "Reviewed " + Calendar.format(c.reviewedOn()) + ": "
                                    + (c.noDiscrimination() ? "no gender discrimination" : "discriminatory provisions found"),
                    null)));
            default -> throw ProblemException.notFound("target", target);
        }
        return items;
    }

    /**
     * Early warnings for the year, as of today (or of the year's end for a past year): units below two
     * law/policy sessions from 1 September, units without an Action-Month plan from 1 November,
     * conventions in force not reviewed this year, and targets at risk or missed.
     */
    public List<Warning> warnings(AreaScope scope, int year, List<IndicatorValue> indicators, LocalDate today) {
        List<Warning> warnings = new ArrayList<>();
        if (year > today.getYear()) {
            return warnings;
        }
        LocalDate asOf = year < today.getYear() ? LocalDate.of(year, 12, 31) : today;
        if (!asOf.isBefore(LocalDate.of(year, 9, 1))) {
            for (IndicatorEngine.UnitSessions u : engine.unitSessions(scope, year)) {
                if (!u.met()) {
                    warnings.add(new Warning(WarningKind.LAW_SESSIONS, 1, WarningSubject.UNIT, u.unitId(), u.name(),
                            "Mới có " + u.lawPolicySessions() + "/2 buổi về pháp luật, chính sách bình đẳng giới năm "
                                    + year,
                            "Only " + u.lawPolicySessions() + "/2 sessions on gender-equality law and policy in "
                                    + year));
                }
            }
        }
        if (!asOf.isBefore(LocalDate.of(year, 11, 1))) {
            for (IndicatorEngine.UnitPlan u : engine.unitPlans(scope, year)) {
                if (!u.filed()) {
                    warnings.add(new Warning(WarningKind.ACTION_PLAN_MISSING, 2, WarningSubject.UNIT, u.unitId(), u.name(),
                            "Chưa nộp kế hoạch Tháng hành động năm " + year,
                            "No Action-Month plan filed for " + year));
                }
            }
        }
        for (IndicatorEngine.Convention c : engine.conventions(scope, year)) {
            if (c.reviewedOn() == null || c.reviewedOn().getYear() < year) {
                warnings.add(new Warning(WarningKind.CONVENTION_NOT_REVIEWED, 5, WarningSubject.CONVENTION, c.id(),
                        c.villageName() + " — " + c.title(),
                        "Hương ước, quy ước chưa được rà soát trong năm " + year,
                        "Convention not reviewed in " + year));
            }
        }
        for (IndicatorValue indicator : indicators) {
            if (indicator.status() == IndicatorStatus.AT_RISK || indicator.status() == IndicatorStatus.NOT_MET) {
                boolean missed = indicator.status() == IndicatorStatus.NOT_MET;
                warnings.add(new Warning(WarningKind.TARGET_AT_RISK, indicator.target(), WarningSubject.TARGET, null, indicator.titleVi(),
                        (missed ? "Không đạt chỉ tiêu năm " : "Có nguy cơ không đạt chỉ tiêu năm ") + year + ": "
                                + indicator.value() + indicator.unit() + " / " + indicator.targetValue()
                                + indicator.unit(),
                        (missed ? "Target missed in " : "Target at risk in ") + year + ": " + indicator.value()
                                + " / " + indicator.targetValue()));
            }
        }
        return warnings;
    }

    /** The dashboard of a year: its targets, their trend 2025–2030, target 1 by unit, participants, warnings. */
    public DashboardView dashboard(AreaScope scope, int year, LocalDate today) {
        List<IndicatorValue> current = indicators(scope, year, today);
        List<DashboardView.TrendPoint> trend = new ArrayList<>();
        for (int y = 2025; y <= 2030; y++) {
            List<IndicatorValue> values = y == year ? current : y > today.getYear() ? null : indicators(scope, y, today);
            Map<Integer, BigDecimal> targets = values == null ? engine.targets(scope, y) : Map.of();
            for (int target = 1; target <= 5; target++) {
                if (values == null) {
                    trend.add(new DashboardView.TrendPoint(y, target, null, targets.get(target),
                            IndicatorStatus.NOT_STARTED));
                } else {
                    IndicatorValue v = values.get(target - 1);
                    trend.add(new DashboardView.TrendPoint(y, target, v.value(), v.targetValue(), v.status()));
                }
            }
        }
        List<IndicatorEngine.UnitSessions> units = engine.unitSessions(scope, year);
        long male = units.stream().mapToLong(IndicatorEngine.UnitSessions::participantsMale).sum();
        long female = units.stream().mapToLong(IndicatorEngine.UnitSessions::participantsFemale).sum();
        return new DashboardView(year, scope, current,
                trend,
                units.stream().map(u -> new DashboardView.UnitRow(u.unitId(), u.code(), u.name(), u.sessions(),
                        u.lawPolicySessions(), IndicatorEngine.LAW_SESSIONS_REQUIRED, u.met())).toList(),
                new DashboardView.Participation(male, female, male + female,
                        engine.audienceParticipation(scope, year).stream()
                                .map(a -> new DashboardView.AudienceGroupRow(a.groupId(), a.code(), a.labelVi(),
                                        a.labelEn(), a.sessions(), a.participants())).toList()),
                warnings(scope, year, current, today));
    }
}
