package vn.binhdang.conventions;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import vn.binhdang.common.Listing;
import vn.binhdang.security.ReadScope;

@ApplicationScoped
public class ConventionRepository implements PanacheRepository<VillageConvention> {
    private static final String FROM = "from VillageConvention k join fetch k.village v join fetch v.parent c "
            + "join fetch c.parent p";

    public Optional<VillageConvention> findFull(long id) {
        return find(FROM + " where k.id = ?1", id).firstResultOptional();
    }

    /** One page of the conventions the caller may read, by village name (Vietnamese order), then title. */
    public Listing<VillageConvention> list(ReadScope scope, ConventionFilter filter, LocalDate today, Page page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Parameters params = new Parameters();
        scope.restrict(where, params, "c.code", "p.code");
        if (filter.villageId != null) {
            where.append(" and v.id = :village");
            params.and("village", filter.villageId);
        }
        if (filter.villageCode != null) {
            where.append(" and v.code = :villageCode");
            params.and("villageCode", filter.villageCode);
        }
        if (filter.status != null) {
            where.append(" and k.status = :status");
            params.and("status", filter.status);
        }
        if (filter.standing == ConventionStanding.NOT_REVIEWED) {
            where.append(" and " + ConventionReviewRepository.LATEST_REVIEW_ID.formatted("k.id") + " is null");
            params.and("asOf", today);
        } else if (filter.standing != null) {
            where.append(" and exists (from ConventionReview r where r.id = "
                    + ConventionReviewRepository.LATEST_REVIEW_ID.formatted("k.id") + " and r.noDiscrimination = :clear)");
            params.and("asOf", today).and("clear", filter.standing == ConventionStanding.NO_DISCRIMINATION);
        }
        return Listing.of(this, FROM, where.toString(), Sort.by("v.name").and("k.title").and("k.id"), params, page);
    }
}
