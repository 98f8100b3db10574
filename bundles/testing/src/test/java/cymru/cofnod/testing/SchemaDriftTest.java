package cymru.cofnod.testing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.Test;

/** The drift check names exactly the changeset a changelog lacks, and finds none between equal schemas. */
public class SchemaDriftTest {

    private static final String TABLE = "CREATE TABLE DEMO_ITEM (ID VARCHAR(36) NOT NULL, SEEN_AT TIMESTAMP NOT NULL, "
            + "PRIMARY KEY (ID))";

    @Test
    public void equalSchemasHaveNoDrift() {
        assertEquals(List.of(), SchemaDrift.compare(SchemaDrift.tables(database(TABLE)), SchemaDrift.tables(database(TABLE))));
    }

    @Test
    public void aColumnAndAnIndexTheChangelogLacksAreToldAsTheirChangesets() {
        EmbeddedDataSource mapped = database(
                "CREATE TABLE DEMO_ITEM (ID VARCHAR(36) NOT NULL, SEEN_AT TIMESTAMP NOT NULL, NOTE VARCHAR(200), "
                        + "DONE SMALLINT DEFAULT 0 NOT NULL, PRIMARY KEY (ID))",
                "CREATE INDEX DEMO_ITEM_SEEN ON DEMO_ITEM (SEEN_AT DESC, ID)");
        List<String> missing = SchemaDrift.compare(SchemaDrift.tables(mapped), SchemaDrift.tables(database(TABLE)));
        assertEquals(List.of(
                "  <changeSet id=\"add-DEMO_ITEM-NOTE\" author=\"cofnod\">\n"
                        + "    <addColumn tableName=\"DEMO_ITEM\">\n"
                        + "      <column name=\"NOTE\" type=\"VARCHAR(200)\"/>\n"
                        + "    </addColumn>\n"
                        + "  </changeSet>\n",
                "  <changeSet id=\"add-DEMO_ITEM-DONE\" author=\"cofnod\">\n"
                        + "    <addColumn tableName=\"DEMO_ITEM\">\n"
                        + "      <column name=\"DONE\" type=\"${boolean.type}\" defaultValueComputed=\"${boolean.false}\">"
                        + "<constraints nullable=\"false\"/></column>\n"
                        + "    </addColumn>\n"
                        + "  </changeSet>\n",
                "  <changeSet id=\"index-DEMO_ITEM_SEEN\" author=\"cofnod\">\n"
                        + "    <createIndex tableName=\"DEMO_ITEM\" indexName=\"DEMO_ITEM_SEEN\">\n"
                        + "      <column name=\"SEEN_AT\" descending=\"true\"/>\n"
                        + "      <column name=\"ID\"/>\n"
                        + "    </createIndex>\n"
                        + "  </changeSet>\n"), missing);
    }

    @Test
    public void aNewTableAndANarrowedColumnAreTold() {
        EmbeddedDataSource mapped = database("CREATE TABLE DEMO_ITEM (ID VARCHAR(36) NOT NULL, SEEN_AT TIMESTAMP, "
                + "PRIMARY KEY (ID))", "CREATE TABLE DEMO_TAG (TAG VARCHAR(16) NOT NULL, PRIMARY KEY (TAG))");
        String missing = String.join("\n", SchemaDrift.compare(SchemaDrift.tables(mapped), SchemaDrift.tables(database(TABLE))));
        assertTrue(missing, missing.contains("<dropNotNullConstraint tableName=\"DEMO_ITEM\" columnName=\"SEEN_AT\" "
                + "columnDataType=\"TIMESTAMP\"/>"));
        assertTrue(missing, missing.contains("<createTable tableName=\"DEMO_TAG\">\n"
                + "      <column name=\"TAG\" type=\"VARCHAR(16)\"><constraints primaryKey=\"true\" nullable=\"false\"/></column>\n"
                + "    </createTable>"));
    }

    private static int counter;

    private static EmbeddedDataSource database(String... ddl) {
        EmbeddedDataSource db = new EmbeddedDataSource();
        db.setDatabaseName("memory:drift-test" + ++counter);
        db.setCreateDatabase("create");
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (String statement : ddl) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return db;
    }
}
