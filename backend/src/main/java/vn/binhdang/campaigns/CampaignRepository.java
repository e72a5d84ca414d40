package vn.binhdang.campaigns;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.binhdang.common.Listing;
import vn.binhdang.common.Sorting;
import vn.binhdang.security.ReadScope;

@ApplicationScoped
public class CampaignRepository implements PanacheRepository<Campaign> {
    private static final String FROM = "from Campaign k join fetch k.commune c join fetch c.parent p left join fetch k.leadUnit";
    private static final Map<String, String> SORTS = Map.of("startDate", "k.startDate", "name", "k.name");

    public Listing<Campaign> list(ReadScope scope, CampaignFilter filter, Page page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Parameters params = new Parameters();
        scope.restrict(where, params, "c.code", "p.code");
        if (filter.year != null) {
            where.append(" and k.year = :year");
            params.and("year", filter.year);
        }
        if (filter.occasion != null) {
            where.append(" and k.occasion = :occasion");
            params.and("occasion", filter.occasion);
        }
        if (filter.from != null) {
            where.append(" and k.endDate >= :from");
            params.and("from", filter.from);
        }
        if (filter.to != null) {
            where.append(" and k.startDate <= :to");
            params.and("to", filter.to);
        }
        return Listing.of(this, FROM, where.toString(), Sorting.of(filter.sort, SORTS, "k.id"), params, page);
    }

    public Optional<Campaign> findWithCommune(long id) {
        return find(FROM + " where k.id = ?1", id).firstResultOptional();
    }

    /** The recurring campaigns (by occasion) a commune has for a year. */
    public List<Campaign> recurringOf(long communeId, int year) {
        return list("commune.id = ?1 and year = ?2 and occasion <> ?3", communeId, year, Occasion.OTHER);
    }

    public Optional<Campaign> recurring(long communeId, int year, Occasion occasion) {
        return find("commune.id = ?1 and year = ?2 and occasion = ?3", communeId, year, occasion)
                .firstResultOptional();
    }

}
