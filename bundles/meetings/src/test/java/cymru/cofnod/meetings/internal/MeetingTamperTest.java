package cymru.cofnod.meetings.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import cymru.cofnod.consent.api.AuditTrail;
import cymru.cofnod.meetings.api.Meeting;
import cymru.cofnod.meetings.api.Plan;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Tamper evidence for meetings and plans on real Derby: each stored version is checked against the digest its
 * write's audit event carries, so an edit or a removal made by SQL behind the services' back is named.
 */
public class MeetingTamperTest {

    private MeetingsFixture f;
    private Meeting meeting;

    @Before
    public void open() {
        f = new MeetingsFixture();
        String rhodri = f.person("Rhodri", null);
        meeting = f.meetings.record(MeetingsFixture.SW, MeetingsFixture.planning(rhodri,
                List.of(MeetingsFixture.newOutcome("Get to the allotment on Saturdays"))));
        f.plans.addView(MeetingsFixture.SW, meeting.planId(), new Plan.PlanView("practitioner", "Sam",
                "The allotment committee can help", "en", null, null));
    }

    @After
    public void close() {
        f.close();
    }

    private void sql(String statement, Object... values) {
        f.unit.jdbc(c -> {
            try (PreparedStatement s = c.prepareStatement(statement)) {
                for (int i = 0; i < values.length; i++) {
                    s.setObject(i + 1, values[i]);
                }
                assertTrue(statement, s.executeUpdate() > 0);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Rewrites words in one stored body, as Derby has no REPLACE: read, change, write back. */
    private void rewrite(String table, String where, String from, String to, Object... key) {
        String[] body = new String[1];
        f.unit.jdbc(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT BODY FROM " + table + " WHERE " + where)) {
                for (int i = 0; i < key.length; i++) {
                    s.setObject(i + 1, key[i]);
                }
                ResultSet r = s.executeQuery();
                assertTrue(r.next());
                body[0] = r.getString(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(body[0], body[0].contains(from));
        Object[] values = new Object[key.length + 1];
        values[0] = body[0].replace(from, to);
        System.arraycopy(key, 0, values, 1, key.length);
        sql("UPDATE " + table + " SET BODY = ? WHERE " + where, values);
    }

    private AuditTrail.Break versionBreak() {
        AuditTrail.Verification v = f.record.audit().verify();
        assertEquals(v.toString(), "BROKEN", v.status());
        assertTrue("the chain itself is whole", v.first("event").isEmpty());
        return v.first("item-version").orElseThrow();
    }

    @Test
    public void untouchedMeetingsAndPlansVerify() {
        AuditTrail.Verification ok = f.record.audit().verify();
        assertEquals(ok.toString(), "OK", ok.status());
        assertEquals("the person, the outcome agreed, the meeting and the plan's two versions", 5,
                ok.itemVersionsChecked());
    }

    @Test
    public void aMeetingEditedInTheDatabaseIsNamed() {
        rewrite("MEETINGS_MEETING", "ID = ?", "Rhodri", "Someone else", meeting.id());
        AuditTrail.Break edited = versionBreak();
        assertEquals("meeting " + meeting.id() + "/1", edited.where());
        assertTrue(edited.what(), edited.what().contains("changed after it was written"));
        assertEquals(1, edited.count());
    }

    @Test
    public void aSupersededPlanVersionEditedInTheDatabaseIsNamed() {
        rewrite("MEETINGS_PLAN", "ID = ? AND VERSION = 1", "allotment", "care home", meeting.planId());
        AuditTrail.Break edited = versionBreak();
        assertEquals("plan " + meeting.planId() + "/1", edited.where());
        assertTrue(edited.what(), edited.what().contains("changed after it was written"));
        assertEquals(1, edited.count());
    }

    @Test
    public void aDeletedPlanVersionIsNamed() {
        sql("DELETE FROM MEETINGS_PLAN WHERE ID = ? AND VERSION = 2", meeting.planId());
        AuditTrail.Break removed = versionBreak();
        assertTrue(removed.toString(), removed.where().equals("plan " + meeting.planId() + "/2")
                || removed.where().equals("plan " + meeting.planId() + "/1"));
        assertEquals("the missing newest version, and the one before now claiming to be the newest", 2,
                removed.count());
    }
}
