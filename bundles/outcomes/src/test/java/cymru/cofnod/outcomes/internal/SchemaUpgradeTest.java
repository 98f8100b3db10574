package cymru.cofnod.outcomes.internal;

import static org.junit.Assert.assertEquals;

import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Purpose;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.outcomes.api.Entry;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Outcome;
import cymru.cofnod.outcomes.api.Person;
import cymru.cofnod.outcomes.api.PersonService;
import cymru.cofnod.outcomes.api.TimelineItem;
import cymru.cofnod.outcomes.api.TimelineQuery;
import cymru.cofnod.testing.DerbyUnit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.Test;

/**
 * A database made before the changelogs (src/test/resources/db/before-changelogs.sql: EclipseLink's tables, with
 * records written through the services) is upgraded by them: its baseline is recorded as run, not run again, and
 * its records read back through the services as they were written, and it takes new writes.
 */
public class SchemaUpgradeTest {

    static final Requester SW = new Requester("social-worker", "cardiff-council", Role.PRACTITIONER, Purpose.DIRECT_CARE);
    static final Requester PHYSIO = new Requester("physio", "cardiff-vale-uhb", Role.PRACTITIONER, Purpose.DIRECT_CARE);
    static final String RHODRI = "d499559e-f045-4ec0-a023-ba42b68ef5e7";
    static final String WALK = "fdebd3d5-a237-404e-9549-bea3f0fcd10f";
    static final String GARDEN = "84093c2d-9ace-4a57-9586-617e17725a3a";
    static final String VISIT = "3c6ea7b0-8442-4727-bac2-cda7dd38ad4c";

    @Test
    public void aDatabaseMadeBeforeTheChangelogsIsUpgradedWithItsRecordsIntact() throws Exception {
        String database = "memory:before-changelogs";
        load(database, "/db/before-changelogs.sql");
        try (RecordFixture f = new RecordFixture(new DerbyUnit("cofnod-outcomes", database),
                new DerbyUnit("cofnod-consent", database))) {
            assertEquals("every baseline changeset of both changelogs recorded as run, none run again",
                    List.of("MARK_RAN 9"), execTypes(f, "="));
            assertEquals("every later changeset run on the old tables", List.of("EXECUTED"),
                    execTypes(f, "<>").stream().map(t -> t.split(" ")[0]).collect(Collectors.toList()));
            assertEquals("the people recorded before generations were kept have one", "0",
                    rows(f, "SELECT GENERATION FROM OUTCOMES_GENERATION WHERE PERSON_ID = '" + RHODRI + "'"));

            assertEquals(Optional.of(RHODRI), f.people().findByIdentifier(PersonService.IdentifierSystem.NHS, "9434765919"));
            Person rhodri = f.people().get(SW, RHODRI);
            assertEquals("Evans", rhodri.familyName());
            assertEquals(LocalDate.parse("1950-03-14"), rhodri.dateOfBirth());

            // the other agency reads all three items under the directive given before the upgrade
            List<TimelineItem> timeline = f.record().timeline(PHYSIO, RHODRI, TimelineQuery.all(), PageRequest.first(50)).items();
            assertEquals(List.of(VISIT, GARDEN, WALK).stream().sorted().collect(Collectors.toList()),
                    timeline.stream().map(TimelineItem::id).sorted().collect(Collectors.toList()));
            assertEquals("Rwy eisiau cerdded i'r siop bob dydd — ŵ ŷ",
                    f.record().get(PHYSIO, RHODRI, ItemKind.OUTCOME, WALK).ownWords());
            Entry visit = f.record().get(PHYSIO, RHODRI, ItemKind.ENTRY, VISIT);
            assertEquals(List.of(WALK), visit.outcomeIds());
            assertEquals("Walked to the end of the road with a stick.", visit.parts().get(0).text());

            Outcome later = f.record().add(SW, RHODRI, ItemKind.OUTCOME, Outcome.of("Mynd i'r capel eto", "cy", "change"));
            assertEquals(4, f.record().timeline(PHYSIO, RHODRI, TimelineQuery.all(), PageRequest.first(50)).items().size());
            assertEquals("Mynd i'r capel eto", f.record().get(PHYSIO, RHODRI, ItemKind.OUTCOME, later.id()).ownWords());
        }
    }

    /** How the changesets labelled (=) or not labelled (<>) baseline were applied, with how many of each. */
    private static List<String> execTypes(RecordFixture f, String baseline) throws SQLException {
        return List.of(rows(f, "SELECT EXECTYPE || ' ' || TRIM(CHAR(COUNT(*))) FROM DATABASECHANGELOG"
                + " WHERE COALESCE(LABELS, '') " + baseline + " 'baseline' GROUP BY EXECTYPE").split("\n"));
    }

    /** The first column of every row, one per line. */
    private static String rows(RecordFixture f, String query) throws SQLException {
        try (Connection c = f.outcomesUnit.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(query)) {
            StringBuilder b = new StringBuilder();
            while (rs.next()) {
                b.append(b.length() == 0 ? "" : "\n").append(rs.getString(1));
            }
            return b.toString();
        }
    }

    private static void load(String database, String script) throws IOException, SQLException {
        String sql;
        try (InputStream in = SchemaUpgradeTest.class.getResourceAsStream(script)) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        EmbeddedDataSource db = new EmbeddedDataSource();
        db.setDatabaseName(database);
        db.setCreateDatabase("create");
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            // statements end a line with ';' and the next begins with its verb: a text value may span lines
            for (String statement : sql.replaceAll("(?m)^--.*\n", "").split(";\n(?=(CREATE|INSERT|ALTER) )")) {
                s.execute(statement.strip().replaceAll(";$", ""));
            }
        }
    }
}
