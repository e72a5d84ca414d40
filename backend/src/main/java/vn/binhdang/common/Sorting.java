package vn.binhdang.common;

import io.quarkus.panache.common.Sort;
import java.util.Map;

/** Turns a list's {@code sort} parameter ("name", "-name", …) into an ORDER BY over allowed columns. */
public final class Sorting {
    private Sorting() {
    }

    /**
     * @param value   the parameter, already validated against the allowed keys (a leading "-" = descending)
     * @param columns allowed keys → HQL paths
     * @param tieBreak HQL path that makes the order total, so paging is stable
     */
    public static Sort of(String value, Map<String, String> columns, String tieBreak) {
        boolean descending = value.startsWith("-");
        String column = columns.get(descending ? value.substring(1) : value);
        if (column == null) {
            throw ProblemException.invalidField("sort", "sort.unknown", String.join(", ", columns.keySet()));
        }
        Sort sort = descending ? Sort.descending(column) : Sort.ascending(column);
        return column.equals(tieBreak) ? sort : sort.and(tieBreak);
    }
}
