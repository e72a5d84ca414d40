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

    /** Whether the commune is enabled for the programme: the SQL rule commune_enabled (migration V12). */
    public boolean enabled(long communeId) {
        return (Boolean) getEntityManager().createNativeQuery("SELECT commune_enabled(:commune)")
                .setParameter("commune", communeId).getSingleResult();
    }

    /** The template's period, first and last year. */
    public int[] templatePeriod() {
        Object[] row = (Object[]) getEntityManager()
                .createNativeQuery("SELECT period_start, period_end FROM programme_template WHERE id = 1").getSingleResult();
        return new int[] {((Number) row[0]).intValue(), ((Number) row[1]).intValue()};
    }

    /** Creates the commune's plan from the template (migration V12's create_plan_from_template); its id. */
    public long createFromTemplate(long communeId, PlanCreateRequest request, String issuedText, String username) {
        return ((Number) getEntityManager().createNativeQuery("""
                SELECT create_plan_from_template(:commune, :number, :issuedOn, :issuedText, :signer, :title,
                                                 :implements, :user)""")
                .setParameter("commune", communeId).setParameter("number", request.documentNumber().strip())
                .setParameter("issuedOn", request.issuedOn()).setParameter("issuedText", issuedText)
                .setParameter("signer", request.signerName().strip()).setParameter("title", request.signerTitle().strip())
                .setParameter("implements", request.implementsPlan().strip()).setParameter("user", username)
                .getSingleResult()).longValue();
    }
}
