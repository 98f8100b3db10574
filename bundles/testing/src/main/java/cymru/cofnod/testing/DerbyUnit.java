package cymru.cofnod.testing;

import cymru.cofnod.schema.api.Changelog;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.Persistence;
import javax.sql.DataSource;
import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * A bundle's real persistence unit on a fresh in-memory Derby database migrated by the bundle's own changelog
 * ({@code db/changelog/<unit>.xml}, as cofnod-schema applies it in Karaf), with a {@link JpaTemplate} that runs each
 * call in one resource-local transaction, as Aries JPA does in Karaf.
 */
public final class DerbyUnit implements AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    static {
        // as the distribution's etc/system.properties sets it, read when Derby boots
        if (System.getProperty("derby.locks.deadlockTimeout") == null) {
            System.setProperty("derby.locks.deadlockTimeout", "2");
        }
    }

    private final EntityManagerFactory emf;
    private final DataSource dataSource;
    private final String databaseName;

    public DerbyUnit(String unitName) {
        this(unitName, "memory:unit" + COUNTER.incrementAndGet());
    }

    /** A unit on a named database: several units on one database, or one on disk (for benchmarks). */
    public DerbyUnit(String unitName, String databaseName) {
        this(unitName, databaseName, derby(databaseName), Map.of(),
                ds -> MigratedDatabases.migrate(databaseName, unitName, ds));
    }

    /** A unit on another database (the benchmarks' PostgreSQL), migrated by its changelog; it has no Derby name to share. */
    public DerbyUnit(String unitName, DataSource dataSource) {
        this(unitName, null, dataSource, Map.of(),
                ds -> Changelog.ofUnit(unitName, Thread.currentThread().getContextClassLoader()).applyTo(ds));
    }

    /**
     * A unit on a fresh database whose tables EclipseLink makes from the JPA mapping, as it did before the changelogs:
     * what the schema drift test compares the changelog's tables with. Never the schema a service runs on.
     */
    public static DerbyUnit mappedByJpa(String unitName) {
        String databaseName = "memory:mapped" + COUNTER.incrementAndGet();
        return new DerbyUnit(unitName, databaseName, derby(databaseName),
                Map.of("eclipselink.ddl-generation", "create-tables",
                        "eclipselink.ddl-generation.output-mode", "database"), ds -> { });
    }

    private static DataSource derby(String databaseName) {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(databaseName);
        derby.setCreateDatabase("create");
        return derby;
    }

    private DerbyUnit(String unitName, String databaseName, DataSource dataSource, Map<String, Object> extra,
                      Consumer<DataSource> migration) {
        this.databaseName = databaseName;
        this.dataSource = dataSource;
        migration.accept(dataSource);
        Map<String, Object> props = new HashMap<>(extra);
        props.put("javax.persistence.nonJtaDataSource", dataSource);
        props.put("eclipselink.weaving", "false");
        props.put("eclipselink.logging.level", "WARNING");
        // a session of its own: two units of one name on one database are two Cofnod nodes, sharing nothing
        props.put("eclipselink.session-name", unitName + "#" + COUNTER.incrementAndGet());
        emf = Persistence.createEntityManagerFactory(unitName, props);
        emf.createEntityManager().close(); // deploys the unit now (and makes its tables if asked), as the container does on start
    }

    /** The database this unit is on, for another unit to share it. */
    public String databaseName() {
        return databaseName;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    public JpaTemplate jpa() {
        return new JpaTemplate() {
            @Override
            public <R> R txExpr(TransactionType type, EmFunction<R> code) {
                return inTransaction(code::apply);
            }

            @Override
            public <R> R txExpr(EmFunction<R> code) {
                return inTransaction(code::apply);
            }

            @Override
            public void tx(TransactionType type, EmConsumer code) {
                inTransaction(em -> {
                    code.accept(em);
                    return null;
                });
            }

            @Override
            public void tx(EmConsumer code) {
                tx(TransactionType.Required, code);
            }
        };
    }

    private <R> R inTransaction(Function<EntityManager, R> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        tx.begin();
        try {
            R result = work.apply(em);
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw e;
        } finally {
            em.close();
        }
    }

    /** Runs plain JDBC against the same database, for checks that must bypass JPA. */
    public void jdbc(Consumer<Connection> work) {
        try (Connection c = connection()) {
            work.accept(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Counts a table's rows and keys afresh for Derby's optimizer, as its own statistics would once the table has
     * grown, so a test of a query plan sees the plan a real database gets.
     */
    public void updateStatistics(String table) {
        jdbc(c -> {
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', '" + table + "', NULL)");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Override
    public void close() {
        emf.close();
    }
}
