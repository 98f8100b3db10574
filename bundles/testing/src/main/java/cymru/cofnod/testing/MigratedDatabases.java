package cymru.cofnod.testing;

import cymru.cofnod.schema.api.Changelog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * Unit tests' databases on the migrated schema. Liquibase on a fresh Derby database takes seconds, and every test
 * makes several, so every changelog on the class path is applied once per JVM to a template, which is backed up;
 * each new in-memory database is then made from that backup ({@code createFrom}). A database that is there already
 * (on disk for a benchmark, or loaded by a test) is migrated in place.
 */
final class MigratedDatabases {

    private static final Pattern UNIT = Pattern.compile("<persistence-unit\\s+name=\"([^\"]+)\"");

    private static Path template;
    private static Set<String> templateUnits;
    private static final Set<String> MADE_FROM_TEMPLATE = new HashSet<>();

    private MigratedDatabases() {
    }

    /** Brings the database to the unit's migrated schema. */
    static synchronized void migrate(String databaseName, String unitName, DataSource dataSource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (databaseName.startsWith("memory:") && !MADE_FROM_TEMPLATE.contains(databaseName) && !exists(databaseName)) {
            copyTemplate(databaseName, loader);
            MADE_FROM_TEMPLATE.add(databaseName);
        }
        if (!MADE_FROM_TEMPLATE.contains(databaseName) || !templateUnits.contains(unitName)) {
            Changelog.ofUnit(unitName, loader).applyTo(dataSource);
        }
    }

    /** Whether the database is there already: one a test loaded, made before the changelogs, is migrated in place. */
    private static boolean exists(String databaseName) {
        EmbeddedDataSource db = new EmbeddedDataSource();
        db.setDatabaseName(databaseName);
        try (Connection ignored = db.getConnection()) {
            return true;
        } catch (SQLException e) {
            if ("XJ004".equals(e.getSQLState())) { // database not found
                return false;
            }
            throw new IllegalStateException(e);
        }
    }

    private static void copyTemplate(String databaseName, ClassLoader loader) {
        if (template == null) {
            makeTemplate(loader);
        }
        EmbeddedDataSource copy = new EmbeddedDataSource();
        copy.setDatabaseName(databaseName);
        copy.setConnectionAttributes("createFrom=" + template);
        try (Connection ignored = copy.getConnection()) {
            // made
        } catch (SQLException e) {
            throw new IllegalStateException("cannot copy the migrated template into " + databaseName, e);
        }
    }

    private static void makeTemplate(ClassLoader loader) {
        Set<String> units = unitsWithChangelogs(loader);
        EmbeddedDataSource db = new EmbeddedDataSource();
        db.setDatabaseName("memory:migrated-template");
        db.setCreateDatabase("create");
        units.forEach(unit -> Changelog.ofUnit(unit, loader).applyTo(db));
        try {
            Path backups = Files.createTempDirectory("cofnod-schema-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(backups)));
            try (Connection c = db.getConnection()) {
                c.createStatement().execute("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE('" + backups + "')");
            }
            template = backups.resolve("migrated-template");
            templateUnits = Collections.unmodifiableSet(units);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot back the migrated template up", e);
        }
    }

    private static void delete(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }

    /** The persistence units on the class path that have a changelog. */
    private static Set<String> unitsWithChangelogs(ClassLoader loader) {
        Set<String> units = new TreeSet<>();
        try {
            for (URL url : Collections.list(loader.getResources("META-INF/persistence.xml"))) {
                try (InputStream in = url.openStream()) {
                    Matcher m = UNIT.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    while (m.find()) {
                        if (loader.getResource(Changelog.ofUnit(m.group(1), loader).path()) != null) {
                            units.add(m.group(1));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return units;
    }
}
