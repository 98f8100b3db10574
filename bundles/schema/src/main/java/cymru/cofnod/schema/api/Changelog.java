package cymru.cofnod.schema.api;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.core.DerbyDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.CompositeResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * One bundle's Liquibase changelog, found on the bundle's class loader and applied to a datasource: the same
 * changesets on Derby and PostgreSQL, each applied once, under Liquibase's lock table so that several nodes
 * starting at once apply them once between them.
 */
public final class Changelog {

    private static final String FOLDER = "db/changelog/";

    private final String path;
    private final ClassLoader loader;

    public Changelog(String path, ClassLoader loader) {
        this.path = path;
        this.loader = loader;
    }

    /** A persistence unit's changelog, by the convention every bundle follows: {@code db/changelog/<unit>.xml}. */
    public static Changelog ofUnit(String unitName, ClassLoader loader) {
        return new Changelog(FOLDER + unitName + ".xml", loader);
    }

    /** The schema's name: the changelog's file name without folder and extension. */
    public String name() {
        String file = path.substring(path.lastIndexOf('/') + 1);
        return file.endsWith(".xml") ? file.substring(0, file.length() - 4) : file;
    }

    public String path() {
        return path;
    }

    /** Applies the changesets not yet applied; throws if one fails, leaving those before it applied. */
    public void applyTo(DataSource dataSource) {
        // Liquibase finds its own parts with ServiceLoader on the class loader of its scope: its bundle's
        ClassLoader liquibase = Liquibase.class.getClassLoader();
        ResourceAccessor resources = new CompositeResourceAccessor(
                new ClassLoaderResourceAccessor(loader), new ClassLoaderResourceAccessor(liquibase));
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(liquibase);
        try (Connection connection = dataSource.getConnection()) {
            try {
                Scope.child(Map.of(
                        Scope.Attr.classLoader.name(), liquibase,
                        Scope.Attr.resourceAccessor.name(), resources,
                        Scope.Attr.ui.name(), new LoggerUIService(),
                        "liquibase.analytics.enabled", false), () -> update(connection, resources));
            } catch (Exception e) {
                connection.rollback(); // what the failed changeset began; those before it stay applied
                throw new IllegalStateException("schema " + name() + " (" + path + ") failed: " + e.getMessage(), e);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("schema " + name() + ": " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private void update(Connection connection, ResourceAccessor resources) throws LiquibaseException {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        if (database instanceof DerbyDatabase) {
            // the database is Cofnod's, open for the whole run: Liquibase must never shut embedded Derby down
            ((DerbyDatabase) database).setShutdownEmbeddedDerby(false);
        }
        new Liquibase(path, resources, database).update(new Contexts(), new LabelExpression());
    }
}
