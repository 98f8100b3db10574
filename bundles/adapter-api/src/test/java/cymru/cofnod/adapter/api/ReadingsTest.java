package cymru.cofnod.adapter.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.Test;

public class ReadingsTest {

    @Test
    public void anNhsNumberIsReadAsPeopleWriteItAndCheckedByItsCheckDigit() {
        assertEquals("9434765919", Readings.nhsNumber("943 476 5919", "nhs"));
        assertEquals("9434765919", Readings.nhsNumber("943-476-5919", "nhs"));
        assertNull(Readings.nhsNumber("  ", "nhs"));
        ItemRejected wrongDigit = assertThrows(ItemRejected.class, () -> Readings.nhsNumber("9434765918", "nhs"));
        assertTrue(wrongDigit.getMessage(), wrongDigit.getMessage().startsWith("nhs '9434765918' is not an NHS number"));
        assertThrows(ItemRejected.class, () -> Readings.nhsNumber("94347659", "nhs"));
        assertThrows(ItemRejected.class, () -> Readings.nhsNumber("943476591X", "nhs"));
    }

    @Test
    public void aCodeBecomesCofnodsWordOrTheItemIsRejectedNamingTheKnownCodes() {
        Map<String, String> visits = Map.of("HV", "daily-note", "RV", "review");
        assertEquals("review", Readings.code("RV", "visitType", visits));
        ItemRejected unknown = assertThrows(ItemRejected.class, () -> Readings.code("XX", "visitType", visits));
        assertEquals("visitType 'XX' is not one of [HV, RV]", unknown.getMessage());
        assertThrows(ItemRejected.class, () -> Readings.code(null, "visitType", visits));
    }

    @Test
    public void aLocalTimeIsReadInTheAgencysZoneAcrossTheClockChange() {
        ZoneId london = ZoneId.of("Europe/London");
        assertEquals(Instant.parse("2026-06-10T10:00:00Z"), Readings.local("2026-06-10", "11:00", london, "d", "t"));
        assertEquals(Instant.parse("2026-12-10T11:00:00Z"), Readings.local("2026-12-10", "11:00", london, "d", "t"));
    }
}
