package vn.binhdang.plans;

import java.time.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import vn.binhdang.areas.Area;
import vn.binhdang.areas.AreaAccess;
import vn.binhdang.areas.AreaRepository;
import vn.binhdang.common.Idempotency;
import vn.binhdang.common.Calendar;
import vn.binhdang.audit.AuditAction;
import vn.binhdang.audit.AuditLog;
import vn.binhdang.audit.AuditedType;
import vn.binhdang.common.ProblemException;
import vn.binhdang.common.ProblemException.Violation;
import vn.binhdang.common.ProblemType;
import vn.binhdang.indicators.TargetDefinition;
import vn.binhdang.security.CurrentUser;

/**
 * Plans created from the programme template by the province's programme administrator, and changes to a plan's
 * yearly target values, by the commune's coordinator or admin, within the bounds
 * the plan sets; each change is kept in the plan's history.
 */
@ApplicationScoped
@Transactional
public class PlanService {
    @Inject
    AreaAccess access;

    @Inject
    Clock clock;

    @Inject
    PlanRepository plans;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog auditLog;

    @Inject
    AreaRepository areas;

    @Inject
    Idempotency idempotency;

    @Transactional(Transactional.TxType.SUPPORTS)
    public vn.binhdang.common.PageView<PlanView> list(String communeCode, vn.binhdang.common.PageParams paging) {
        return plans.list(user.readScope(communeCode), paging.toPage()).toPage(PlanView::of, paging);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanView get(long id) {
        return PlanView.of(readable(id));
    }

    private ProgrammePlan readable(long id) {
        ProgrammePlan plan = plans.findWithCommune(id).orElseThrow(() -> ProblemException.notFound("plan", id));
        access.checkReadable(plan.commune, "plan", id);
        return plan;
    }

    /**
     * Creates a commune's plan from the programme template (which enables the commune), for the province's
     * programme administrator of the commune's province; with an idempotency key, a retry returns the first plan.
     */
    public Created create(PlanCreateRequest request, String idempotencyKey) {
        if (idempotencyKey != null) {
            var earlier = idempotency.earlier(user.username(), idempotencyKey, request);
            if (earlier.isPresent()) {
                return new Created(get(earlier.get()), false);
            }
        }
        Area commune = areas.findCommune(request.communeCode())
                .orElseThrow(() -> ProblemException.invalidField("communeCode", "commune.unknown", request.communeCode()));
        if (!user.isProvinceAdmin() || !user.provinceCode().equals(commune.parentCode())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "problem.forbidden.other-province");
        }
        List<Violation> violations = new ArrayList<>();
        if (commune.validTo != null) {
            violations.add(new Violation("communeCode", "commune.closed", commune.name, Calendar.format(commune.validTo)));
        }
        LocalDate today = Calendar.today(clock);
        if (request.issuedOn().isAfter(today)) {
            violations.add(new Violation("issuedOn", "date.future", Calendar.format(today)));
        }
        int[] period = plans.templatePeriod();
        List<PlanCreateRequest.TargetValues> targets = request.targets() == null ? List.of() : request.targets();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            PlanCreateRequest.TargetValues target = targets.get(i);
            if (!seen.add(target.number())) {
                violations.add(new Violation("targets[" + i + "].number", "target.repeated", target.number()));
            }
            checkYearlyValues(target.number(), target.yearlyTargets(), period[0], period[1],
                    "targets[" + i + "].yearlyTargets", violations);
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, violations, "problem.validation.detail",
                    violations.size());
        }
        if (plans.enabled(commune.id)) {
            throw new ProblemException(ProblemType.CONFLICT,
                    List.of(new Violation("communeCode", "plan.commune.taken", commune.name)),
                    "problem.conflict.plan", commune.name);
        }
        String issuedText = "ngày %d tháng %d năm %d".formatted(request.issuedOn().getDayOfMonth(),
                request.issuedOn().getMonthValue(), request.issuedOn().getYear());
        long id = plans.createFromTemplate(commune.id, request, issuedText, user.username());
        ProgrammePlan plan = plans.findWithCommune(id).orElseThrow();
        for (PlanCreateRequest.TargetValues values : targets) {
            PlanTarget target = plan.targets.stream().filter(t -> t.number == values.number()).findFirst().orElseThrow();
            for (TargetValuesRequest.YearValue value : values.yearlyTargets()) {
                target.yearlyTargets.put(value.year(), value.value().setScale(2, java.math.RoundingMode.HALF_UP));
            }
        }
        plans.flush();
        if (idempotencyKey != null) {
            idempotency.remember(user.username(), idempotencyKey, request, id);
        }
        PlanView created = PlanView.of(plan);
        auditLog.record(AuditedType.PLAN, plan.id, commune.id, AuditAction.CREATED, null, created);
        return new Created(created, true);
    }

    /** The plan and whether this call created it (false: a retry answered from the first result). */
    public record Created(PlanView plan, boolean createdNow) {
    }

    /** Each yearly value must fall in the plan's period and within the target's bounds (TargetDefinition). */
    private static void checkYearlyValues(int number, List<TargetValuesRequest.YearValue> values, int periodStart,
            int periodEnd, String field, List<Violation> violations) {
        for (int i = 0; i < values.size(); i++) {
            TargetValuesRequest.YearValue value = values.get(i);
            TargetDefinition.Bounds bounds = TargetDefinition.of(number).bounds(value.year(), periodEnd);
            if (value.year() < periodStart || value.year() > periodEnd) {
                violations.add(new Violation(field + "[" + i + "].year", "target.year.outside-plan", periodStart,
                        periodEnd));
            } else if (value.value().compareTo(bounds.min()) < 0 || value.value().compareTo(bounds.max()) > 0) {
                violations.add(new Violation(field + "[" + i + "].value", "target.value.bounds", value.year(),
                        bounds.min().stripTrailingZeros(), bounds.max().stripTrailingZeros()));
            }
        }
    }

    public PlanView updateTarget(long planId, int number, TargetValuesRequest request) {
        ProgrammePlan plan = readable(planId);
        access.checkManages(plan.commune);
        if (request.version() != plan.version) {
            throw ProblemException.staleVersion(plan.version);
        }
        PlanTarget target = plan.targets.stream().filter(t -> t.number == number).findFirst()
                .orElseThrow(() -> ProblemException.notFound("target", number));
        List<Violation> violations = new ArrayList<>();
        checkYearlyValues(number, request.yearlyTargets(), plan.periodStart, plan.periodEnd, "yearlyTargets", violations);
        if (request.changeMode() != null && number != 3) {
            violations.add(new Violation("changeMode", "target.change-mode.only-3"));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, violations, "problem.validation.detail",
                    violations.size());
        }
        PlanView before = PlanView.of(plan);
        for (TargetValuesRequest.YearValue value : request.yearlyTargets()) {
            target.yearlyTargets.put(value.year(), value.value().setScale(2, java.math.RoundingMode.HALF_UP));
        }
        if (request.changeMode() != null) {
            target.changeMode = request.changeMode();
        }
        // The values live in other tables: touching the plan makes its version move with them.
        plan.touchedBy(user.username());
        plan.updatedAt = Calendar.now(clock);
        plans.flush();
        PlanView after = PlanView.of(plan);
        auditLog.record(AuditedType.PLAN, plan.id, plan.commune.id, AuditAction.UPDATED, before,
                after);
        return after;
    }
}
