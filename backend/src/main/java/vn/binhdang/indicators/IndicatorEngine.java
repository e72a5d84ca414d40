package vn.binhdang.indicators;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import vn.binhdang.units.Unit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.binhdang.common.Calendar;

/**
 * Computes the plan's five targets live from the records (DOMAIN.md, "The five targets"): nothing
 * is stored or scheduled, so a new session, plan, review or survey changes the number the next time it
 * is read. Each method answers the rows behind a number; {@link IndicatorService} turns them into
 * values, drill-downs and warnings.
 */
@ApplicationScoped
public class IndicatorEngine {
    /**
     * Target 1's test of a session (alias {@code s}) "on gender-equality law and policy": one of its topics is
     * in the list of SQL function {@code law_policy_topic_ids()} (migration V8). Every query that counts such
     * sessions writes exactly this.
     */
    public static final String LAW_POLICY_SESSION = "s.topic_ids && (SELECT law_policy_topic_ids())";

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    EntityManager em;

    @Inject
    ProgrammeRules rules;

    /** The commune a row belongs to (a province's figures mix the rows of all its communes). */
    public record Commune(long id, String code, String name) {
    }

    /** Target 1: each unit that existed during the year, its sessions and those on law and policy. */
    public record UnitSessions(Commune commune, long unitId, String code, String name, long sessions,
            long lawPolicySessions, long participantsMale, long participantsFemale, boolean met) {
    }

    /**
     * Target 2: each unit that existed during the year (the denominator, DOMAIN.md) and its Action-Month plan, if
     * filed: the day it reached the commune, whether on time, and whether the unit was active in the Action Month
     * (only then is it expected to file, and warned about when it has not).
     */
    public record UnitPlan(Commune commune, long unitId, String code, String name, Long planId, LocalDate receivedOn,
            boolean onTime, boolean planExpected) {
        public boolean filed() {
            return planId != null;
        }
    }

    /** Target 3: a community group's awareness in the baseline and in the year's latest round. */
    public record GroupAwareness(Long communeId, long groupId, String code, String labelVi, String labelEn,
            BigDecimal baselineRate, BigDecimal yearRate) {
        public boolean comparable() {
            return baselineRate != null && yearRate != null;
        }
    }

    /** Target 4: a media product of the year and whether it was assessed and passed. */
    public record Product(long communeId, long id, String unitCode, String unitName, String title, LocalDate publishedOn,
            Boolean passed) {
    }

    /** Target 5: a convention in force during the year and its latest review up to the year's end. */
    public record Convention(Commune commune, long id, String villageName, String title, Boolean noDiscrimination,
            LocalDate reviewedOn) {
    }

    /** Everything an area's five figures of a year are computed from, read once. */
    public record Inputs(List<UnitSessions> unitSessions, List<UnitPlan> unitPlans, List<GroupAwareness> groups,
            List<Product> products, List<Convention> conventions, Map<Integer, BigDecimal> targets,
            boolean relativeChange, ProgrammePeriod period) {
    }

    /** The inputs of the scope as a whole (one commune, or a province's communes taken together). */
    public Inputs inputs(AreaScope scope, int year) {
        return new Inputs(unitSessions(scope, year), unitPlans(scope, year), groupAwareness(scope, year),
                products(scope, year), conventions(scope, year), targets(scope, year), relativeChange(scope),
                period(scope));
    }

    /** A province's inputs taken together (its own figures) and each of its communes' on its own. */
    public record ProvinceInputs(Inputs whole, Map<Long, Inputs> byCommune) {
    }

    /**
     * The inputs of the scope as a whole and of each of the given communes of it, each on its own: every row
     * statement runs once for the whole scope, its rows serve the whole and are shared out by commune, so a
     * province of 170 communes costs what one province-wide figure costs, and each commune's figure is the one
     * its own dashboard shows. Only the statements that aggregate across communes (awareness, targets, change
     * mode, period) run a second time, for the whole.
     */
    public ProvinceInputs inputsByCommune(AreaScope scope, int year, Collection<Long> communeIds) {
        List<UnitSessions> allSessions = unitSessions(scope, year);
        List<UnitPlan> allPlans = unitPlans(scope, year);
        List<Product> allProducts = products(scope, year);
        List<Convention> allConventions = conventions(scope, year);
        Inputs whole = new Inputs(allSessions, allPlans, groupAwareness(scope, year), allProducts, allConventions,
                targets(scope, year), relativeChange(scope), period(scope));
        Map<Long, List<UnitSessions>> sessions = allSessions.stream()
                .collect(Collectors.groupingBy(u -> u.commune().id()));
        Map<Long, List<UnitPlan>> plans = allPlans.stream().collect(Collectors.groupingBy(u -> u.commune().id()));
        Map<Long, List<GroupAwareness>> groups = groupAwarenessByCommune(scope, year).stream()
                .collect(Collectors.groupingBy(GroupAwareness::communeId));
        Map<Long, List<Product>> products = allProducts.stream().collect(Collectors.groupingBy(Product::communeId));
        Map<Long, List<Convention>> conventions = allConventions.stream()
                .collect(Collectors.groupingBy(c -> c.commune().id()));
        Map<Long, Map<Integer, BigDecimal>> targets = targetsByCommune(scope, year);
        Map<Long, Boolean> relative = relativeChangeByCommune(scope);
        Map<Long, ProgrammePeriod> periods = periodByCommune(scope);
        ProgrammePeriod template = templatePeriod();
        Map<Long, Inputs> inputs = new HashMap<>();
        for (Long id : communeIds) {
            inputs.put(id, new Inputs(sessions.getOrDefault(id, List.of()), plans.getOrDefault(id, List.of()),
                    groups.getOrDefault(id, List.of()), products.getOrDefault(id, List.of()),
                    conventions.getOrDefault(id, List.of()), targets.getOrDefault(id, Map.of()),
                    relative.getOrDefault(id, false), periods.getOrDefault(id, template)));
        }
        return new ProvinceInputs(whole, inputs);
    }

    public List<UnitSessions> unitSessions(AreaScope scope, int year) {
        Query query = em.createNativeQuery("""
                WITH units AS (
                    SELECT u.id, u.code, u.name, u.commune_id FROM unit u
                    WHERE u.commune_id IN %s AND u.active_from <= :yearEnd
                      AND (u.active_to IS NULL OR u.active_to >= :yearStart)),
                -- MATERIALIZED: computed once, not once per unit under a generic plan (dashboard benchmark).
                counts AS MATERIALIZED (
                    SELECT s.unit_id, count(*) AS sessions,
                           count(*) FILTER (WHERE %s) AS law,
                           sum(s.participants_male) AS male, sum(s.participants_female) AS female
                    FROM communication_session s
                    WHERE s.commune_id IN %s AND s.held_on BETWEEN :yearStart AND :yearEnd
                    GROUP BY s.unit_id)
                SELECT u.id, u.code, u.name, coalesce(c.sessions, 0), coalesce(c.law, 0),
                       coalesce(c.male, 0), coalesce(c.female, 0), a.id, a.code, a.name
                FROM units u LEFT JOIN counts c ON c.unit_id = u.id JOIN area a ON a.id = u.commune_id
                ORDER BY u.name, u.id""".formatted(AreaScope.COMMUNES, LAW_POLICY_SESSION, AreaScope.COMMUNES));
        bindYear(bindScope(query, scope), year);
        List<UnitSessions> rows = new ArrayList<>();
        for (Object[] r : rows(query)) {
            rows.add(new UnitSessions(commune(r, 7), num(r[0]), (String) r[1], (String) r[2], num(r[3]), num(r[4]),
                    num(r[5]), num(r[6]), rules.lawPolicyMet(num(r[4]))));
        }
        return rows;
    }

    public List<UnitPlan> unitPlans(AreaScope scope, int year) {
        Query query = em.createNativeQuery("""
                SELECT u.id, u.code, u.name, p.id, p.received_on, u.active_from, u.active_to, a.id, a.code, a.name
                FROM unit u LEFT JOIN action_month_plan p ON p.unit_id = u.id AND p.year = :year
                JOIN area a ON a.id = u.commune_id
                WHERE u.commune_id IN %s AND u.active_from <= :yearEnd
                  AND (u.active_to IS NULL OR u.active_to >= :yearStart)
                ORDER BY u.name, u.id""".formatted(AreaScope.COMMUNES));
        bindYear(bindScope(query, scope), year).setParameter("year", year);
        List<UnitPlan> rows = new ArrayList<>();
        for (Object[] r : rows(query)) {
            LocalDate receivedOn = date(r[4]);
            LocalDate activeFrom = date(r[5]);
            LocalDate activeTo = date(r[6]);
            boolean expected = Unit.activeBetween(activeFrom, activeTo, rules.actionMonthStart(year),
                    rules.actionMonthEnd(year));
            rows.add(new UnitPlan(commune(r, 7), num(r[0]), (String) r[1], (String) r[2], r[3] == null ? null : num(r[3]),
                    receivedOn, rules.actionMonthPlanOnTime(receivedOn, year), expected));
        }
        return rows;
    }

    /**
     * Awareness rate (%) per community group: in each commune's baseline round, and in its latest
     * non-baseline round of the year; THRESHOLD rounds count respondents meeting the threshold,
     * MEAN_SCORE rounds take the respondent-weighted mean score over the scale. Over several communes the
     * rates are respondent-weighted across them.
     */
    public List<GroupAwareness> groupAwareness(AreaScope scope, int year) {
        return groupAwareness(scope, year, AREA);
    }

    /** {@link #groupAwareness(AreaScope, int)} of each commune of the scope on its own (rows carry the commune). */
    public List<GroupAwareness> groupAwarenessByCommune(AreaScope scope, int year) {
        return groupAwareness(scope, year, BY_COMMUNE);
    }

    private List<GroupAwareness> groupAwareness(AreaScope scope, int year, String key) {
        Query query = em.createNativeQuery("""
                WITH rounds AS (
                    SELECT r.id, r.commune_id, r.baseline, r.measure, r.scale_max FROM survey_round r
                    WHERE r.commune_id IN %s AND (r.baseline OR r.id = (
                        SELECT r2.id FROM survey_round r2
                        WHERE r2.commune_id = r.commune_id AND NOT r2.baseline AND r2.year = :year
                        ORDER BY r2.conducted_on DESC, r2.id DESC LIMIT 1))),
                rates AS (
                    SELECT %s AS commune_id, res.group_id, ro.baseline,
                           CASE WHEN sum(res.respondents) = 0 THEN NULL
                                WHEN bool_and(ro.measure = 'THRESHOLD')
                                    THEN 100.0 * sum(res.aware) / sum(res.respondents)
                                ELSE 100.0 * sum(res.mean_score / ro.scale_max * res.respondents) / sum(res.respondents)
                           END AS rate
                    FROM survey_result res JOIN rounds ro ON ro.id = res.round_id
                    GROUP BY 1, res.group_id, ro.baseline)
                SELECT rates.commune_id, g.id, g.code, g.label_vi, g.label_en,
                       max(rates.rate) FILTER (WHERE rates.baseline), max(rates.rate) FILTER (WHERE NOT rates.baseline)
                FROM rates JOIN reference_item g ON g.id = rates.group_id
                GROUP BY rates.commune_id, g.id, g.code, g.label_vi, g.label_en, g.sort_order
                ORDER BY rates.commune_id, g.sort_order, g.id""".formatted(AreaScope.COMMUNES, key.replace("%", "ro.")));
        bindScope(query, scope).setParameter("year", year);
        List<GroupAwareness> rows = new ArrayList<>();
        for (Object[] r : rows(query)) {
            rows.add(new GroupAwareness(r[0] == null ? null : num(r[0]), num(r[1]), (String) r[2], (String) r[3],
                    (String) r[4], decimal(r[5]), decimal(r[6])));
        }
        return rows;
    }

    public List<Product> products(AreaScope scope, int year) {
        Query query = em.createNativeQuery("""
                SELECT u.commune_id, m.id, u.code, u.name, m.title, m.published_on, m.passed
                FROM media_product m JOIN unit u ON u.id = m.unit_id
                WHERE u.commune_id IN %s AND m.published_on BETWEEN :yearStart AND :yearEnd
                ORDER BY m.published_on, m.id""".formatted(AreaScope.COMMUNES));
        bindYear(bindScope(query, scope), year);
        List<Product> rows = new ArrayList<>();
        for (Object[] r : rows(query)) {
            rows.add(new Product(num(r[0]), num(r[1]), (String) r[2], (String) r[3], (String) r[4], date(r[5]),
                    (Boolean) r[6]));
        }
        return rows;
    }

    /** Conventions not annulled and recognised by the year's end, each with its latest review by then. */
    public List<Convention> conventions(AreaScope scope, int year) {
        Query query = em.createNativeQuery("""
                SELECT c.id, v.name, c.title, lr.no_discrimination, lr.reviewed_on, a.id, a.code, a.name
                FROM village_convention c
                JOIN area v ON v.id = c.village_id
                JOIN area a ON a.id = v.parent_id
                LEFT JOIN convention_review lr ON lr.id = latest_convention_review_id(c.id, :yearEnd)
                WHERE v.parent_id IN %s AND c.status <> 'ANNULLED'
                  AND (c.decision_date IS NULL OR c.decision_date <= :yearEnd)
                ORDER BY v.name, c.id""".formatted(AreaScope.COMMUNES));
        bindScope(query, scope).setParameter("yearEnd", Calendar.endOfYear(year));
        List<Convention> rows = new ArrayList<>();
        for (Object[] r : rows(query)) {
            rows.add(new Convention(commune(r, 5), num(r[0]), (String) r[1], (String) r[2], (Boolean) r[3],
                    date(r[4])));
        }
        return rows;
    }

    /** The yearly target values (averaged over the communes' plans for a province), by target number. */
    public Map<Integer, BigDecimal> targets(AreaScope scope, int year) {
        return targetsBy(scope, year, AREA).getOrDefault(null, Map.of());
    }

    /** {@link #targets(AreaScope, int)} of each commune of the scope that has a plan, by commune id. */
    public Map<Long, Map<Integer, BigDecimal>> targetsByCommune(AreaScope scope, int year) {
        return targetsBy(scope, year, BY_COMMUNE);
    }

    private Map<Long, Map<Integer, BigDecimal>> targetsBy(AreaScope scope, int year, String key) {
        Query query = em.createNativeQuery("""
                SELECT %s, t.number, avg(v.value)
                FROM plan_target t
                JOIN programme_plan pl ON pl.id = t.plan_id
                JOIN plan_target_value v ON v.target_id = t.id AND v.year = :year
                WHERE pl.commune_id IN %s
                GROUP BY 1, t.number""".formatted(key.replace("%", "pl."), AreaScope.COMMUNES));
        bindScope(query, scope).setParameter("year", year);
        Map<Long, Map<Integer, BigDecimal>> targets = new HashMap<>();
        for (Object[] r : rows(query)) {
            targets.computeIfAbsent(r[0] == null ? null : num(r[0]), id -> new HashMap<>())
                    .put(((Number) r[1]).intValue(), decimal(r[2]).setScale(2, RoundingMode.HALF_UP));
        }
        return targets;
    }

    /** Whether target 3's change is counted in percentage points (default) or relative %. */
    public boolean relativeChange(AreaScope scope) {
        return Boolean.TRUE.equals(relativeChangeBy(scope, AREA).get(null));
    }

    /** {@link #relativeChange(AreaScope)} of each commune of the scope that has a plan, by commune id. */
    public Map<Long, Boolean> relativeChangeByCommune(AreaScope scope) {
        return relativeChangeBy(scope, BY_COMMUNE);
    }

    private Map<Long, Boolean> relativeChangeBy(AreaScope scope, String key) {
        Query query = em.createNativeQuery("""
                SELECT %s, count(*) FILTER (WHERE t.change_mode = 'RELATIVE'), count(*)
                FROM plan_target t JOIN programme_plan pl ON pl.id = t.plan_id
                WHERE t.number = 3 AND pl.commune_id IN %s
                GROUP BY 1""".formatted(key.replace("%", "pl."), AreaScope.COMMUNES));
        Map<Long, Boolean> relative = new HashMap<>();
        for (Object[] r : rows(bindScope(query, scope))) {
            relative.put(r[0] == null ? null : num(r[0]), num(r[2]) > 0 && num(r[1]) == num(r[2]));
        }
        return relative;
    }

    /** Participants of the year's sessions by audience group (a session counts for each of its groups). */
    public record AudienceParticipation(long groupId, String code, String labelVi, String labelEn, long sessions,
            long participants) {
    }

    public List<AudienceParticipation> audienceParticipation(AreaScope scope, int year) {
        Query query = em.createNativeQuery("""
                SELECT g.id, g.code, g.label_vi, g.label_en, count(*), sum(s.participants_male + s.participants_female)
                FROM communication_session s
                CROSS JOIN LATERAL unnest(s.audience_ids) AS a(group_id)
                JOIN reference_item g ON g.id = a.group_id
                WHERE s.commune_id IN %s AND s.held_on BETWEEN :yearStart AND :yearEnd
                GROUP BY g.id, g.code, g.label_vi, g.label_en, g.sort_order
                ORDER BY g.sort_order, g.id""".formatted(AreaScope.COMMUNES));
        bindYear(bindScope(query, scope), year);
        List<AudienceParticipation> rows = new ArrayList<>();
        for (Object[] r : rows(query)) {
            rows.add(new AudienceParticipation(num(r[0]), (String) r[1], (String) r[2], (String) r[3], num(r[4]),
                    num(r[5])));
        }
        return rows;
    }

    /**
     * The programme's period over the area: from the earliest plan's first year to the latest plan's last
     * year of its communes; the programme template's period where no plan is recorded yet.
     */
    public ProgrammePeriod period(AreaScope scope) {
        ProgrammePeriod period = periodBy(scope, AREA).get(null);
        return period == null ? templatePeriod() : period;
    }

    /** {@link #period(AreaScope)} of each commune of the scope that has a plan, by commune id. */
    public Map<Long, ProgrammePeriod> periodByCommune(AreaScope scope) {
        return periodBy(scope, BY_COMMUNE);
    }

    /** The programme template's period, for an area with no plan yet. */
    public ProgrammePeriod templatePeriod() {
        return new ProgrammePeriod(rules.programmeFirstYear(), rules.programmeLastYear());
    }

    private Map<Long, ProgrammePeriod> periodBy(AreaScope scope, String key) {
        Query query = em.createNativeQuery("""
                SELECT %s, min(pl.period_start), max(pl.period_end) FROM programme_plan pl
                WHERE pl.commune_id IN %s
                GROUP BY 1""".formatted(key.replace("%", "pl."), AreaScope.COMMUNES));
        Map<Long, ProgrammePeriod> periods = new HashMap<>();
        for (Object[] r : rows(bindScope(query, scope))) {
            periods.put(r[0] == null ? null : num(r[0]),
                    new ProgrammePeriod(((Number) r[1]).intValue(), ((Number) r[2]).intValue()));
        }
        return periods;
    }

    /**
     * The grouping key of the queries that answer either for the whole scope or for each of its communes:
     * {@code %} stands for the alias of the table holding {@code commune_id}.
     */
    private static final String AREA = "NULL::bigint";
    private static final String BY_COMMUNE = "%commune_id";

    private static Commune commune(Object[] r, int from) {
        return new Commune(num(r[from]), (String) r[from + 1], (String) r[from + 2]);
    }

    private static Query bindScope(Query query, AreaScope scope) {
        return query.setParameter("scopeCommune", scope.communeId()).setParameter("scopeProvince", scope.provinceId());
    }

    private static Query bindYear(Query query, int year) {
        return query.setParameter("yearStart", Calendar.startOfYear(year)).setParameter("yearEnd", Calendar.endOfYear(year));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static long num(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
