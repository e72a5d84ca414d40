package vn.binhdang.references;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.binhdang.audit.AuditedType;
import vn.binhdang.audit.AuditLog;
import vn.binhdang.audit.AuditAction;
import vn.binhdang.areas.Area;
import vn.binhdang.areas.AreaRepository;
import vn.binhdang.common.PageParams;
import vn.binhdang.common.PageView;
import vn.binhdang.common.ProblemException;
import vn.binhdang.common.ProblemType;
import vn.binhdang.security.CurrentUser;
import vn.binhdang.security.Roles;

/** Reference lists: everyone reads; a commune admin adds and edits the commune's own entries. */
@ApplicationScoped
@Transactional
public class ReferenceItemService {
    @Inject
    AuditLog auditLog;

    @Inject
    ReferenceItemRepository items;

    @Inject
    AreaRepository areas;

    @Inject
    CurrentUser user;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<ReferenceItemView> list(ReferenceKind kind, boolean includeInactive, PageParams paging) {
        user.readScope();
        Long communeId = user.communeCode() == null ? null
                : areas.findByCode(user.communeCode()).map(a -> a.id).orElse(null);
        return items.visible(communeId, kind, includeInactive, paging.toPage()).toPage(ReferenceItemView::of, paging);
    }

    public ReferenceItemView create(ReferenceItemRequest request) {
        Area commune = adminsCommune();
        if (items.codeTaken(request.kind(), request.code(), commune.id)) {
            throw new ProblemException(ProblemType.CONFLICT,
                    List.of(new ProblemException.Violation("code", "reference.code.taken", request.code())),
                    "problem.conflict.code", request.code());
        }
        ReferenceItem item = new ReferenceItem();
        item.kind = request.kind();
        item.commune = commune;
        apply(request, item);
        items.persist(item);
        items.flush();
        ReferenceItemView created = ReferenceItemView.of(item);
        auditLog.record(AuditedType.REFERENCE_ITEM, item.id, commune.id, AuditAction.CREATED, null, created);
        return created;
    }

    public ReferenceItemView update(long id, ReferenceItemRequest request) {
        Area commune = adminsCommune();
        ReferenceItem item = items.findByIdOptional(id).filter(i -> i.availableTo(commune.id))
                .orElseThrow(() -> ProblemException.notFound("reference-item", id));
        if (item.commune == null) {
            throw new ProblemException(ProblemType.FORBIDDEN, "problem.forbidden.shared-reference");
        }
        ProblemException.checkVersion(request.version(), item.version);
        if (request.kind() != item.kind) {
            throw ProblemException.invalidField("kind", "reference.kind.immutable");
        }
        if (!item.code.equals(request.code()) && items.codeTaken(request.kind(), request.code(), commune.id)) {
            throw new ProblemException(ProblemType.CONFLICT,
                    List.of(new ProblemException.Violation("code", "reference.code.taken", request.code())),
                    "problem.conflict.code", request.code());
        }
        ReferenceItemView before = ReferenceItemView.of(item);
        apply(request, item);
        items.flush();
        ReferenceItemView after = ReferenceItemView.of(item);
        auditLog.record(AuditedType.REFERENCE_ITEM, item.id, commune.id, AuditAction.UPDATED, before, after);
        return after;
    }

    private void apply(ReferenceItemRequest request, ReferenceItem item) {
        item.code = request.code();
        item.labelVi = request.labelVi().strip();
        item.labelEn = request.labelEn().strip();
        item.lawPolicy = request.kind() == ReferenceKind.TOPIC && Boolean.TRUE.equals(request.lawPolicy());
        item.needsReach = request.kind() == ReferenceKind.FORMAT && Boolean.TRUE.equals(request.needsReach());
        item.active = request.active() == null || request.active();
        item.sortOrder = request.sortOrder() == null ? 100 : request.sortOrder();
        item.touchedBy(user.username());
    }

    private Area adminsCommune() {
        if (!user.rawRoles().contains(Roles.COMMUNE_ADMIN) || user.communeCode() == null) {
            throw new ProblemException(ProblemType.FORBIDDEN, "problem.forbidden.commune-admin");
        }
        return areas.findCommune(user.communeCode())
                .orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN, "problem.forbidden.no-scope"));
    }
}
