package vn.binhdang.conventions;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.binhdang.common.Listing;

@ApplicationScoped
public class ConventionReviewRepository implements PanacheRepository<ConventionReview> {
    private static final Sort NEWEST_FIRST = Sort.descending("r.reviewedOn").and("r.id", Sort.Direction.Descending);

    /** The latest review of each convention (latest day, then latest recorded), in one query. */
    public Map<Long, ConventionReview> latestOf(Collection<Long> conventionIds) {
        Map<Long, ConventionReview> latest = new LinkedHashMap<>();
        if (conventionIds.isEmpty()) {
            return latest;
        }
        find("from ConventionReview r where r.conventionId in ?1", NEWEST_FIRST, conventionIds).list()
                .forEach(r -> latest.putIfAbsent(r.conventionId, r));
        return latest;
    }

    public Listing<ConventionReview> of(long conventionId, Page page) {
        return Listing.of(this, "from ConventionReview r", " where r.conventionId = :convention", NEWEST_FIRST,
                Parameters.with("convention", conventionId), page);
    }
}
