package cymru.cofnod.nof.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import cymru.cofnod.consent.api.AuditTrail;
import cymru.cofnod.core.api.AccessDeniedException;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.RecordNotFoundException;
import cymru.cofnod.core.api.ValidationException;
import cymru.cofnod.nof.api.Correction;
import cymru.cofnod.nof.api.NofMapping;
import cymru.cofnod.nof.api.Suggestion;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Outcome;
import java.time.Instant;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class JpaNofMappingsTest {

    /** Scenario 5: Oliver's plan, in his own nine lines. */
    static final List<String> OLIVER = List.of("go out by myself", "walk to the shop", "communicate with people more",
            "control my temper better", "be less worried", "learn to drive", "get a job, perhaps to do with history",
            "feel good about myself", "accept people's help more often");

    private Nof nof;
    private String oliver;

    @Before
    public void open() {
        nof = new Nof();
        oliver = nof.person("Oliver");
    }

    @After
    public void close() {
        nof.close();
    }

    private Outcome line(String words) {
        return nof.outcome(Nof.SOCIAL_WORKER, oliver, words, "change", Instant.parse("2026-10-01T10:00:00Z"));
    }

    @Test
    public void everyOneOfOliversNineLinesIsSuggestedAndMappedAndKeepsHisWords() {
        for (String words : OLIVER) {
            Outcome o = line(words);
            List<Suggestion> suggestions = nof.mappings.suggest(Nof.SOCIAL_WORKER, oliver, o.id());
            assertFalse("'" + words + "' has a suggestion", suggestions.isEmpty());
            assertTrue("nothing is applied until someone confirms",
                    nof.mappings.mappings(Nof.SOCIAL_WORKER, oliver, o.id(), null).isEmpty());
            Suggestion best = suggestions.get(0);
            assertFalse("the suggestion says why", best.because().isEmpty());
            List<NofMapping> tags = nof.mappings.map(Nof.SOCIAL_WORKER, oliver, o.id(), List.of(best.statement().code()));
            assertEquals(1, tags.size());
            assertEquals(1, tags.get(0).catalogueVersion());
            assertEquals("social-worker", tags.get(0).mappedBy());
            assertEquals(words, nof.outcomes.record().get(Nof.SOCIAL_WORKER, oliver, ItemKind.OUTCOME, o.id()).ownWords());
        }
    }

    @Test
    public void suggestionsExplainThemselves() {
        assertEquals("WB07.3", nof.mappings.suggest(Nof.SOCIAL_WORKER, oliver, line(OLIVER.get(6)).id()).get(0)
                .statement().code());
        Suggestion learn = nof.mappings.suggest(Nof.SOCIAL_WORKER, oliver, line(OLIVER.get(5)).id()).get(0);
        assertEquals("WB04.1", learn.statement().code());
        assertTrue(learn.because().containsAll(List.of("learn", "drive")));
        assertTrue(nof.mappings.suggest(Nof.SOCIAL_WORKER, oliver, line(OLIVER.get(4)).id()).stream()
                .anyMatch(s -> s.statement().code().equals("WB02.2")));
        // Welsh words suggest too
        String welsh = nof.outcomes.record().add(Nof.SOCIAL_WORKER, oliver, ItemKind.OUTCOME,
                Outcome.of("Dw i eisiau cael gwaith", "cy", "change")).id();
        assertEquals("WB07.3", nof.mappings.suggest(Nof.SOCIAL_WORKER, oliver, welsh).get(0).statement().code());
    }

    @Test
    public void aTagKeepsTheCatalogueVersionItWasMadeUnder() {
        Outcome walk = line("walk to the shop");
        nof.mappings.map(Nof.SOCIAL_WORKER, oliver, walk.id(), List.of("WB02.1"));
        String original = nof.catalogue.entry("WB02.1", null, null).text();
        nof.catalogue.correct(Nof.ADMIN, "WB02.1", new Correction("I am healthy and active.", "Rwy'n iach ac yn egnïol.",
                "checked"));
        List<NofMapping> tags = nof.mappings.map(Nof.SOCIAL_WORKER, oliver, walk.id(), List.of("WB02.1", "WB04.2"));
        assertEquals(2, tags.size());
        NofMapping first = tags.stream().filter(t -> t.code().equals("WB02.1")).findFirst().orElseThrow();
        assertEquals("tagging again keeps the first tag", 1, first.catalogueVersion());
        assertEquals(original, first.statement().text());
        NofMapping second = tags.stream().filter(t -> t.code().equals("WB04.2")).findFirst().orElseThrow();
        assertEquals(2, second.catalogueVersion());

        try (AuditTrail.Scope scope = nof.outcomes.audit().begin(Nof.SOCIAL_WORKER, "write", "NOF tags", oliver)) {
            nof.mappings.unmap(Nof.SOCIAL_WORKER, oliver, walk.id(), "WB02.1");
            nof.mappings.map(Nof.SOCIAL_WORKER, oliver, walk.id(), List.of("WB02.1", "WB04.2"));
            scope.result("200");
        }
        // each change's event is written with it; the request's own event keeps what it read
        String noted = nof.outcomes.audit().list(Nof.ADMIN, PageRequest.first(3)).items().stream()
                .map(e -> String.valueOf(e.detail())).collect(java.util.stream.Collectors.joining(" | "));
        assertTrue(noted, noted.contains("removed NOF tag WB02.1 from outcome " + walk.id()));
        assertTrue(noted, noted.contains("tagged outcome " + walk.id() + " with NOF WB02.1"));
        assertFalse("only the tag that is new is noted: " + noted, noted.contains("WB04.2"));
        NofMapping retagged = nof.mappings.mappings(Nof.SOCIAL_WORKER, oliver, walk.id(), "cy").stream()
                .filter(t -> t.code().equals("WB02.1")).findFirst().orElseThrow();
        assertEquals(2, retagged.catalogueVersion());
        assertEquals("Rwy'n iach ac yn egnïol.", retagged.statement().text());
    }

    @Test
    public void badTagsAndWrongPeopleChangeNothing() {
        Outcome o = line("learn to drive");
        try {
            nof.mappings.map(Nof.SOCIAL_WORKER, oliver, o.id(), List.of("WB04.1", "WB04", "WB99.1"));
            fail("a domain and an unknown code are refused");
        } catch (ValidationException expected) {
            assertEquals(2, expected.errors().size());
        }
        try {
            nof.mappings.map(Nof.COMMISSIONER, oliver, o.id(), List.of("WB04.1"));
            fail("a commissioner does not tag a person's outcome");
        } catch (AccessDeniedException expected) {
            // refused
        }
        try {
            nof.mappings.suggest(Nof.COMMISSIONER, oliver, o.id());
            fail("a commissioner does not read a person's outcome");
        } catch (AccessDeniedException expected) {
            // refused
        }
        try {
            nof.mappings.map(Nof.SOCIAL_WORKER, oliver, "00000000-0000-0000-0000-000000000000", List.of("WB04.1"));
            fail("an unknown outcome is not found");
        } catch (RecordNotFoundException expected) {
            // not found
        }
        String someoneElse = nof.person("Kevin");
        try {
            nof.mappings.map(Nof.SOCIAL_WORKER, someoneElse, o.id(), List.of("WB04.1"));
            fail("an outcome of another person is not found");
        } catch (RecordNotFoundException expected) {
            // not found
        }
        assertTrue(nof.mappings.mappings(Nof.SOCIAL_WORKER, oliver, o.id(), null).isEmpty());
    }
}
