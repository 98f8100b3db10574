package cymru.cofnod.outcomes.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import cymru.cofnod.consent.api.AccessLogLine;
import cymru.cofnod.consent.api.SubjectAccess;
import cymru.cofnod.consent.internal.SubjectAccessDesk;
import cymru.cofnod.core.api.AccessDeniedException;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Purpose;
import cymru.cofnod.core.api.RecordNotFoundException;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.core.api.ValidationException;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Outcome;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Who may have a person's copy of their whole record (docs/access.md): the person, or an administrator on their
 * behalf naming the subject access request, who then reads exactly what the person reads; nobody else. The
 * person's access log says that an administrator made it on their behalf.
 */
public class SubjectAccessTest {

    private static final Requester SOCIAL_WORKER =
            new Requester("social-worker", "cardiff-council", Role.PRACTITIONER, Purpose.DIRECT_CARE);
    private static final Requester PHYSIO =
            new Requester("physio", "cardiff-vale-uhb", Role.PRACTITIONER, Purpose.DIRECT_CARE);
    private static final Requester ADMIN = new Requester("admin", null, Role.ADMINISTRATOR, Purpose.DIRECT_CARE);
    private static final Requester RHODRI = new Requester("rhodri", null, Role.PERSON, Purpose.DIRECT_CARE);

    private RecordFixture fixture;
    private SubjectAccess access;
    private String rhodri;

    @Before
    public void open() {
        fixture = new RecordFixture();
        access = new SubjectAccessDesk(fixture.directory(), fixture.audit());
        rhodri = fixture.personWithLogin(SOCIAL_WORKER, "Rhodri", "rhodri");
        fixture.record().add(SOCIAL_WORKER, rhodri, ItemKind.OUTCOME, Outcome.of("Walk to the park", "en", "change"));
        fixture.record().add(PHYSIO, rhodri, ItemKind.OUTCOME, Outcome.of("Stronger knees", "en", "change"));
    }

    @After
    public void close() {
        fixture.close();
    }

    @Test
    public void thePersonHasTheirOwnWithoutAReason() {
        assertSame(RHODRI, access.readerOfCopy(RHODRI, rhodri, null));
        assertSame(RHODRI, access.readerOfCopy(RHODRI, rhodri, "my own request"));
    }

    @Test
    public void anAdministratorReadsItAsThePersonForANamedRequest() {
        Requester reader = access.readerOfCopy(ADMIN, rhodri, " SAR-2026-0042 ");
        assertEquals(new Requester("rhodri", null, Role.PERSON, Purpose.DIRECT_CARE), reader);
        assertEquals("every agency's outcomes, as Rhodri reads them", 2,
                fixture.record().list(reader, rhodri, ItemKind.OUTCOME, PageRequest.first(50)).items().size());
        List<AccessLogLine> log = fixture.audit().accessLog(RHODRI, rhodri, PageRequest.first(50)).items();
        assertTrue(log.toString(), log.stream().anyMatch(l -> "admin".equals(l.who())
                && l.summary().contains("on your behalf, for a subject access request")));
    }

    @Test
    public void anAdministratorMustNameAValidRequest() {
        for (String reason : new String[] {null, " ", "x".repeat(SubjectAccess.MAX_REFERENCE + 1), "<script>",
                "SAR\u0000"}) {
            try {
                access.readerOfCopy(ADMIN, rhodri, reason);
                fail("refused: " + reason);
            } catch (ValidationException expected) {
                assertEquals("reason", expected.errors().get(0).field());
            }
        }
    }

    @Test
    public void aPersonWithNoLoginCannotBeReadAsThemselves() {
        String noLogin = fixture.people().create(SOCIAL_WORKER, new cymru.cofnod.outcomes.api.Person(null, null,
                "Mair", null, null, null, "cy", null, null, null, null, null)).id();
        try {
            access.readerOfCopy(ADMIN, noLogin, "SAR-1");
            fail();
        } catch (ValidationException expected) {
            assertEquals("personId", expected.errors().get(0).field());
        }
    }

    @Test
    public void nobodyElseHasIt() {
        refused(SOCIAL_WORKER, rhodri, AccessDeniedException.class);
        refused(new Requester("commissioner", "cardiff-council", Role.COMMISSIONER, Purpose.COMMISSIONING), rhodri,
                AccessDeniedException.class);
        refused(ADMIN.withPurpose(Purpose.COMMISSIONING), rhodri, AccessDeniedException.class);
        String other = fixture.personWithLogin(SOCIAL_WORKER, "Doreen", "doreen");
        refused(new Requester("doreen", null, Role.PERSON, Purpose.DIRECT_CARE), rhodri, RecordNotFoundException.class);
        refused(ADMIN, "00000000-0000-0000-0000-000000000000", RecordNotFoundException.class);
        assertEquals(other, fixture.directory().personOf("doreen").orElseThrow());
    }

    private void refused(Requester requester, String personId, Class<? extends RuntimeException> as) {
        try {
            access.readerOfCopy(requester, personId, "SAR-1");
            fail(requester + " refused");
        } catch (RuntimeException e) {
            assertEquals(requester.toString(), as, e.getClass());
        }
    }
}
