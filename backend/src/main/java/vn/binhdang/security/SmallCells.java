package vn.binhdang.security;

/**
 * Small-cell suppression of counts that leave a commune (DOMAIN.md, "Personal data stays in the commune"): in a
 * breakdown of people by sex, ethnicity or audience group, a cell counting fewer than {@link #THRESHOLD}
 * people is withheld. When one cell of a breakdown is withheld, so are the others, so that none can be
 * recovered by subtracting the rest from the total. The one place this rule is written.
 */
public final class SmallCells {
    /** Fewer people than this in a cell and the cell is withheld. */
    public static final int THRESHOLD = 5;

    private SmallCells() {
    }

    /**
     * Whether the breakdown must be withheld: some cell counts between 1 and {@link #THRESHOLD} − 1 people, or
     * counts none while another cell is itself small enough to be singled out. A breakdown of nobody at all
     * (every cell 0) reveals no one and is shown.
     */
    public static boolean withheld(long... cells) {
        long total = 0;
        for (long cell : cells) {
            total += cell;
        }
        if (total == 0) {
            return false;
        }
        for (long cell : cells) {
            if (cell < THRESHOLD) {
                return true;
            }
        }
        return false;
    }
}
