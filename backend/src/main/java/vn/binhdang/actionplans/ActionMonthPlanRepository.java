package vn.binhdang.actionplans;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import vn.binhdang.common.Calendar;
import vn.binhdang.common.Listing;
import vn.binhdang.security.ReadScope;
import vn.binhdang.units.Unit;

@ApplicationScoped
public class ActionMonthPlanRepository implements PanacheRepository<ActionMonthPlan> {
    private static final String FROM = "from ActionMonthPlan a join fetch a.unit u join fetch u.commune c join fetch c.parent p";

    public Optional<ActionMonthPlan> findFull(long id) {
        return find(FROM + " where a.id = ?1", id).firstResultOptional();
    }

    public boolean exists(long unitId, int year) {
        return count("unit.id = ?1 and year = ?2", unitId, year) > 0;
    }

    /** One page of the plans the caller may read, newest year first, then by unit name (Vietnamese order). */
    public Listing<ActionMonthPlan> list(ReadScope scope, ActionMonthPlanFilter filter, Page page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Parameters params = new Parameters();
        scope.restrictToUnit(where, params, "c.code", "p.code", "u.code");
        if (filter.year != null) {
            where.append(" and a.year = :year");
            params.and("year", filter.year);
        }
        filter.restrictUnit(where, params, "u");
        return Listing.of(this, FROM, where.toString(),
                Sort.descending("a.year").and("u.name").and("a.id"), params, page);
    }

    /** A unit of the commune that existed during the year, with its plan of that year (null if none). */
    public record UnitPlan(Unit unit, ActionMonthPlan plan) {
    }

    /**
     * The commune's units that existed at some time during the year (started by 31/12, not ended before
     * 1/1), each with its plan for the year if filed; optionally only those that filed or did not.
     */
    public Listing<UnitPlan> status(long communeId, int year, Boolean filed, Page page) {
        String where = """
                from Unit u left join ActionMonthPlan a on a.unit = u and a.year = :year
                 where u.commune.id = :commune and u.activeFrom <= :yearEnd
                   and (u.activeTo is null or u.activeTo >= :yearStart)""";
        if (filed != null) {
            where += filed ? " and a.id is not null" : " and a.id is null";
        }
        var em = getEntityManager();
        var rows = em.createQuery("select u, a " + where + " order by u.name, u.id", Object[].class)
                .setParameter("year", year).setParameter("commune", communeId)
                .setParameter("yearStart", Calendar.startOfYear(year)).setParameter("yearEnd", Calendar.endOfYear(year))
                .setFirstResult(page.index * page.size).setMaxResults(page.size).getResultList();
        long total = em.createQuery("select count(u) " + where, Long.class)
                .setParameter("year", year).setParameter("commune", communeId)
                .setParameter("yearStart", Calendar.startOfYear(year)).setParameter("yearEnd", Calendar.endOfYear(year))
                .getSingleResult();
        List<UnitPlan> plans = rows.stream().map(r -> new UnitPlan((Unit) r[0], (ActionMonthPlan) r[1])).toList();
        return new Listing<>(plans, total);
    }

    /** Stores the signed document's bytes next to its description (set on the entity by the caller). */
    public void storeContent(long planId, byte[] content) {
        getEntityManager().createNativeQuery("UPDATE action_month_plan SET attachment = :content WHERE id = :id")
                .setParameter("content", content).setParameter("id", planId).executeUpdate();
    }

    public Optional<byte[]> content(long planId) {
        return getEntityManager()
                .createNativeQuery("SELECT attachment FROM action_month_plan WHERE id = :id AND attachment IS NOT NULL",
                        byte[].class)
                .setParameter("id", planId).getResultStream().findFirst().map(byte[].class::cast);
    }
}
