package vn.binhdang.common;

/**
 * Text search that ignores case and Vietnamese diacritics. The database folds the stored text with
 * {@code binhdang_fold} (migration V1) into a generated, trigram-indexed column, and folds the
 * query with the same function, so there is one definition of "the same letters".
 */
public final class Search {
    /** HQL condition: the folded column {@code column} contains the folded query bound to {@code :param}. */
    public static String containsCondition(String column, String param) {
        return column + " like concat('%', function('binhdang_fold', :" + param + "), '%')";
    }

    private Search() {
    }

    /** The query with LIKE's wildcards taken literally (%, _ and \ escaped). */
    public static String literal(String query) {
        return query.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
