package cymru.cofnod.adapter.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class ReasonsTest {

    @Test
    public void reasonsLoseClassNamesExceptionsAndLibraryCodes() {
        assertEquals("Unrecognized field \"x\" (class a value), not marked as ignorable",
                Reasons.plain("Unrecognized field \"x\" (class cymru.cofnod.adapter.socialwork.internal.CaseExport$Conversation),"
                        + " not marked as ignorable"));
        assertEquals("a value has no field x", Reasons.plain("CaseExport$Conversation has no field x"));
        assertEquals("(line 3) invalid char between encapsulated token and delimiter",
                Reasons.plain("CSVException: (line 3) invalid char between encapsulated token and delimiter"));
        assertEquals("[element=\"status\"] Invalid attribute value \"sometimes\"",
                Reasons.plain("HAPI-1821: [element=\"status\"] Invalid attribute value \"sometimes\""));
        assertEquals("a ? here", Reasons.plain("a \ud800 here"));
        assertEquals("no person in Cofnod has provider GD-0042", Reasons.plain("no person in Cofnod has provider GD-0042"));
        assertEquals(Reasons.MAX_REASON, Reasons.plain("x".repeat(10_000)).length());
    }

    @Test
    public void anOwnIdTooLongOrNotWellFormedIsAProblemAndIsStoredShort() {
        assertNull(Reasons.keyProblem("GD-V-1"));
        assertTrue(Reasons.keyProblem("k".repeat(256)).contains("longer than 255"));
        assertTrue(Reasons.keyProblem("a\u0000b").contains("not well-formed"));
        assertEquals(255, Reasons.storable("k".repeat(10_000)).length());
    }
}
