package vn.binhdang.actionplans;

import java.time.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import vn.binhdang.units.UnitAccess;
import vn.binhdang.areas.AreaAccess;
import vn.binhdang.areas.Area;
import vn.binhdang.areas.AreaRepository;
import vn.binhdang.audit.AuditAction;
import vn.binhdang.audit.AuditLog;
import vn.binhdang.audit.AuditedType;
import vn.binhdang.common.Calendar;
import vn.binhdang.common.EvidenceType;
import vn.binhdang.common.UploadedFile;
import vn.binhdang.common.PageParams;
import vn.binhdang.common.PageView;
import vn.binhdang.common.ProblemException;
import vn.binhdang.common.ProblemType;
import vn.binhdang.common.Withdrawal;
import vn.binhdang.indicators.AreaScope;
import vn.binhdang.indicators.IndicatorEngine;
import vn.binhdang.indicators.ProgrammeRules;
import vn.binhdang.security.CurrentUser;
import vn.binhdang.units.Unit;
import vn.binhdang.units.UnitRepository;

/**
 * Action-Month plans (target 2). A unit reporter files and edits their own unit's plan; the commune's
 * coordinator and admin any unit's of their commune; everyone in scope reads. One plan per unit and
 * year; the day it is filed is the commune's today, and decides whether it is on time.
 */
@ApplicationScoped
@Transactional
public class ActionMonthPlanService {
    @Inject
    UnitAccess unitAccess;

    @Inject
    AreaAccess access;

    @Inject
    Clock clock;


    @Inject
    ActionMonthPlanRepository plans;

    @Inject
    UnitRepository units;

    @Inject
    AreaRepository areas;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog auditLog;

    @Inject
    ProgrammeRules rules;

    @Inject
    IndicatorEngine engine;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<ActionMonthPlanView> list(ActionMonthPlanFilter filter, PageParams paging) {
        return plans.list(user.readScope(filter.communeCode), filter, paging.toPage()).toPage(this::view, paging);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ActionMonthPlanView get(long id) {
        return view(readable(id));
    }

    /** Every unit of the commune that existed during the year: filed or not, on time or not. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<ActionMonthPlanStatus> status(int year, String communeCode, Boolean filed, PageParams paging) {
        Area commune = access.readableCommune(communeCode);
        var page = plans.status(commune.id, year, filed, paging.toPage());
        return page.toPage(row -> {
            ActionMonthPlan plan = row.plan();
            Unit unit = row.unit();
            return new ActionMonthPlanStatus(unit.id, unit.code, unit.name, plan != null,
                    plan == null ? null : rules.actionMonthPlanOnTime(plan.receivedOn, year),
                    plan == null ? null : plan.id, plan == null ? null : plan.filedOn,
                    plan == null ? null : plan.receivedOn, unit.activeFrom, unit.activeTo,
                    activeInActionMonth(unit, year));
        }, paging);
    }

    /** Whether the unit is active on some day of the year's Action Month, so it is expected to file a plan. */
    private boolean activeInActionMonth(Unit unit, int year) {
        return unit.activeBetween(rules.actionMonthStart(year), rules.actionMonthEnd(year));
    }

    public ActionMonthPlanView create(ActionMonthPlanRequest request) {
        Unit unit = unitAccess.writableUnit(request.unitId());
        int year = request.year();
        engine.period(AreaScope.commune(unit.commune.id, unit.commune.code, unit.commune.name)).checkPlanYear(year);
        if (!activeInActionMonth(unit, year)) {
            throw ProblemException.invalid(unit.inactiveViolation("year", "action-plan.unit.inactive",
                    Calendar.format(rules.actionMonthStart(year)) + " – " + Calendar.format(rules.actionMonthEnd(year))));
        }
        checkDates(request, year);
        if (plans.exists(unit.id, year)) {
            throw new ProblemException(ProblemType.CONFLICT,
                    List.of(new ProblemException.Violation("year", "action-plan.year.taken", unit.name, year)),
                    "problem.conflict.action-plan", unit.name, year);
        }
        ActionMonthPlan plan = new ActionMonthPlan();
        plan.unit = unit;
        plan.year = year;
        plan.filedOn = Calendar.today(clock);
        plan.receivedOn = plan.filedOn;
        apply(request, plan);
        plans.persist(plan);
        plans.flush();
        ActionMonthPlanView created = view(plan);
        audit(plan, AuditAction.CREATED, null, created);
        return created;
    }

    public ActionMonthPlanView update(long id, ActionMonthPlanRequest request) {
        ActionMonthPlan plan = readable(id);
        unitAccess.checkWritable(plan.unit);
        ProblemException.checkVersion(request.version(), plan.version);
        if (!plan.unit.id.equals(request.unitId())) {
            throw ProblemException.invalidField("unitId", "action-plan.unit.immutable");
        }
        if (plan.year != request.year()) {
            throw ProblemException.invalidField("year", "action-plan.year.immutable");
        }
        checkDates(request, plan.year);
        ActionMonthPlanView before = view(plan);
        apply(request, plan);
        plans.flush();
        ActionMonthPlanView after = view(plan);
        audit(plan, AuditAction.UPDATED, before, after);
        return after;
    }

    /** Attaches the signed plan (PDF or image, by content, at most 10 MB), replacing an earlier file. */
    public ActionMonthPlanView attach(long id, String fileName, Path file) {
        ActionMonthPlan plan = readable(id);
        unitAccess.checkWritable(plan.unit);
        UploadedFile upload = UploadedFile.read(file);
        byte[] content = upload.content();
        EvidenceType type = upload.type();
        ActionMonthPlanView before = view(plan);
        plan.attachmentName = UploadedFile.cleanName(fileName, type, "ke-hoach-thang-hanh-dong-" + plan.year);
        plan.attachmentType = type.mediaType;
        plan.attachmentSha256 = upload.sha256();
        plan.attachmentSize = content.length;
        plan.touchedBy(user.username());
        plans.flush();
        plans.storeContent(plan.id, content);
        ActionMonthPlanView after = view(plan);
        audit(plan, AuditAction.UPDATED, before, after);
        return after;
    }

    /** Withdraws a plan entered by mistake, with its signed document, for whoever may edit it; audited with the reason. */
    public void delete(long id, Withdrawal withdrawal) {
        ActionMonthPlan plan = readable(id);
        unitAccess.checkWritable(plan.unit);
        String reason = withdrawal.checkedReason(plan.version);
        ActionMonthPlanView last = view(plan);
        plans.delete(plan);
        plans.flush();
        auditLog.deleted(AuditedType.ACTION_MONTH_PLAN, id, plan.unit.commune.id, last, reason);
    }

    /** The signed plan, for whoever may read the plan and is the commune's own staff (it names people). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Download download(long id) {
        ActionMonthPlan plan = readable(id);
        user.checkSeesPersonalData();
        byte[] content = plans.content(plan.id).filter(c -> plan.attachmentName != null)
                .orElseThrow(() -> ProblemException.notFound("action-plan-attachment", id));
        return new Download(plan.attachmentName, plan.attachmentType, content);
    }

    public record Download(String fileName, String contentType, byte[] content) {
    }

    private void apply(ActionMonthPlanRequest request, ActionMonthPlan plan) {
        plan.documentNumber = blankToNull(request.documentNumber());
        plan.documentDate = request.documentDate();
        plan.summary = request.summary().strip();
        if (request.receivedOn() != null) {
            plan.receivedOn = request.receivedOn();
        }
        plan.touchedBy(user.username());
    }

    /**
     * The signed document and the day the plan reached the commune are not after today; the plan reached the
     * commune neither before it was signed nor before the year before its Action Month (a plan is prepared
     * ahead, at the earliest from the previous year).
     */
    private void checkDates(ActionMonthPlanRequest request, int year) {
        LocalDate today = Calendar.today(clock);
        List<ProblemException.Violation> violations = new java.util.ArrayList<>();
        if (request.documentDate().isAfter(today)) {
            violations.add(new ProblemException.Violation("documentDate", "date.future", Calendar.format(today)));
        }
        LocalDate received = request.receivedOn();
        if (received != null) {
            LocalDate earliest = Calendar.startOfYear(year - 1);
            if (received.isAfter(today)) {
                violations.add(new ProblemException.Violation("receivedOn", "date.future", Calendar.format(today)));
            } else if (received.isBefore(earliest)) {
                violations.add(new ProblemException.Violation("receivedOn", "action-plan.received-on.before-year",
                        Calendar.format(earliest)));
            } else if (received.isBefore(request.documentDate())) {
                violations.add(new ProblemException.Violation("receivedOn", "action-plan.received-on.before-document",
                        Calendar.format(request.documentDate())));
            }
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, violations, "problem.validation.detail",
                    violations.size());
        }
    }

    private ActionMonthPlan readable(long id) {
        ActionMonthPlan plan = plans.findFull(id).orElseThrow(() -> ProblemException.notFound("action-plan", id));
        unitAccess.checkReadable(plan.unit, "action-plan", id);
        return plan;
    }




    private void audit(ActionMonthPlan plan, AuditAction action, ActionMonthPlanView before,
            ActionMonthPlanView after) {
        auditLog.record(AuditedType.ACTION_MONTH_PLAN, plan.id, plan.unit.commune.id, action, before,
                after);
    }



    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private ActionMonthPlanView view(ActionMonthPlan plan) {
        return ActionMonthPlanView.of(plan, rules.actionMonthPlanOnTime(plan.receivedOn, plan.year));
    }
}
