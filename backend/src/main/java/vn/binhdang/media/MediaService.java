package vn.binhdang.media;

import java.time.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.binhdang.units.UnitAccess;
import vn.binhdang.areas.AreaAccess;
import vn.binhdang.audit.AuditAction;
import vn.binhdang.audit.AuditLog;
import vn.binhdang.audit.AuditedType;
import vn.binhdang.common.Calendar;
import vn.binhdang.common.PageParams;
import vn.binhdang.common.PageView;
import vn.binhdang.common.ProblemException;
import vn.binhdang.common.Withdrawal;
import vn.binhdang.common.ProblemException.Violation;
import vn.binhdang.common.ProblemType;
import vn.binhdang.security.CurrentUser;
import vn.binhdang.units.Unit;
import vn.binhdang.units.UnitRepository;

/**
 * Media products (target 4) and the versioned gender checklist they are assessed against. A unit
 * reporter records their own unit's products; the commune's coordinator and admin record any unit's
 * and assess them. Checklist versions are only ever added.
 */
@ApplicationScoped
@Transactional
public class MediaService {
    @Inject
    UnitAccess unitAccess;

    @Inject
    AreaAccess access;

    @Inject
    Clock clock;

    @Inject
    MediaChecklistRepository checklists;

    @Inject
    MediaProductRepository products;

    @Inject
    UnitRepository units;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog auditLog;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<MediaChecklistView> checklists(PageParams paging) {
        user.readScope();
        return checklists.all(paging.toPage()).toPage(MediaChecklistView::of, paging);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MediaChecklistView checklist(int number) {
        user.readScope();
        return checklists.findByNumber(number).map(MediaChecklistView::of)
                .orElseThrow(() -> ProblemException.notFound("media-checklist", number));
    }

    /**
     * Adds the next version, for every commune (so only the province's programme administrator may); earlier
     * versions, and the assessments made with them, stay as they are.
     */
    public MediaChecklistView createChecklist(MediaChecklistRequest request) {
        user.checkOwnsSharedData();
        List<Violation> violations = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < request.criteria().size(); i++) {
            if (!codes.add(request.criteria().get(i).code())) {
                violations.add(new Violation("criteria[" + i + "].code", "checklist.code.duplicate",
                        request.criteria().get(i).code()));
            }
        }
        if (request.threshold() > request.criteria().size()) {
            violations.add(new Violation("threshold", "checklist.threshold.above-criteria", request.criteria().size()));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, violations, "problem.validation.detail",
                    violations.size());
        }
        MediaChecklist checklist = new MediaChecklist();
        checklist.number = checklists.latestNumber() + 1;
        checklist.title = request.title().strip();
        checklist.threshold = request.threshold();
        checklist.criteria = request.criteria().stream()
                .map(c -> new ChecklistCriterion(c.code(), c.textVi().strip(), c.textEn().strip())).toList();
        checklist.createdBy = user.username();
        checklist.createdAt = Calendar.now(clock);
        checklists.persist(checklist);
        checklists.flush();
        return MediaChecklistView.of(checklist);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<MediaProductView> list(MediaProductFilter filter, PageParams paging) {
        return products.list(user.readScope(filter.communeCode), filter, paging.toPage()).toPage(MediaProductView::of, paging);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MediaProductView get(long id) {
        return MediaProductView.of(readable(id));
    }

    public MediaProductView create(MediaProductRequest request) {
        Unit unit = unitAccess.writableUnit(request.unitId());
        MediaProduct product = new MediaProduct();
        apply(request, unit, product);
        products.persist(product);
        products.flush();
        MediaProductView created = MediaProductView.of(product);
        audit(product, AuditAction.CREATED, null, created);
        return created;
    }

    public MediaProductView update(long id, MediaProductRequest request) {
        MediaProduct product = readable(id);
        unitAccess.checkWritable(product.unit);
        ProblemException.checkVersion(request.version(), product.version);
        Unit unit = product.unit.id.equals(request.unitId()) ? product.unit : unitAccess.writableUnit(request.unitId());
        if (!unit.commune.id.equals(product.unit.commune.id)) {
            throw ProblemException.invalidField("unitId", "unit.not-in-commune", request.unitId());
        }
        MediaProductView before = MediaProductView.of(product);
        apply(request, unit, product);
        products.flush();
        MediaProductView after = MediaProductView.of(product);
        audit(product, AuditAction.UPDATED, before, after);
        return after;
    }

    /** Withdraws a product entered by mistake, with its assessment, for whoever may edit it; audited with the reason. */
    public void delete(long id, Withdrawal withdrawal) {
        MediaProduct product = readable(id);
        unitAccess.checkWritable(product.unit);
        String reason = withdrawal.checkedReason(product.version);
        MediaProductView last = MediaProductView.of(product);
        products.delete(product);
        products.flush();
        auditLog.deleted(AuditedType.MEDIA_PRODUCT, id, product.unit.commune.id, last, reason);
    }

    /**
     * Assesses a product against one version of the checklist: every criterion of that version must be
     * answered, and none other; it passes when the criteria met reach the version's threshold.
     */
    public MediaProductView assess(long id, MediaAssessmentRequest request) {
        MediaProduct product = readable(id);
        access.checkManages(product.unit.commune);
        ProblemException.checkVersion(request.version(), product.version);
        MediaChecklist checklist = checklists.findByNumber(request.checklistVersion())
                .orElseThrow(() -> ProblemException.invalidField("checklistVersion", "checklist.version.unknown",
                        request.checklistVersion()));
        Set<String> missing = new TreeSet<>();
        Map<String, Boolean> answers = new LinkedHashMap<>();
        for (ChecklistCriterion criterion : checklist.criteria) {
            Boolean answer = request.answers().get(criterion.code());
            if (answer == null) {
                missing.add(criterion.code());
            } else {
                answers.put(criterion.code(), answer);
            }
        }
        Set<String> unknown = new TreeSet<>(request.answers().keySet());
        unknown.removeAll(answers.keySet());
        unknown.removeAll(missing);
        List<Violation> violations = new ArrayList<>();
        if (!missing.isEmpty()) {
            violations.add(new Violation("answers", "assessment.answers.missing", String.join(", ", missing)));
        }
        if (!unknown.isEmpty()) {
            violations.add(new Violation("answers", "assessment.answers.unknown", String.join(", ", unknown),
                    checklist.number));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, violations, "problem.validation.detail",
                    violations.size());
        }
        MediaProductView before = MediaProductView.of(product);
        long met = answers.values().stream().filter(Boolean.TRUE::equals).count();
        product.checklist = checklist;
        product.answers = answers;
        product.passed = met >= checklist.threshold;
        product.assessedBy = user.username();
        product.assessedAt = Calendar.now(clock);
        product.touchedBy(user.username());
        products.flush();
        MediaProductView after = MediaProductView.of(product);
        audit(product, AuditAction.UPDATED, before, after);
        return after;
    }

    private void apply(MediaProductRequest request, Unit unit, MediaProduct product) {
        LocalDate today = Calendar.today(clock);
        if (request.publishedOn().isAfter(today)) {
            throw ProblemException.invalidField("publishedOn", "date.future", Calendar.format(today));
        }
        unit.checkActiveOn("publishedOn", request.publishedOn());
        product.unit = unit;
        product.kind = request.kind();
        product.title = request.title().strip();
        product.publishedOn = request.publishedOn();
        product.touchedBy(user.username());
    }

    private MediaProduct readable(long id) {
        MediaProduct product = products.findFull(id).orElseThrow(() -> ProblemException.notFound("media-product", id));
        unitAccess.checkReadable(product.unit, "media-product", id);
        return product;
    }



    private void audit(MediaProduct product, AuditAction action, MediaProductView before, MediaProductView after) {
        auditLog.record(AuditedType.MEDIA_PRODUCT, product.id, product.unit.commune.id, action,
                before, after);
    }
}
