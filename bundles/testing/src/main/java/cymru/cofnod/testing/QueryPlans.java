package cymru.cofnod.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.persistence.EntityManager;

/**
 * How Derby ran the statements of a piece of work: which table or index each scan read and how many rows it
 * visited, and whether it sorted. From Derby's own runtime statistics (its XPLAIN tables), captured on the
 * connection of the running transaction, so a test can tell that a list reads one page from an index.
 */
public final class QueryPlans {

    private static final AtomicInteger SCHEMAS = new AtomicInteger();

    /** One scan of one statement: the index (or table) read, the rows visited, and whether the statement sorted. */
    public record Scan(String statement, String object, String objectType, long visitedRows, boolean sorted) {
    }

    private QueryPlans() {
    }

    /**
     * Runs {@code work} on this entity manager (inside a transaction, so that its connection stays the same) and
     * answers every scan Derby made meanwhile, in the order the statements ran.
     */
    public static List<Scan> of(EntityManager em, Consumer<EntityManager> work) {
        Connection c = em.unwrap(Connection.class);
        String schema = "QUERY_PLANS_" + SCHEMAS.incrementAndGet();
        try {
            try (Statement s = c.createStatement()) {
                s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
                s.execute("CALL SYSCS_UTIL.SYSCS_SET_XPLAIN_SCHEMA('" + schema + "')");
            }
            work.accept(em);
            try (Statement s = c.createStatement()) {
                s.execute("CALL SYSCS_UTIL.SYSCS_SET_XPLAIN_SCHEMA('')");
                s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(0)");
            }
            return read(c, schema);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Scan> read(Connection c, String schema) throws SQLException {
        List<Scan> scans = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT st.STMT_TEXT, sp.SCAN_OBJECT_NAME, sp.SCAN_OBJECT_TYPE,"
                + " sp.NO_VISITED_ROWS, (SELECT COUNT(*) FROM " + schema + ".SYSXPLAIN_RESULTSETS o"
                + " WHERE o.STMT_ID = st.STMT_ID AND o.OP_IDENTIFIER = 'SORT')"
                + " FROM " + schema + ".SYSXPLAIN_STATEMENTS st JOIN " + schema + ".SYSXPLAIN_RESULTSETS rs"
                + " ON rs.STMT_ID = st.STMT_ID JOIN " + schema + ".SYSXPLAIN_SCAN_PROPS sp"
                + " ON sp.SCAN_RS_ID = rs.SCAN_RS_ID ORDER BY st.XPLAIN_TIME");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                scans.add(new Scan(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getInt(5) > 0));
            }
        }
        return scans;
    }
}
