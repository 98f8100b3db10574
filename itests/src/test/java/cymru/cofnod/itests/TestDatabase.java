package cymru.cofnod.itests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.runner.Result;
import org.junit.runner.notification.RunListener;

/**
 * The database the containers of this test JVM use: Derby in each container's data folder (the default), or, with
 * {@code -Dcofnod.itest.db=postgresql}, one fresh PostgreSQL database made on the machine's server when the first
 * container is configured and dropped when the run ends (this is a listener of the failsafe runs, as the JVM's
 * shutdown hooks get too little time). The server and the role that makes databases are set by
 * {@code cofnod.itest.pg.host}, {@code .port}, {@code .user} and {@code .password} (defaults: the role .ci/run makes).
 */
public class TestDatabase extends RunListener {

    static final boolean POSTGRESQL = "postgresql".equals(System.getProperty("cofnod.itest.db", "derby"));
    private static final String SERVER = "jdbc:postgresql://" + System.getProperty("cofnod.itest.pg.host", "localhost")
            + ":" + System.getProperty("cofnod.itest.pg.port", "5432") + "/";
    static final String USER = System.getProperty("cofnod.itest.pg.user", "cofnod");
    static final String PASSWORD = System.getProperty("cofnod.itest.pg.password", "cofnod");

    private static String name;

    /** The JDBC URL of this JVM's PostgreSQL database, made on first call. */
    static synchronized String postgresqlUrl() {
        if (name == null) {
            String made = "cofnod_it_" + UUID.randomUUID().toString().replace("-", "");
            run("create database " + made + " encoding 'UTF8' locale 'C.UTF-8' template template0");
            name = made;
        }
        return SERVER + name;
    }

    /**
     * The datasource's settings (etc/org.ops4j.datasource-cofnod.cfg) that move a Cofnod onto this JVM's database,
     * as docs/cluster.md tells an operator; the driver's feature goes with them.
     */
    static Map<String, String> datasource() {
        return Map.of("osgi.jdbc.driver.name", "PostgreSQL JDBC Driver", "url", postgresqlUrl(), "user", USER,
                "password", PASSWORD);
    }

    @Override
    public void testRunFinished(Result result) {
        synchronized (TestDatabase.class) {
            if (name != null) {
                // its containers are stopped by now; (force) ends what a failed one left connected
                run("drop database if exists " + name + " with (force)");
                name = null;
            }
        }
    }

    private static void run(String sql) {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("The integration tests on PostgreSQL need a server at " + SERVER
                    + " where the role '" + USER + "' may create databases (.ci/run makes it; see docs/cluster.md):"
                    + " " + sql + " failed: " + e.getMessage(), e);
        }
    }
}
