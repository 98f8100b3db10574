package cymru.cofnod.nof.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import cymru.cofnod.core.api.AccessDeniedException;
import cymru.cofnod.core.api.RecordNotFoundException;
import cymru.cofnod.core.api.ValidationException;
import cymru.cofnod.nof.api.Correction;
import cymru.cofnod.nof.api.NofEntry;
import cymru.cofnod.nof.api.StatementFilter;
import cymru.cofnod.testing.DerbyUnit;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class JpaNofCatalogueTest {

    private DerbyUnit unit;
    private JpaNofCatalogue catalogue;

    @Before
    public void open() {
        unit = new DerbyUnit("cofnod-nof");
        catalogue = new JpaNofCatalogue(unit.jpa());
    }

    @After
    public void close() {
        unit.close();
    }

    @Test
    public void theSourceFileLoadsAsVersionOneWithWelshPending() {
        assertEquals(1, catalogue.currentVersion());
        List<NofEntry> domains = catalogue.domains(null, null);
        assertEquals(12, domains.size());
        assertEquals("WB01", domains.get(0).code());
        List<NofEntry> statements = catalogue.statements(StatementFilter.all());
        assertEquals(23, statements.size());
        for (NofEntry s : statements) {
            assertTrue(s.code() + " shows English while Welsh is pending", s.welshPending());
            assertNull(s.textCy());
            assertEquals(s.textEn(), s.text());
            assertTrue(s.code() + " is marked to check", s.toCheck());
        }
        NofEntry work = catalogue.entry("WB07.3", null, "cy");
        assertEquals("WB07A", work.parent());
        assertEquals("WB07", work.domain());
        assertEquals("adults", work.appliesTo());
        assertEquals("I am supported to work.", work.text());
        // reloading (a restart) does not load the file again
        new JpaNofCatalogue(unit.jpa());
        assertEquals(23, catalogue.statements(StatementFilter.all()).size());
        assertEquals(1, catalogue.versions().size());
    }

    @Test
    public void statementsFilterByDomainGroupAndWords() {
        List<String> work = codes(catalogue.statements(new StatementFilter("WB07", null, null, null, null)));
        assertEquals(List.of("WB07.1", "WB07.2", "WB07.3", "WB07.4"), work);
        List<String> children = codes(catalogue.statements(new StatementFilter("WB07", "children", null, null, null)));
        assertEquals(List.of("WB07.1", "WB07.2", "WB07.4"), children);
        assertEquals(List.of("WB07.3"), codes(catalogue.statements(new StatementFilter("WB07A", null, null, null, null))));
        assertEquals(List.of("WB01.1", "WB08.1"),
                codes(catalogue.statements(new StatementFilter(null, null, "ACHIEVE MY WELL-BEING", null, null))));
        assertTrue(catalogue.domains("children", null).stream().anyMatch(d -> d.code().equals("WB09C")));
        assertFalse(catalogue.domains("adults", null).stream().anyMatch(d -> d.code().equals("WB09C")));
        try {
            catalogue.statements(new StatementFilter(null, "aliens", null, null, null));
            fail("an unknown group is refused");
        } catch (ValidationException expected) {
            assertEquals("appliesTo", expected.errors().get(0).field());
        }
    }

    @Test
    public void aCorrectionIsANewVersionAndOldWordingStays() {
        String before = catalogue.entry("WB05.1", null, null).text();
        NofEntry corrected = catalogue.correct(Nof.ADMIN, "WB05.1",
                new Correction(null, "Rwy'n perthyn.", "Welsh added, reviewed by the translation team"));
        assertEquals(2, corrected.catalogueVersion());
        assertEquals(2, catalogue.currentVersion());
        assertEquals("Rwy'n perthyn.", catalogue.entry("WB05.1", null, "cy").text());
        assertFalse(catalogue.entry("WB05.1", null, "cy").welshPending());
        assertEquals(before, catalogue.entry("WB05.1", null, null).text());
        // version 1 still reads as it was
        NofEntry old = catalogue.entry("WB05.1", 1L, "cy");
        assertTrue(old.welshPending());
        assertEquals(before, old.text());
        assertEquals(1, old.catalogueVersion());

        catalogue.correct(Nof.ADMIN, "WB05.1", new Correction("I belong where I live.", null, "checked"));
        assertEquals("I belong where I live.", catalogue.entry("WB05.1", null, null).text());
        assertEquals("Rwy'n perthyn.", catalogue.entry("WB05.1", null, "cy").text());
        assertEquals("Rwy'n perthyn.", catalogue.entry("WB05.1", 2L, "cy").text());
        assertEquals(before, catalogue.entry("WB05.1", 2L, null).text());
        assertEquals(List.of(1L, 2L, 3L), catalogue.versions().stream().map(v -> v.version()).toList());
        assertEquals("admin", catalogue.versions().get(2).changedBy());
        // other entries keep the wording they had
        assertEquals(1, catalogue.entry("WB05.2", null, null).catalogueVersion());
    }

    @Test
    public void onlyAnAdministratorCorrectsAndBadCorrectionsChangeNothing() {
        try {
            catalogue.correct(Nof.SOCIAL_WORKER, "WB05.1", new Correction("x", null, null));
            fail("a practitioner may not correct the catalogue");
        } catch (AccessDeniedException expected) {
            // refused
        }
        try {
            catalogue.correct(Nof.ADMIN, "WB05.1", new Correction(" ", null, null));
            fail("an empty correction is refused");
        } catch (ValidationException expected) {
            assertEquals("textEn", expected.errors().get(0).field());
        }
        try {
            catalogue.correct(Nof.ADMIN, "WB99.9", new Correction("x", null, null));
            fail("an unknown code is not found");
        } catch (RecordNotFoundException expected) {
            // not found
        }
        assertEquals(1, catalogue.currentVersion());
    }

    private static List<String> codes(List<NofEntry> entries) {
        return entries.stream().map(NofEntry::code).toList();
    }
}
