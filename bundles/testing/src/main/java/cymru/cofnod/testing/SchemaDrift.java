package cymru.cofnod.testing;

import cymru.cofnod.schema.api.Changelog;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * Whether a unit's changelog makes the tables its JPA mapping expects: the tables, columns (type, size,
 * nullability), primary keys, unique constraints and indexes of a Derby database migrated by the changelog alone,
 * against those EclipseLink makes from the mapping on another. Each difference is told as the changeset that
 * would remove it, to be added at the end of the changelog (docs/schema.md).
 */
public final class SchemaDrift {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final Set<String> LIQUIBASE_TABLES = Set.of("DATABASECHANGELOG", "DATABASECHANGELOGLOCK");

    private SchemaDrift() {
    }

    /** Fails, naming every changeset missing from the unit's changelog, unless it makes what the mapping expects. */
    public static void assertNone(String unitName) {
        List<String> changesets = missingChangesets(unitName);
        if (!changesets.isEmpty()) {
            Changelog changelog = Changelog.ofUnit(unitName, loader());
            throw new AssertionError("The JPA mapping of " + unitName + " expects tables that " + changelog.path()
                    + " does not make. Add at its end (never edit an applied changeset):\n\n"
                    + String.join("\n", changesets));
        }
    }

    /** The changesets that would bring the changelog's schema to the mapping's; empty when there is no drift. */
    public static List<String> missingChangesets(String unitName) {
        Map<String, Table> mapped;
        try (DerbyUnit unit = DerbyUnit.mappedByJpa(unitName)) {
            mapped = tables(unit.dataSource());
        }
        EmbeddedDataSource migrated = new EmbeddedDataSource();
        migrated.setDatabaseName("memory:drift" + COUNTER.incrementAndGet());
        migrated.setCreateDatabase("create");
        Changelog.ofUnit(unitName, loader()).applyTo(migrated);
        return compare(mapped, tables(migrated));
    }

    private static ClassLoader loader() {
        return Thread.currentThread().getContextClassLoader();
    }

    static List<String> compare(Map<String, Table> mapped, Map<String, Table> migrated) {
        List<String> out = new ArrayList<>();
        for (Table want : mapped.values()) {
            Table have = migrated.get(want.name);
            if (have == null) {
                out.add(changeSet("create-" + want.name, want.create()));
            } else {
                want.differences(have, out);
            }
        }
        for (Table extra : migrated.values()) {
            if (!mapped.containsKey(extra.name)) {
                out.add(changeSet("drop-" + extra.name, "<dropTable tableName=\"" + extra.name
                        + "\"/> <!-- the mapping has no such table any more -->"));
            }
        }
        return out;
    }

    static String changeSet(String id, String change) {
        return "  <changeSet id=\"" + id + "\" author=\"cofnod\">\n    " + change.replace("\n", "\n    ")
                + "\n  </changeSet>\n";
    }

    static Map<String, Table> tables(DataSource dataSource) {
        Map<String, Table> tables = new TreeMap<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getTables(null, "APP", "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME");
                    if (!LIQUIBASE_TABLES.contains(name)) {
                        tables.put(name, new Table(name));
                    }
                }
            }
            Map<String, String> constraints = constraintsByIndex(c);
            for (Table t : tables.values()) {
                t.read(meta, constraints);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return tables;
    }

    /**
     * Derby backs a unique or primary key constraint with an index of its own naming, and a unique constraint over
     * nullable columns with a non-unique one: the constraint's name, by its index's.
     */
    private static Map<String, String> constraintsByIndex(Connection c) throws SQLException {
        Map<String, String> names = new TreeMap<>();
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT g.CONGLOMERATENAME, k.CONSTRAINTNAME"
                + " FROM SYS.SYSCONSTRAINTS k JOIN SYS.SYSKEYS y ON y.CONSTRAINTID = k.CONSTRAINTID"
                + " JOIN SYS.SYSCONGLOMERATES g ON g.CONGLOMERATEID = y.CONGLOMERATEID")) {
            while (rs.next()) {
                names.put(rs.getString(1), rs.getString(2));
            }
        }
        return names;
    }

    /** A column as the changelog writes it. */
    record Column(String name, String type, boolean nullable, boolean autoIncrement, boolean javaBoolean) {

        /** The type in the changelog's words: a Java boolean goes through the changelog's per-database property. */
        String changelogType() {
            return javaBoolean ? "${boolean.type}" : type;
        }

        String xml(boolean primaryKey) {
            StringBuilder b = new StringBuilder("<column name=\"" + name + "\" type=\"" + changelogType() + "\"");
            if (autoIncrement) {
                b.append(" autoIncrement=\"true\"");
            }
            if (javaBoolean) {
                b.append(" defaultValueComputed=\"${boolean.false}\"");
            }
            if (primaryKey || !nullable) {
                b.append("><constraints").append(primaryKey ? " primaryKey=\"true\"" : "")
                        .append(nullable ? "" : " nullable=\"false\"").append("/></column>");
            } else {
                b.append("/>");
            }
            return b.toString();
        }
    }

    /** An index or unique constraint, known by what it does (unique or not, its columns in order). */
    record Index(String name, boolean unique, List<String> columns) {

        String key() {
            return (unique ? "unique " : "") + columns;
        }

        String create(String table) {
            if (unique) {
                return "<addUniqueConstraint tableName=\"" + table + "\" constraintName=\"" + name + "\" columnNames=\""
                        + columns.stream().map(c -> c.replace(" DESC", "")).collect(Collectors.joining(", ")) + "\"/>";
            }
            return "<createIndex tableName=\"" + table + "\" indexName=\"" + name + "\">\n"
                    + columns.stream().map(c -> c.endsWith(" DESC")
                            ? "  <column name=\"" + c.substring(0, c.length() - 5) + "\" descending=\"true\"/>"
                            : "  <column name=\"" + c + "\"/>").collect(Collectors.joining("\n"))
                    + "\n</createIndex>";
        }
    }

    static final class Table {
        final String name;
        final Map<String, Column> columns = new LinkedHashMap<>();
        final List<String> primaryKey = new ArrayList<>();
        final Map<String, Index> indexes = new TreeMap<>();

        Table(String name) {
            this.name = name;
        }

        void read(DatabaseMetaData meta, Map<String, String> constraints) throws SQLException {
            try (ResultSet rs = meta.getColumns(null, "APP", name, "%")) {
                while (rs.next()) {
                    String type = rs.getString("TYPE_NAME");
                    boolean sized = Set.of("VARCHAR", "CHAR", "CLOB", "BLOB", "DECIMAL", "NUMERIC").contains(type);
                    String full = sized ? type + "(" + rs.getInt("COLUMN_SIZE")
                            + (rs.getInt("DECIMAL_DIGITS") > 0 ? ", " + rs.getInt("DECIMAL_DIGITS") : "") + ")" : type;
                    // EclipseLink's Derby platform maps a Java boolean to SMALLINT DEFAULT 0, and nothing else so
                    boolean javaBoolean = "SMALLINT".equals(type) && "0".equals(rs.getString("COLUMN_DEF"));
                    columns.put(rs.getString("COLUMN_NAME"), new Column(rs.getString("COLUMN_NAME"), full,
                            rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
                            "YES".equals(rs.getString("IS_AUTOINCREMENT")), javaBoolean));
                }
            }
            Map<Short, String> pk = new TreeMap<>();
            try (ResultSet rs = meta.getPrimaryKeys(null, "APP", name)) {
                while (rs.next()) {
                    pk.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
                }
            }
            primaryKey.addAll(pk.values());
            Map<String, Map<Short, String>> columnsOf = new TreeMap<>();
            Map<String, Boolean> uniqueOf = new TreeMap<>();
            try (ResultSet rs = meta.getIndexInfo(null, "APP", name, false, false)) {
                while (rs.next()) {
                    String index = rs.getString("INDEX_NAME");
                    String column = rs.getString("COLUMN_NAME") + ("D".equals(rs.getString("ASC_OR_DESC")) ? " DESC" : "");
                    columnsOf.computeIfAbsent(index, k -> new TreeMap<>()).put(rs.getShort("ORDINAL_POSITION"), column);
                    uniqueOf.put(index, !rs.getBoolean("NON_UNIQUE"));
                }
            }
            columnsOf.forEach((index, cols) -> {
                String constraint = constraints.get(index);
                Index i = constraint == null ? new Index(index, uniqueOf.get(index), List.copyOf(cols.values()))
                        : new Index(constraint, true, List.copyOf(cols.values()));
                if (!(i.unique() && i.columns().equals(primaryKey))) { // the primary key's own index
                    indexes.put(i.key(), i);
                }
            });
        }

        String create() {
            StringBuilder b = new StringBuilder("<createTable tableName=\"" + name + "\">\n");
            columns.values().forEach(c -> b.append("  ").append(c.xml(primaryKey.contains(c.name()))).append('\n'));
            b.append("</createTable>");
            indexes.values().forEach(i -> b.append('\n').append(i.create(name)));
            return b.toString();
        }

        void differences(Table have, List<String> out) {
            for (Column want : columns.values()) {
                Column got = have.columns.get(want.name());
                String id = name + "-" + want.name();
                if (got == null) {
                    out.add(changeSet("add-" + id, "<addColumn tableName=\"" + name + "\">\n  " + want.xml(false)
                            + "\n</addColumn>"));
                    continue;
                }
                if (!want.type().equals(got.type())) {
                    out.add(changeSet("type-" + id, "<modifyDataType tableName=\"" + name + "\" columnName=\""
                            + want.name() + "\" newDataType=\"" + want.changelogType() + "\"/> <!-- was " + got.type() + " -->"));
                }
                if (want.nullable() != got.nullable()) {
                    out.add(changeSet((want.nullable() ? "nullable-" : "not-null-") + id, (want.nullable()
                            ? "<dropNotNullConstraint" : "<addNotNullConstraint") + " tableName=\"" + name
                            + "\" columnName=\"" + want.name() + "\" columnDataType=\"" + want.changelogType() + "\"/>"));
                }
                if (want.autoIncrement() != got.autoIncrement()) {
                    out.add(changeSet("identity-" + id, "<!-- " + name + "." + want.name() + " must "
                            + (want.autoIncrement() ? "" : "not ") + "be generated by the database (autoIncrement) -->"));
                }
            }
            for (Column extra : have.columns.values()) {
                if (!columns.containsKey(extra.name())) {
                    out.add(changeSet("drop-" + name + "-" + extra.name(), "<dropColumn tableName=\"" + name
                            + "\" columnName=\"" + extra.name() + "\"/> <!-- the mapping has no such column any more -->"));
                }
            }
            if (!primaryKey.equals(have.primaryKey)) {
                out.add(changeSet("primary-key-" + name, "<dropPrimaryKey tableName=\"" + name + "\"/>\n"
                        + "<addPrimaryKey tableName=\"" + name + "\" columnNames=\"" + String.join(", ", primaryKey)
                        + "\"/> <!-- was " + have.primaryKey + " -->"));
            }
            Set<String> keys = new TreeSet<>(indexes.keySet());
            keys.addAll(have.indexes.keySet());
            for (String key : keys) {
                Index want = indexes.get(key);
                Index got = have.indexes.get(key);
                if (got == null) {
                    out.add(changeSet((want.unique() ? "unique-" : "index-") + want.name(), want.create(name)));
                } else if (want == null) {
                    out.add(changeSet("drop-" + got.name(), (got.unique()
                            ? "<dropUniqueConstraint tableName=\"" + name + "\" constraintName=\"" + got.name() + "\"/>"
                            : "<dropIndex tableName=\"" + name + "\" indexName=\"" + got.name() + "\"/>")
                            + " <!-- the mapping has no such " + (got.unique() ? "constraint" : "index") + " -->"));
                }
            }
        }
    }
}
