package cymru.cofnod.web.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

/** A form sent after its session ended is kept for its user, and handed back once on the page it came from. */
public class DraftsTest {

    /** The time as the test moves it on. */
    private static final class Moving implements InstantSource {
        private Instant now = Instant.parse("2026-12-01T10:00:00Z");

        void pass(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    public void anIdleSessionEndsButIsRememberedWithItsUserAndFormToken() {
        Moving clock = new Moving();
        Sessions sessions = new Sessions(Duration.ofMinutes(30), clock);
        Sessions.Session s = sessions.start("social-worker", "cardiff-council", "practitioner", null, "Basic x");
        clock.pass(Duration.ofMinutes(29));
        assertTrue(sessions.find(s.token()).isPresent());
        assertTrue("in use, so not ended", sessions.ended(s.token()).isEmpty());
        clock.pass(Duration.ofMinutes(31));
        assertTrue(sessions.find(s.token()).isEmpty());
        Sessions.Ended ended = sessions.ended(s.token()).orElseThrow();
        assertEquals("social-worker", ended.user());
        assertEquals(s.csrf(), ended.csrf());
    }

    @Test
    public void signingOutIsNotAnEndingADraftCanComeBackTo() {
        Sessions sessions = new Sessions(Duration.ofMinutes(30), new Moving());
        Sessions.Session s = sessions.start("social-worker", "cardiff-council", "practitioner", null, "Basic x");
        sessions.end(s.token());
        assertTrue(sessions.ended(s.token()).isEmpty());
    }

    @Test
    public void aDraftComesBackOnceOnItsOwnPageWithoutItsToken() {
        Drafts drafts = new Drafts(new Moving());
        assertTrue(drafts.keep("social-worker", "/people/p1/entries/new",
                Map.of("ownWords", new String[] {"I did it!"}, "csrf", new String[] {"t"}, Drafts.PAGE, new String[] {"/people/p1/entries/new"})));
        assertEquals(Optional.of("/people/p1/entries/new"), drafts.waiting("social-worker"));
        assertTrue("not someone else's", drafts.waiting("physio").isEmpty());
        assertTrue("not on another page", drafts.take("social-worker", "/people/p1/decisions/new").isEmpty());
        Map<String, String[]> fields = drafts.take("social-worker", "/people/p1/entries/new").orElseThrow();
        assertArrayEquals(new String[] {"I did it!"}, fields.get("ownWords"));
        assertFalse(fields.containsKey("csrf"));
        assertTrue("handed back once", drafts.take("social-worker", "/people/p1/entries/new").isEmpty());
    }

    @Test
    public void wherePeopleWentAfterwardsNeverReplacesWhatTheyTyped() {
        Drafts drafts = new Drafts(new Moving());
        drafts.keep("social-worker", "/people/p1/entries/new", Map.of("ownWords", new String[] {"typed"}));
        drafts.keep("social-worker", "/people/p2", Map.of());
        assertEquals(Optional.of("/people/p1/entries/new"), drafts.waiting("social-worker"));
    }

    @Test
    public void draftsAreForgottenAfterHalfADay() {
        Moving clock = new Moving();
        Drafts drafts = new Drafts(clock);
        drafts.keep("social-worker", "/people/p1/entries/new", Map.of("ownWords", new String[] {"typed"}));
        clock.pass(Duration.ofHours(13));
        assertTrue(drafts.waiting("social-worker").isEmpty());
    }

    @Test
    public void onlyThesePagesOwnPathsAreGoneBackTo() {
        assertTrue(Drafts.ownPage("/people/p1/entries/new"));
        for (String elsewhere : new String[] {null, "", "https://example.org/", "//example.org/people/", "/people/../login",
                "/people/p1\r\nSet-Cookie: x=y", "/people/p1\\x", "/reports"}) {
            assertFalse(elsewhere, Drafts.ownPage(elsewhere));
            assertFalse(new Drafts(new Moving()).keep("u", elsewhere, Map.of("a", new String[] {"b"})));
        }
    }
}
