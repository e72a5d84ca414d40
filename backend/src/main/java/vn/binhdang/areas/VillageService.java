package vn.binhdang.areas;

import java.util.Map;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.binhdang.audit.AuditedType;
import vn.binhdang.audit.AuditLog;
import vn.binhdang.audit.AuditAction;
import vn.binhdang.common.PageParams;
import vn.binhdang.common.PageView;
import vn.binhdang.common.ProblemException;
import vn.binhdang.common.ProblemType;
import vn.binhdang.common.Sorting;
import vn.binhdang.security.CurrentUser;

/** Villages of a commune: read within the caller's scope, written by the commune's managers. */
@ApplicationScoped
@Transactional
public class VillageService {
    @Inject
    AuditLog auditLog;

    @Inject
    AreaAccess access;

    private static final Map<String, String> SORTS = Map.of("name", "v.name", "code", "v.code");

    @Inject
    AreaRepository areas;

    @Inject
    CurrentUser user;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<VillageView> list(String communeCode, String text, String sort, PageParams paging) {
        return areas.villages(user.readScope(communeCode), text, Sorting.of(sort, SORTS, "v.id"), paging.toPage())
                .toPage(VillageView::of, paging);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public VillageView get(long id) {
        return VillageView.of(readable(id));
    }

    public VillageView create(VillageRequest request) {
        Area commune = access.managedCommune(request.communeCode());
        checkCodeBelongsToCommune(request);
        if (areas.codeExists(request.code())) {
            throw new ProblemException(ProblemType.CONFLICT, java.util.List.of(
                    new ProblemException.Violation("code", "village.code.taken", request.code())),
                    "problem.conflict.code", request.code());
        }
        Area village = new Area();
        village.level = AreaLevel.VILLAGE;
        village.parent = commune;
        village.code = request.code();
        village.name = request.name().strip();
        village.touchedBy(user.username());
        areas.persist(village);
        areas.flush();
        VillageView created = VillageView.of(village);
        auditLog.record(AuditedType.VILLAGE, village.id, commune.id, AuditAction.CREATED, null, created);
        return created;
    }

    public VillageView update(long id, VillageRequest request) {
        Area village = readable(id);
        access.checkManages(village.parent);
        ProblemException.checkVersion(request.version(), village.version);
        if (!village.parent.code.equals(request.communeCode())) {
            throw ProblemException.invalidField("communeCode", "commune.code.immutable");
        }
        checkCodeBelongsToCommune(request);
        if (!village.code.equals(request.code()) && areas.codeExists(request.code())) {
            throw new ProblemException(ProblemType.CONFLICT, java.util.List.of(
                    new ProblemException.Violation("code", "village.code.taken", request.code())),
                    "problem.conflict.code", request.code());
        }
        VillageView before = VillageView.of(village);
        village.code = request.code();
        village.name = request.name().strip();
        village.touchedBy(user.username());
        areas.flush();
        VillageView after = VillageView.of(village);
        auditLog.record(AuditedType.VILLAGE, village.id, village.parent.id, AuditAction.UPDATED, before, after);
        return after;
    }

    private Area readable(long id) {
        Area village = areas.findVillage(id).orElseThrow(() -> ProblemException.notFound("village", id));
        access.checkReadable(village.parent, "village", id);
        return village;
    }


    private static void checkCodeBelongsToCommune(VillageRequest request) {
        if (!request.code().startsWith(request.communeCode() + "-")) {
            throw ProblemException.invalidField("code", "village.code.prefix", request.communeCode());
        }
    }
}
