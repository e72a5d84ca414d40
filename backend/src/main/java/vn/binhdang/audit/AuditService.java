package vn.binhdang.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.binhdang.common.PageParams;
import vn.binhdang.common.PageView;
import vn.binhdang.common.ProblemException;
import vn.binhdang.common.ProblemType;
import vn.binhdang.security.CurrentUser;

/** A record's history, for the runners of the commune that holds it (another commune's record has none). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditService {
    @Inject
    CurrentUser user;

    @Inject
    AuditEventRepository events;

    public PageView<AuditEntryView> history(AuditedType type, long entityId, PageParams paging) {
        String commune = user.communeCode();
        if (commune == null) {
            throw new ProblemException(ProblemType.FORBIDDEN, "problem.forbidden.no-scope");
        }
        return events.history(type, entityId, commune, paging.toPage()).toPage(AuditEntryView::of, paging);
    }
}
