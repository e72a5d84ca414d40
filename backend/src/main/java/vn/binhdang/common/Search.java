package vn.binhdang.common;

import io.quarkus.panache.common.Parameters;

/**
 * Text search that ignores case and Vietnamese diacritics. The database folds the stored text with
 * {@code binhdang_fold} (migration V1) into a generated, trigram-indexed column, and folds the
 * query with the same function, so there is one definition of "the same letters".
 */
public final class Search {
    private static final int MAX_WORDS = 6;

    private Search() {
    }

    /**
     * Adds to {@code where} one condition per word of the query (at most six): the folded column must
     * contain each word, in any order, so "tram y te" finds "Trạm Y tế xã Bình Lư".
     */
    public static void addWords(StringBuilder where, Parameters params, String column, String query) {
        if (query == null || query.isBlank()) {
            return;
        }
        String[] words = query.strip().split("\\s+");
        for (int i = 0; i < Math.min(words.length, MAX_WORDS); i++) {
            String param = "word" + i;
            where.append(" and ").append(column).append(" like concat('%', function('binhdang_fold', :")
                    .append(param).append("), '%')");
            params.and(param, literal(words[i]));
        }
    }

    /** A word with LIKE's wildcards taken literally (%, _ and \ escaped). */
    static String literal(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
