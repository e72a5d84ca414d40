package vn.binhdang.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/**
 * Builds the records a test needs, straight in the test database (PostgreSQL), idempotently:
 * Lai Châu (12) and Hà Nội (01) with some of their communes; every area is also in the official list (migration V11), so these inserts only matter for codes the list lacks.
 */
@ApplicationScoped
public class Fixtures {
    public static final String PROVINCE = "12";
    public static final String COMMUNE = "03390";
    public static final String OTHER_COMMUNE = "03394";
    public static final String OTHER_PROVINCE = "01";
    public static final String FOREIGN_COMMUNE = "00004";

    @Inject
    EntityManager em;

    @Transactional
    public void areas() {
        area(PROVINCE, "Tỉnh Lai Châu", "PROVINCE", null);
        area(COMMUNE, "Xã Bình Lư", "COMMUNE", PROVINCE);
        area(OTHER_COMMUNE, "Xã Sin Suối Hồ", "COMMUNE", PROVINCE);
        area(OTHER_PROVINCE, "Thành phố Hà Nội", "PROVINCE", null);
        area(FOREIGN_COMMUNE, "Phường Ba Đình", "COMMUNE", OTHER_PROVINCE);
    }

    @Transactional
    public long area(String code, String name, String level, String parentCode) {
        em.createNativeQuery("""
                INSERT INTO area (code, name, level, parent_id)
                VALUES (:code, :name, :level, (SELECT id FROM area WHERE code = :parent))
                ON CONFLICT (code) DO NOTHING""")
                .setParameter("code", code).setParameter("name", name).setParameter("level", level)
                .setParameter("parent", parentCode).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT id FROM area WHERE code = :code")
                .setParameter("code", code).getSingleResult()).longValue();
    }

    /** A unit of the commune; returns its id. */
    @Transactional
    public long unit(String communeCode, String code, String name, String kind, LocalDate activeFrom,
            LocalDate activeTo) {
        return ((Number) em.createNativeQuery("""
                INSERT INTO unit (commune_id, kind, code, name, active_from, active_to, targets)
                VALUES ((SELECT id FROM area WHERE code = :commune), :kind, :code, :name, :from, :to, '{1}')
                RETURNING id""")
                .setParameter("commune", communeCode).setParameter("kind", kind).setParameter("code", code)
                .setParameter("name", name).setParameter("from", activeFrom).setParameter("to", activeTo)
                .getSingleResult()).longValue();
    }

    /** Id of a shared reference entry by kind and code (V3 migration). */
    @Transactional
    public long reference(String kind, String code) {
        return ((Number) em.createNativeQuery(
                "SELECT id FROM reference_item WHERE kind = :kind AND code = :code AND commune_id IS NULL")
                .setParameter("kind", kind).setParameter("code", code).getSingleResult()).longValue();
    }

    /** A village of the commune; returns its id. */
    @Transactional
    public long village(String communeCode, String code, String name) {
        return area(code, name, "VILLAGE", communeCode);
    }

    /** A campaign of the commune (occasion OTHER); returns its id. */
    @Transactional
    public long campaign(String communeCode, String name, LocalDate start, LocalDate end) {
        return ((Number) em.createNativeQuery("""
                INSERT INTO campaign (commune_id, name, occasion, start_date, end_date, year)
                VALUES ((SELECT id FROM area WHERE code = :commune), :name, 'OTHER', :start, :end, :year)
                RETURNING id""")
                .setParameter("commune", communeCode).setParameter("name", name).setParameter("start", start)
                .setParameter("end", end).setParameter("year", start.getYear()).getSingleResult()).longValue();
    }

    /**
     * A commune of Lai Châu of its own (code 90000 upward, the first unused), for rules that hold per
     * commune — one baseline survey, the table of every unit's Action-Month plan — whatever other tests
     * or the demo data put in Bình Lư.
     */
    @Transactional
    public String freshCommune() {
        String code = String.valueOf(((Number) em.createNativeQuery("""
                SELECT min(n) FROM generate_series(90000, 99999) n
                WHERE NOT EXISTS (SELECT 1 FROM area a WHERE a.code = n::text)""").getSingleResult()).intValue());
        area(code, "Xã thử " + code, "COMMUNE", PROVINCE);
        return code;
    }

    @Transactional
    public long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    @Transactional
    public String execute1(String sql) {
        return String.valueOf(em.createNativeQuery(sql).getSingleResult());
    }

    @Transactional
    public void execute(String sql) {
        em.createNativeQuery(sql).executeUpdate();
    }

    /**
     * Row count and newest transaction id (xmin) of every application table: two equal snapshots mean no
     * row was inserted, changed or deleted in between.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public java.util.Map<String, String> tableStamps() {
        java.util.Map<String, String> stamps = new java.util.TreeMap<>();
        java.util.List<String> tables = em.createNativeQuery("""
                SELECT tablename FROM pg_tables WHERE schemaname = current_schema()
                AND tablename <> 'flyway_schema_history'""").getResultList();
        for (String table : tables) {
            Object[] row = (Object[]) em.createNativeQuery("SELECT count(*), coalesce(max(xmin::text::bigint), 0) FROM \""
                    + table + "\"").getSingleResult();
            stamps.put(table, row[0] + "/" + row[1]);
        }
        return stamps;
    }
}
