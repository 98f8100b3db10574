package cymru.cofnod.core.api;

import java.sql.SQLException;

/** What a failed write says about the unique keys it met, whatever the database. */
public final class UniqueKeys {

    private UniqueKeys() {
    }

    /**
     * Whether a write failed on a unique key (SQL state class 23, on Derby and PostgreSQL alike): another writer,
     * perhaps on another node, stored the same first.
     */
    public static boolean violatedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
