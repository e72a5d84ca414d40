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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** Target 1: each unit that existed during the year, its sessions and those on law and policy. */
    public record UnitSessions(long unitId, String code, String name, long sessions, long lawPolicySessions,
            long participantsMale, long participantsFemale, boolean met) {
    }

    /**
     * Target 2: each unit that existed during the year (the denominator, DOMAIN.md) and its Action-Month plan, if
     * filed: the day it reached the commune, whether on time, and whether the unit was active in the Action Month
     * (only then is it expected to file, and warned about when it has not).
     */
    public record UnitPlan(long unitId, String code, String name, Long planId, LocalDate receivedOn, boolean onTime,
            boolean planExpected) {
        public boolean filed() {
            return planId != null;
        }
    }

    /** Target 3: a community group's awareness in the baseline and in the year's latest round. */
    public record GroupAwareness(long groupId, String code, String labelVi, String labelEn, BigDecimal baselineRate,
            BigDecimal yearRate) {
        public boolean comparable() {
            return baselineRate != null && yearRate != null;
        }
    }

    /** Target 4: a media product of the year and whether it was assessed and passed. */
    public record Product(long id, String unitCode, String unitName, String title, LocalDate publishedOn, Boolean passed) {
    }

    /** Target 5: a convention in force during the year and its latest review up to the year's end. */
    public record Convention(long id, String villageName, String title, Boolean noDiscrimination,
            LocalDate reviewedOn) {
    }

    public List<UnitSessions> unitSessions(AreaScope scope, int year) {
        Query query = em.createNativeQuery("""
                WITH units AS (
                    SELECT u.id, u.code, u.name FROM unit u
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
                       coalesce(c.male, 0), coalesce(c.female, 0)
                FROM units u LEFT JOIN counts c ON c.unit_id = u.id
                ORDER BY u.name, u.id""".formatted(AreaScope.COMMUNES, LAW_POLICY_SESSION, AreaScope.COMMUNES));
        bindYear(bindScope(query, scope), year);
        List<UnitSessions> rows = new ArrayList<>();
        for (Object[] r : rows(query)) {
            rows.add(new UnitSessions(num(r[0]), (String) r[1], (String) r[2], num(r[3]), num(r[4]), num(r[5]),
                    num(r[6]), rules.lawPolicyMet(num(r[4]))));
        }
        return rows;
    }

    public List<UnitPlan> unitPlans(AreaScope scope, int year) {
        Query query = em.createNativeQuery("""
                SELECT u.id, u.code, u.name, p.id, p.received_on, u.active_from, u.active_to
                FROM unit u LEFT JOIN action_month_plan p ON p.unit_id = u.id AND p.year = :year
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
            rows.add(new UnitPlan(num(r[0]), (String) r[1], (String) r[2], r[3] == null ? null : num(r[3]), receivedOn,
                    rules.actionMonthPlanOnTime(receivedOn, year), expected));
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
        Query query = em.createNativeQuery("""
                WITH rounds AS (
                    SELECT r.id, r.baseline, r.measure, r.scale_max FROM survey_round r
                    WHERE r.commune_id IN %s AND (r.baseline OR r.id = (
                        SELECT r2.id FROM survey_round r2
                        WHERE r2.commune_id = r.commune_id AND NOT r2.baseline AND r2.year = :year
                        ORDER BY r2.conducted_on DESC, r2.id DESC LIMIT 1))),
                rates AS (
                    SELECT res.group_id, ro.baseline,
                           CASE WHEN sum(res.respondents) = 0 THEN NULL
                                WHEN bool_and(ro.measure = 'THRESHOLD')
                                    THEN 100.0 * sum(res.aware) / sum(res.respondents)
                                ELSE 100.0 * sum(res.mean_score / ro.scale_max * res.respondents) / sum(res.respondents)
                           END AS rate
                    FROM survey_result res JOIN rounds ro ON ro.id = res.round_id
                    GROUP BY res.group_id, ro.baseline)
                SELECT g.id, g.code, g.label_vi, g.label_en,
                       max(rates.rate) FILTER (WHERE rates.baseline), max(rates.rate) FILTER (WHERE NOT rates.baseline)
                FROM rates JOIN reference_item g ON g.id = rates.group_id
                GROUP BY g.id, g.code, g.label_vi, g.label_en, g.sort_order
                ORDER BY g.sort_order, g.id""".formatted(AreaScope.COMMUNES));
        bindScope(query, scope).setParameter("year", year);
        List<GroupAwareness> rows = new ArrayList<>();
        for (Object[] r : rows(query)) {
            rows.add(new GroupAwareness(num(r[0]), (String) r[1], (String) r[2], (String) r[3], decimal(r[4]),
                    decimal(r[5])));
        }
        return rows;
    }

    public List<Product> products(AreaScope scope, int year) {
        Query query = em.createNativeQuery("""
                SELECT m.id, u.code, u.name, m.title, m.published_on, m.passed
                FROM media_product m JOIN unit u ON u.id = m.unit_id
                WHERE u.commune_id IN %s AND m.published_on BETWEEN :yearStart AND :yearEnd
                ORDER BY m.published_on, m.id""".formatted(AreaScope.COMMUNES));
        bindYear(bindScope(query, scope), year);
        List<Product> rows = new ArrayList<>();
        for (Object[] r : rows(query)) {
            rows.add(new Product(num(r[0]), (String) r[1], (String) r[2], (String) r[3], date(r[4]), (Boolean) r[5]));
        }
        return rows;
    }

    /** Conventions not annulled and recognised by the year's end, each with its latest review by then. */
    public List<Convention> conventions(AreaScope scope, int year) {
        Query query = em.createNativeQuery("""
                SELECT c.id, v.name, c.title, lr.no_discrimination, lr.reviewed_on
                FROM village_convention c
                JOIN area v ON v.id = c.village_id
                LEFT JOIN convention_review lr ON lr.id = latest_convention_review_id(c.id, :yearEnd)
                WHERE v.parent_id IN %s AND c.status <> 'ANNULLED'
                  AND (c.decision_date IS NULL OR c.decision_date <= :yearEnd)
                ORDER BY v.name, c.id""".formatted(AreaScope.COMMUNES));
        bindScope(query, scope).setParameter("yearEnd", Calendar.endOfYear(year));
        List<Convention> rows = new ArrayList<>();
        for (Object[] r : rows(query)) {
            rows.add(new Convention(num(r[0]), (String) r[1], (String) r[2], (Boolean) r[3], date(r[4])));
        }
        return rows;
    }

    /** The yearly target values (averaged over the communes' plans for a province), by target number. */
    public Map<Integer, BigDecimal> targets(AreaScope scope, int year) {
        Query query = em.createNativeQuery("""
                SELECT t.number, avg(v.value)
                FROM plan_target t
                JOIN programme_plan pl ON pl.id = t.plan_id
                JOIN plan_target_value v ON v.target_id = t.id AND v.year = :year
                WHERE pl.commune_id IN %s
                GROUP BY t.number""".formatted(AreaScope.COMMUNES));
        bindScope(query, scope).setParameter("year", year);
        Map<Integer, BigDecimal> targets = new HashMap<>();
        for (Object[] r : rows(query)) {
            targets.put(((Number) r[0]).intValue(), decimal(r[1]).setScale(2, RoundingMode.HALF_UP));
        }
        return targets;
    }

    /** Whether target 3's change is counted in percentage points (default) or relative %. */
    public boolean relativeChange(AreaScope scope) {
        Query query = em.createNativeQuery("""
                SELECT count(*) FILTER (WHERE t.change_mode = 'RELATIVE'), count(*)
                FROM plan_target t JOIN programme_plan pl ON pl.id = t.plan_id
                WHERE t.number = 3 AND pl.commune_id IN %s""".formatted(AreaScope.COMMUNES));
        Object[] r = (Object[]) bindScope(query, scope).getSingleResult();
        return num(r[1]) > 0 && num(r[0]) == num(r[1]);
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
        Query query = em.createNativeQuery("""
                SELECT min(pl.period_start), max(pl.period_end) FROM programme_plan pl
                WHERE pl.commune_id IN %s""".formatted(AreaScope.COMMUNES));
        Object[] r = (Object[]) bindScope(query, scope).getSingleResult();
        return r[0] == null ? new ProgrammePeriod(rules.programmeFirstYear(), rules.programmeLastYear())
                : new ProgrammePeriod(((Number) r[0]).intValue(), ((Number) r[1]).intValue());
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
