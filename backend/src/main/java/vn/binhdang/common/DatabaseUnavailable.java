package vn.binhdang.common;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Recognises a failure that means "the database cannot be reached right now" — as opposed to a bug or
 * a refused statement — wherever in the cause chain it sits: no connection within the pool's
 * acquisition timeout (Agroal: an {@link SQLException} caused by a {@link TimeoutException}), a
 * connection refused or broken (SQLState class 08, Hibernate's {@link JDBCConnectionException},
 * {@link SQLTransientConnectionException}), or the server shutting down or still starting
 * (57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now). {@link ProblemMapper}
 * answers these with 503 and {@code Retry-After}; the pool replaces the broken connections, so the
 * service recovers by itself once the database is back.
 */
public final class DatabaseUnavailable {
    private DatabaseUnavailable() {
    }

    public static boolean isCause(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                        || state.equals("57P03"))) {
                    return true;
                }
                if (sql.getCause() instanceof TimeoutException) {
                    return true;
                }
            }
        }
        return false;
    }
}
