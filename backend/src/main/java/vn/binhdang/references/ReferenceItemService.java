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

    /**
     * Adds an entry: a commune admin's goes to their commune's own list; the province's programme administrator's
     * goes to the shared list that every commune uses (its code must be free in every commune).
     */
    public ReferenceItemView create(ReferenceItemRequest request) {
        Owner owner = owner();
        boolean taken = owner.commune() == null ? items.codeTakenAnywhere(request.kind(), request.code())
                : items.codeTaken(request.kind(), request.code(), owner.commune().id);
        if (taken) {
            throw codeTaken(request.code());
        }
        ReferenceItem item = new ReferenceItem();
        item.kind = request.kind();
        item.commune = owner.commune();
        apply(request, item);
        items.persist(item);
        items.flush();
        ReferenceItemView created = ReferenceItemView.of(item);
        auditLog.record(AuditedType.REFERENCE_ITEM, item.id, owner.area().id, AuditAction.CREATED, null, created);
        return created;
    }

    /**
     * Changes an entry of the caller's own list: a commune admin their commune's (a shared entry is 403), the
     * province's programme administrator the shared list (a commune's own entry is not theirs: 404).
     */
    public ReferenceItemView update(long id, ReferenceItemRequest request) {
        Owner owner = owner();
        ReferenceItem item = items.findByIdOptional(id)
                .filter(i -> owner.commune() == null ? i.commune == null : i.availableTo(owner.commune().id))
                .orElseThrow(() -> ProblemException.notFound("reference-item", id));
        if (owner.commune() != null && item.commune == null) {
            throw new ProblemException(ProblemType.FORBIDDEN, "problem.forbidden.shared-reference");
        }
        ProblemException.checkVersion(request.version(), item.version);
        if (request.kind() != item.kind) {
            throw ProblemException.invalidField("kind", "reference.kind.immutable");
        }
        if (!item.code.equals(request.code())) {
            boolean taken = owner.commune() == null ? items.codeTakenAnywhere(request.kind(), request.code())
                    : items.codeTaken(request.kind(), request.code(), owner.commune().id);
            if (taken) {
                throw codeTaken(request.code());
            }
        }
        ReferenceItemView before = ReferenceItemView.of(item);
        apply(request, item);
        items.flush();
        ReferenceItemView after = ReferenceItemView.of(item);
        auditLog.record(AuditedType.REFERENCE_ITEM, item.id, owner.area().id, AuditAction.UPDATED, before, after);
        return after;
    }

    private static ProblemException codeTaken(String code) {
        return new ProblemException(ProblemType.CONFLICT,
                List.of(new ProblemException.Violation("code", "reference.code.taken", code)),
                "problem.conflict.code", code);
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

    /** Whose list the caller changes: the shared one (commune null, audited under the province) or a commune's. */
    private record Owner(Area commune, Area area) {
    }

    private Owner owner() {
        if (user.isProvinceAdmin()) {
            Area province = areas.findByCode(user.provinceCode())
                    .orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN, "problem.forbidden.no-scope"));
            return new Owner(null, province);
        }
        if (!user.rawRoles().contains(Roles.COMMUNE_ADMIN) || user.communeCode() == null) {
            throw new ProblemException(ProblemType.FORBIDDEN, "problem.forbidden.commune-admin");
        }
        Area commune = areas.findCommune(user.communeCode())
                .orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN, "problem.forbidden.no-scope"));
        return new Owner(commune, commune);
    }
}
