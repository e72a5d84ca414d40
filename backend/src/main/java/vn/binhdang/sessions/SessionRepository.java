package vn.binhdang.sessions;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.binhdang.common.Calendar;
import vn.binhdang.security.ReadScope;
import vn.binhdang.indicators.IndicatorEngine;

/**
 * Session queries. The filtered list is plain SQL over indexed columns (array containment for topics
 * and audience groups uses the GIN indexes); a page is then loaded with its joined rows in one query.
 */
@ApplicationScoped
public class SessionRepository implements PanacheRepository<CommunicationSession> {
    private static final String FETCH = "from CommunicationSession s join fetch s.commune join fetch s.unit "
            + "join fetch s.format left join fetch s.campaign left join fetch s.village left join fetch s.fundingSource";

    /** WHERE clause and parameters for a filter within a scope. */
    private record Where(String sql, Map<String, Object> params) {
        void bind(Query query) {
            params.forEach(query::setParameter);
        }
    }

    /** Ids of the reference entries of a kind with a code (shared, or a commune's own). */
    private static final String REFERENCE_IDS = "SELECT r.id FROM reference_item r WHERE r.kind = '%s' AND r.code = :%s";

    private static Where where(ReadScope scope, SessionFilter f) {
        StringBuilder sql = new StringBuilder(" WHERE true");
        Map<String, Object> params = new HashMap<>();
        scope.restrictNative(sql, params, "s.commune_id", "s.unit_id");
        if (f.year != null) {
            sql.append(" AND s.held_on BETWEEN :yearStart AND :yearEnd");
            params.put("yearStart", Calendar.startOfYear(f.year));
            params.put("yearEnd", Calendar.endOfYear(f.year));
        }
        add(sql, params, f.from, "s.held_on >= :from", "from");
        add(sql, params, f.to, "s.held_on <= :to", "to");
        add(sql, params, f.unitId, "s.unit_id = :unit", "unit");
        add(sql, params, f.campaignId, "s.campaign_id = :campaign", "campaign");
        add(sql, params, f.villageId, "s.village_id = :village", "village");
        add(sql, params, f.formatId, "s.format_id = :format", "format");
        add(sql, params, f.topicId, "s.topic_ids @> ARRAY[CAST(:topic AS bigint)]", "topic");
        add(sql, params, f.audienceGroupId, "s.audience_ids @> ARRAY[CAST(:audience AS bigint)]", "audience");
        // The same filters by stable code (an integrator need not look ids up); a unit code matches that unit
        // in every commune of the scope.
        add(sql, params, f.unitCode, "s.unit_id IN (SELECT u.id FROM unit u WHERE u.code = :unitCode)", "unitCode");
        add(sql, params, f.villageCode, "s.village_id IN (SELECT v.id FROM area v WHERE v.level = 'VILLAGE'"
                + " AND v.code = :villageCode)", "villageCode");
        add(sql, params, f.formatCode, "s.format_id IN (" + REFERENCE_IDS.formatted("FORMAT", "formatCode") + ")",
                "formatCode");
        add(sql, params, f.topicCode, "s.topic_ids && ARRAY(" + REFERENCE_IDS.formatted("TOPIC", "topicCode") + ")",
                "topicCode");
        add(sql, params, f.audienceGroupCode, "s.audience_ids && ARRAY("
                + REFERENCE_IDS.formatted("AUDIENCE_GROUP", "audienceCode") + ")", "audienceCode");
        return new Where(sql.toString(), params);
    }

    private static void add(StringBuilder sql, Map<String, Object> params, Object value, String condition, String name) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            params.put(name, value);
        }
    }

    /** Ids of one page (or of the first {@code limit} rows for an export), in list order. */
    @SuppressWarnings("unchecked")
    public List<Long> ids(ReadScope scope, SessionFilter filter, int offset, int limit) {
        Where where = where(scope, filter);
        String order = filter.sort != null && filter.sort.equals("heldOn") ? "s.held_on ASC, s.id ASC"
                : "s.held_on DESC, s.id DESC";
        Query query = getEntityManager().createNativeQuery(
                "SELECT s.id FROM communication_session s" + where.sql() + " ORDER BY " + order
                        + " LIMIT :limit OFFSET :offset", Long.class);
        where.bind(query);
        query.setParameter("limit", limit).setParameter("offset", offset);
        return query.getResultList();
    }

    public SessionTotals totals(ReadScope scope, SessionFilter filter) {
        Where where = where(scope, filter);
        Query query = getEntityManager().createNativeQuery("""
                SELECT count(*), coalesce(sum(s.participants_male), 0), coalesce(sum(s.participants_female), 0),
                       coalesce(sum(s.ethnic_minority), 0), count(DISTINCT s.unit_id)
                FROM communication_session s""" + where.sql());
        where.bind(query);
        Object[] row = (Object[]) query.getSingleResult();
        long male = ((Number) row[1]).longValue();
        long female = ((Number) row[2]).longValue();
        return new SessionTotals(((Number) row[0]).longValue(), male, female, male + female,
                ((Number) row[3]).longValue(), ((Number) row[4]).longValue());
    }

    /** The sessions with these ids, with unit, format, campaign, village and funding source, in the ids' order. */
    public List<CommunicationSession> loadInOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, CommunicationSession> byId = find(FETCH + " where s.id in ?1", ids).list().stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity()));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    public Optional<CommunicationSession> findFull(long id) {
        return find(FETCH + " where s.id = ?1", id).firstResultOptional();
    }

    /** A unit's sessions in a year: all of them, those on law and policy, and participants by sex. */
    public UnitSessionSummary summary(long unitId, int year, int required) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                SELECT count(*), count(*) FILTER (WHERE %s),
                       coalesce(sum(s.participants_male), 0), coalesce(sum(s.participants_female), 0)
                FROM communication_session s
                WHERE s.unit_id = :unit AND s.held_on BETWEEN :start AND :end""".formatted(
                        IndicatorEngine.LAW_POLICY_SESSION))
                .setParameter("unit", unitId).setParameter("start", Calendar.startOfYear(year))
                .setParameter("end", Calendar.endOfYear(year)).getSingleResult();
        long lawPolicy = ((Number) row[1]).longValue();
        return new UnitSessionSummary(unitId, year, ((Number) row[0]).longValue(), lawPolicy, required,
                Math.max(0, required - lawPolicy), ((Number) row[2]).longValue(), ((Number) row[3]).longValue());
    }

}
