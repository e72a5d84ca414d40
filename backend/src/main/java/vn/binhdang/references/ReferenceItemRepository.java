package vn.binhdang.references;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import vn.binhdang.common.Listing;

@ApplicationScoped
public class ReferenceItemRepository implements PanacheRepository<ReferenceItem> {

    /** Shared entries plus those of the commune (none when communeId is null, e.g. a province user). */
    public Listing<ReferenceItem> visible(Long communeId, ReferenceKind kind, boolean includeInactive, Page page) {
        StringBuilder where = new StringBuilder(" where (r.commune is null");
        Parameters params = new Parameters();
        if (communeId != null) {
            where.append(" or c.id = :commune");
            params.and("commune", communeId);
        }
        where.append(")");
        if (kind != null) {
            where.append(" and r.kind = :kind");
            params.and("kind", kind);
        }
        if (!includeInactive) {
            where.append(" and r.active = true");
        }
        return Listing.of(this, "from ReferenceItem r left join fetch r.commune c", where.toString(),
                Sort.by("r.kind").and("r.sortOrder").and("r.labelVi").and("r.id"), params, page);
    }

    public boolean codeTaken(ReferenceKind kind, String code, long communeId) {
        return count("kind = ?1 and code = ?2 and (commune is null or commune.id = ?3)", kind, code, communeId) > 0;
    }

    /** Whether the code is used by a shared entry or by any commune's own entry of the kind. */
    public boolean codeTakenAnywhere(ReferenceKind kind, String code) {
        return count("kind = ?1 and code = ?2", kind, code) > 0;
    }

    public List<ReferenceItem> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
