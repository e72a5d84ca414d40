package vn.binhdang.units;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import vn.binhdang.common.Listing;
import vn.binhdang.common.Search;
import vn.binhdang.common.Sorting;
import vn.binhdang.security.ReadScope;

@ApplicationScoped
public class UnitRepository implements PanacheRepository<Unit> {
    private static final String FROM = "from Unit u join fetch u.commune c join fetch c.parent p";
    private static final Map<String, String> SORTS = Map.of(
            "name", "u.name", "code", "u.code", "kind", "u.kind", "activeFrom", "u.activeFrom");

    public Optional<Unit> findWithCommune(long id) {
        return find(FROM + " where u.id = ?1", id).firstResultOptional();
    }

    public Optional<Unit> findByCommuneAndCode(String communeCode, String code) {
        return find(FROM + " where c.code = ?1 and u.code = ?2", communeCode, code).firstResultOptional();
    }

    /** What still refers to a unit: its sessions, and campaigns it leads or takes part in. */
    public References references(long unitId) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                SELECT (SELECT count(*) FROM communication_session s WHERE s.unit_id = :unit),
                       (SELECT count(*) FROM campaign c WHERE c.lead_unit_id = :unit
                           OR EXISTS (SELECT 1 FROM campaign_unit cu WHERE cu.campaign_id = c.id AND cu.unit_id = :unit))""")
                .setParameter("unit", unitId).getSingleResult();
        return new References(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    public record References(long sessions, long campaigns) {
        public boolean any() {
            return sessions > 0 || campaigns > 0;
        }
    }

    public boolean codeTaken(long communeId, String code) {
        return count("commune.id = ?1 and code = ?2", communeId, code) > 0;
    }

    /** One page of the units the caller may read that match the filter, and the total count. */
    public Listing<Unit> list(ReadScope scope, UnitFilter filter, LocalDate today, Page page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Parameters params = new Parameters();
        scope.restrict(where, params, "c.code", "p.code");
        if (filter.kind != null) {
            where.append(" and u.kind = :kind");
            params.and("kind", filter.kind);
        }
        if (filter.active != null) {
            String activeToday = "(u.activeFrom <= :today and (u.activeTo is null or u.activeTo >= :today))";
            where.append(filter.active ? " and " + activeToday : " and not " + activeToday);
            params.and("today", today);
        }
        Search.addWords(where, params, "u.searchText", filter.q);
        return Listing.of(this, FROM, where.toString(), Sorting.of(filter.sort, SORTS, "u.id"), params, page);
    }
}
