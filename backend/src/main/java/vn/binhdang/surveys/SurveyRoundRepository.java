package vn.binhdang.surveys;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import vn.binhdang.common.Listing;
import vn.binhdang.security.ReadScope;

@ApplicationScoped
public class SurveyRoundRepository implements PanacheRepository<SurveyRound> {
    private static final String FROM = "from SurveyRound s join fetch s.commune c join fetch c.parent p";

    public Optional<SurveyRound> findWithCommune(long id) {
        return find(FROM + " where s.id = ?1", id).firstResultOptional();
    }

    /** The commune's baseline round, if it has one. */
    public Optional<SurveyRound> baselineOf(long communeId) {
        return find("commune.id = ?1 and baseline = true", communeId).firstResultOptional();
    }

    /** One page of the rounds the caller may read, the latest first. */
    public Listing<SurveyRound> list(ReadScope scope, Integer year, Page page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Parameters params = new Parameters();
        scope.restrict(where, params, "c.code", "p.code");
        if (year != null) {
            where.append(" and s.year = :year");
            params.and("year", year);
        }
        return Listing.of(this, FROM, where.toString(),
                Sort.descending("s.conductedOn").and("s.id", Sort.Direction.Descending), params, page);
    }
}
