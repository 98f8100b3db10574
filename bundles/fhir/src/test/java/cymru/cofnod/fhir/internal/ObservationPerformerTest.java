package cymru.cofnod.fhir.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import cymru.cofnod.outcomes.api.Entry;
import cymru.cofnod.outcomes.api.Practitioner;
import cymru.cofnod.outcomes.api.Provenance;
import java.time.Instant;
import java.util.List;
import org.hl7.fhir.r4.model.Reference;
import org.junit.Test;

/** An Observation's performer is who did the work: the practitioner a sending system named, else who recorded it. */
public class ObservationPerformerTest {

    private static final Instant AT = Instant.parse("2026-10-01T10:00:00Z");

    private static Reference performerOf(Provenance provenance) {
        Entry entry = new Entry("e-1", 1L, "p-1", AT, provenance, "visit", List.of(),
                List.of(new Entry.Part("observation", "visited", null, null)), null, null, null);
        return Observations.of(entry).getPerformerFirstRep();
    }

    @Test
    public void theNamedPractitionerPerformedIt() {
        Reference named = performerOf(new Provenance("uhb-system", "cardiff-vale-uhb", AT, "V-1",
                new Practitioner("Gareth Hughes", "physiotherapist", "HCPC-PH12345"), "uhb-system"));
        assertEquals("Gareth Hughes (physiotherapist)", named.getDisplay());
        assertEquals("HCPC-PH12345", named.getIdentifier().getValue());
    }

    @Test
    public void otherwiseWhoRecordedIt() {
        Reference written = performerOf(new Provenance("sian", "cardiff-council", AT, null,
                Practitioner.named("sian"), null));
        assertEquals("sian (cardiff-council)", written.getDisplay());
        assertNull(written.getIdentifier().getValue());
    }
}
