package cymru.cofnod.schema.api;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.change.Change;
import liquibase.change.core.CreateTableChange;
import liquibase.changelog.ChangeLogHistoryService;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.RanChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.core.DerbyDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.CompositeResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.snapshot.SnapshotGeneratorFactory;
import liquibase.structure.core.Schema;
import liquibase.structure.core.Table;
import liquibase.ui.LoggerUIService;

/**
 * One bundle's Liquibase changelog, found on the bundle's class loader and applied to a datasource: the same
 * changesets on Derby and PostgreSQL, each applied once, under Liquibase's lock table so that several nodes
 * starting at once apply them once between them.
 */
public final class Changelog {

    private static final String FOLDER = "db/changelog/";
    /** The label of the changesets that make the tables as they were before the changelogs. */
    private static final String BASELINE = "baseline";

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
                        "liquibase.command.showSummaryOutput", UpdateSummaryOutputEnum.LOG,
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
        Liquibase liquibase = new Liquibase(path, resources, database);
        LockService lock = LockServiceFactory.getInstance().getLockService(database);
        lock.waitForLock(); // the same lock update takes: two nodes never adopt or apply at once
        try {
            adoptBaseline(liquibase.getDatabaseChangeLog(), database);
            liquibase.update(new Contexts(), new LabelExpression());
        } finally {
            lock.releaseLock();
        }
    }

    /**
     * A database made before the changelogs (by EclipseLink's DDL generation) has the baseline's tables but no record
     * of them: each baseline changeset whose table is there is recorded as run, not run. Liquibase's own
     * {@code tableExists} precondition would say this in the changelog, but 4.33 does not find existing tables.
     */
    private static void adoptBaseline(DatabaseChangeLog changelog, Database database) throws LiquibaseException {
        ChangeLogHistoryService history = ChangeLogHistoryServiceFactory.getInstance().getChangeLogService(database);
        history.init();
        List<RanChangeSet> ran = history.getRanChangeSets();
        for (ChangeSet changeSet : changelog.getChangeSets()) {
            if (changeSet.getLabels() == null || !changeSet.getLabels().getLabels().contains(BASELINE)
                    || ran.stream().anyMatch(r -> r.isSameAs(changeSet))) {
                continue;
            }
            boolean tablesThere = !changeSet.getChanges().isEmpty();
            for (Change change : changeSet.getChanges()) {
                if (change instanceof CreateTableChange) {
                    Table table = new Table().setName(((CreateTableChange) change).getTableName());
                    table.setSchema(new Schema(database.getDefaultCatalogName(), database.getDefaultSchemaName()));
                    tablesThere &= SnapshotGeneratorFactory.getInstance().has(table, database);
                }
            }
            if (tablesThere) {
                history.setExecType(changeSet, ChangeSet.ExecType.MARK_RAN);
            }
        }
    }
}
