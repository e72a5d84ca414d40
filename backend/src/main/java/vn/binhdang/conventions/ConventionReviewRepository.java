package vn.binhdang.conventions;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.binhdang.common.Listing;

@ApplicationScoped
public class ConventionReviewRepository implements PanacheRepository<ConventionReview> {
    private static final Sort NEWEST_FIRST = Sort.descending("r.reviewedOn").and("r.id", Sort.Direction.Descending);

    /**
     * HQL for the id of the review that decides a convention's standing as of {@code :asOf}: SQL function
     * {@code latest_convention_review_id} (migration V8), the one definition the engine reads too. Format with
     * the HQL path of the convention's id.
     */
    static final String LATEST_REVIEW_ID = "function('latest_convention_review_id', %s, cast(:asOf as LocalDate))";

    /** The review that decides each convention's standing as of the day, in one query. */
    public Map<Long, ConventionReview> latestOf(Collection<Long> conventionIds, LocalDate asOf) {
        Map<Long, ConventionReview> latest = new LinkedHashMap<>();
        if (conventionIds.isEmpty()) {
            return latest;
        }
        find("from ConventionReview r where r.conventionId in :ids and r.id = " + LATEST_REVIEW_ID.formatted("r.conventionId"),
                Parameters.with("ids", conventionIds).and("asOf", asOf)).list()
                .forEach(r -> latest.put(r.conventionId, r));
        return latest;
    }

    public Listing<ConventionReview> of(long conventionId, Page page) {
        return Listing.of(this, "from ConventionReview r", " where r.conventionId = :convention", NEWEST_FIRST,
                Parameters.with("convention", conventionId), page);
    }
}
