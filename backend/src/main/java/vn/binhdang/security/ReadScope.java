package vn.binhdang.security;

import io.quarkus.panache.common.Parameters;
import java.util.Map;

/**
 * The one scope type: the area a caller's reads are limited to — every commune of a province for province
 * users, else one commune; both set once narrowed to one commune of a province. A unit reporter's scope also
 * names their unit ({@code unitCode}): the units' own records (sessions, evidence, Action-Month plans, media
 * products) are limited to it, while the commune's other records and aggregates are not. Every repository
 * restricts its queries with {@link #restrict} / {@link #restrictToUnit} (HQL) or {@link #restrictNative}
 * (SQL), never by hand.
 */
public record ReadScope(String provinceCode, String communeCode, String unitCode) {
    public ReadScope(String provinceCode, String communeCode) {
        this(provinceCode, communeCode, null);
    }

    /**
     * This scope narrowed to one commune a request names: a province user's scope becomes that commune within
     * their province; a commune user's stays theirs, and naming another commune gives nothing to read.
     */
    public ReadScope narrowedTo(String requestedCommune) {
        if (requestedCommune == null || requestedCommune.equals(communeCode)) {
            return this;
        }
        return communeCode == null ? new ReadScope(provinceCode, requestedCommune, unitCode) : NOTHING;
    }

    /** Whether a record owned by the unit with this code (within the scope's commune) is within the scope. */
    public boolean admitsUnit(String recordUnitCode) {
        return unitCode == null || unitCode.equals(recordUnitCode);
    }

    /** Nothing to read: a commune user asking for another commune. */
    public static final ReadScope NOTHING = new ReadScope(null, null);

    public boolean isNothing() {
        return provinceCode == null && communeCode == null;
    }

    /**
     * Adds the scope to an HQL where clause: {@code communePath} and {@code provincePath} are the paths of the
     * record's commune code and of its province's code.
     */
    public void restrict(StringBuilder where, Parameters params, String communePath, String provincePath) {
        if (isNothing()) {
            where.append(" and 1 = 0");
        }
        if (provinceCode != null) {
            where.append(" and ").append(provincePath).append(" = :scopeProvince");
            params.and("scopeProvince", provinceCode);
        }
        if (communeCode != null) {
            where.append(" and ").append(communePath).append(" = :scopeCommune");
            params.and("scopeCommune", communeCode);
        }
    }

    /**
     * {@link #restrict} for a record a unit owns, {@code unitCodePath} being the path of its unit's code: a unit
     * reporter's scope keeps only their unit's records.
     */
    public void restrictToUnit(StringBuilder where, Parameters params, String communePath, String provincePath,
            String unitCodePath) {
        restrict(where, params, communePath, provincePath);
        if (unitCode != null) {
            where.append(" and ").append(unitCodePath).append(" = :scopeUnit");
            params.and("scopeUnit", unitCode);
        }
    }

    /**
     * {@link #restrictNative} for a record a unit owns, {@code unitIdColumn} holding its unit's id: a unit
     * reporter's scope keeps only their unit's records.
     */
    public void restrictNative(StringBuilder where, Map<String, Object> params, String communeIdColumn,
            String unitIdColumn) {
        restrictNative(where, params, communeIdColumn);
        if (unitCode != null) {
            where.append(" AND ").append(unitIdColumn).append(" IN (SELECT su.id FROM unit su WHERE su.code = :scopeUnit)");
            params.put("scopeUnit", unitCode);
        }
    }

    /** Adds the scope to an SQL where clause over a column holding the record's commune id. */
    public void restrictNative(StringBuilder where, Map<String, Object> params, String communeIdColumn) {
        where.append(" AND ").append(communeIdColumn).append(" IN (SELECT c.id FROM area c JOIN area p ON p.id = c.parent_id"
                + " WHERE c.level = 'COMMUNE'");
        if (provinceCode != null) {
            where.append(" AND p.code = :scopeProvince");
            params.put("scopeProvince", provinceCode);
        }
        if (communeCode != null) {
            where.append(" AND c.code = :scopeCommune");
            params.put("scopeCommune", communeCode);
        }
        where.append(")");
        if (isNothing()) {
            where.append(" AND false");
        }
    }
}
