package cymru.cofnod.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The database a benchmark runs on: Derby (the default), or, with {@code -Ddb=postgresql}, a database of its own on
 * the machine's PostgreSQL server, made afresh (dropped first if an earlier run left it). The server and the role that
 * makes databases are {@code -Dpg.host}, {@code -Dpg.port}, {@code -Dpg.user} and {@code -Dpg.password} (defaults:
 * localhost, 5432, and the role {@code .ci/run} makes, cofnod / cofnod); {@code -Dpg.options} adds options to the
 * database's JDBC URL (for example {@code reWriteBatchedInserts=true}), to try a setting of the driver or the server.
 */
final class BenchDatabase {

    static final boolean POSTGRESQL = "postgresql".equals(System.getProperty("db", "derby"));
    private static final String SERVER = "jdbc:postgresql://" + System.getProperty("pg.host", "localhost") + ":"
            + System.getProperty("pg.port", "5432") + "/";
    private static final String USER = System.getProperty("pg.user", "cofnod");
    private static final String PASSWORD = System.getProperty("pg.password", "cofnod");
    private static final String OPTIONS = System.getProperty("pg.options", "");

    private BenchDatabase() {
    }

    /** What the printed figures say the rows were written to. */
    static String describe() {
        return POSTGRESQL ? "one PostgreSQL database" : "one Derby database on disk";
    }

    /** A fresh PostgreSQL database called {@code name}: its JDBC URL. */
    static String freshPostgresql(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name + " encoding 'UTF8' locale 'C.UTF-8' template template0");
        }
        return SERVER + name + (OPTIONS.isEmpty() ? "" : "?" + OPTIONS);
    }

    /** The PostgreSQL database called {@code name}, made if it is not there yet and kept as it is if it is: its JDBC URL. */
    static String keptPostgresql(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
             Statement s = c.createStatement()) {
            if (!s.executeQuery("select 1 from pg_database where datname = '" + name + "'").next()) {
                s.execute("create database " + name + " encoding 'UTF8' locale 'C.UTF-8' template template0");
            }
        }
        return SERVER + name;
    }

    /** A pool on that database, as Cofnod's datasource is pooled. */
    static HikariDataSource pool(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(USER);
        config.setPassword(PASSWORD);
        config.setMaximumPoolSize(16);
        return new HikariDataSource(config);
    }

    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, USER, PASSWORD);
    }

    /** Points an unpacked distribution at that database, as docs/cluster.md tells an operator to. */
    static void configure(Path karaf, String url) throws IOException {
        Path features = karaf.resolve("etc/org.apache.karaf.features.cfg");
        List<String> lines = new ArrayList<>(Files.readAllLines(features));
        lines.add(lines.indexOf("featuresBoot = \\") + 1, "    cofnod-postgresql, \\");
        Files.write(features, lines);
        Files.writeString(karaf.resolve("etc/org.ops4j.datasource-cofnod.cfg"), String.join("\n",
                "osgi.jdbc.driver.name = PostgreSQL JDBC Driver", "dataSourceName = cofnod", "url = " + url,
                "user = " + USER, "password = " + PASSWORD, "pool = hikari", "xa = false", "pool.maximumPoolSize = 16",
                ""));
    }
}
