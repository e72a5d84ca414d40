package vn.binhdang.plans;

import java.time.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import vn.binhdang.areas.AreaAccess;
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
 * Changes to a plan's yearly target values, by the commune's coordinator or admin, within the bounds
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

    public PlanView updateTarget(long planId, int number, TargetValuesRequest request) {
        ProgrammePlan plan = readable(planId);
        access.checkManages(plan.commune);
        if (request.version() != plan.version) {
            throw ProblemException.staleVersion(plan.version);
        }
        PlanTarget target = plan.targets.stream().filter(t -> t.number == number).findFirst()
                .orElseThrow(() -> ProblemException.notFound("target", number));
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < request.yearlyTargets().size(); i++) {
            TargetValuesRequest.YearValue value = request.yearlyTargets().get(i);
            TargetDefinition.Bounds bounds = TargetDefinition.of(number).bounds(value.year(), plan.periodEnd);
            if (value.year() < plan.periodStart || value.year() > plan.periodEnd) {
                violations.add(new Violation("yearlyTargets[" + i + "].year", "target.year.outside-plan",
                        plan.periodStart, plan.periodEnd));
            } else if (value.value().compareTo(bounds.min()) < 0 || value.value().compareTo(bounds.max()) > 0) {
                violations.add(new Violation("yearlyTargets[" + i + "].value", "target.value.bounds", value.year(),
                        bounds.min().stripTrailingZeros(), bounds.max().stripTrailingZeros()));
            }
        }
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
