package vn.binhdang.plans;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import vn.binhdang.common.Calendar;
import vn.binhdang.common.Listing;
import vn.binhdang.indicators.ProgrammeRules;
import vn.binhdang.security.ReadScope;

@ApplicationScoped
public class PlanRepository implements PanacheRepository<ProgrammePlan> {
    @Inject
    ProgrammeRules rules;

    private static final String FROM = "from ProgrammePlan pl join fetch pl.commune c join fetch c.parent p";

    public Listing<ProgrammePlan> list(ReadScope scope, Page page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Parameters params = new Parameters();
        scope.restrict(where, params, "c.code", "p.code");
        return Listing.of(this, FROM, where.toString(), Sort.by("c.name").and("pl.periodStart").and("pl.id"), params,
                page);
    }

    public Optional<ProgrammePlan> findWithCommune(long id) {
        return find(FROM + " where pl.id = ?1", id).firstResultOptional();
    }

    /** The earliest day a record of this commune's programme may carry. */
    public LocalDate startDateOf(long communeId) {
        return find("select min(pl.startDate) from ProgrammePlan pl where pl.commune.id = ?1", communeId)
                .project(LocalDate.class).firstResultOptional().orElseGet(() -> Calendar.startOfYear(rules.programmeFirstYear()));
    }
}
