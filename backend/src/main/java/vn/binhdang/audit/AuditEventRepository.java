package vn.binhdang.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.binhdang.common.Listing;

@ApplicationScoped
public class AuditEventRepository implements PanacheRepository<AuditEvent> {

    /** A record's history within one commune, newest first (another commune's record has none). */
    public Listing<AuditEvent> history(AuditedType type, long entityId, String communeCode, Page page) {
        return Listing.of(this, "from AuditEvent e", " where e.entityType = :type and e.entityId = :id"
                        + " and e.communeId = (select a.id from Area a where a.code = :commune)",
                Sort.descending("e.changedAt").and("e.id", Sort.Direction.Descending),
                Parameters.with("type", type).and("id", entityId).and("commune", communeCode), page);
    }
}
