package cymru.cofnod.core.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.junit.Test;

public class ValidationTest {

    @Test
    public void aLoneSurrogateOrAControlCharacterIsNotText() {
        assertFalse(new Validation().maxLength("a\ud800b", 10, "text").ok());
        assertFalse(new Validation().maxLength("\udc00", 10, "text").ok());
        assertFalse(new Validation().maxLength("nul\u0000", 10, "text").ok());
        assertTrue(new Validation().maxLength("Ŵ ŷ 😀\ttab\r\n", 20, "text").ok());
        assertEquals("text", new Validation().wellFormed("x\ud800", "text").errors().get(0).field());
    }

    @Test
    public void idsAreShortAndOfASafeAlphabet() {
        assertTrue(new Validation().id("3f2b8c1e-0a9d-4c57-9b1a-2f0e6d4c8a71", "id").ok());
        assertFalse(new Validation().id("x".repeat(37), "id").ok());
        assertFalse(new Validation().id("a b", "id").ok());
        assertFalse(new Validation().id("", "id").ok());
        assertEquals("outcomeIds[1]", new Validation().ids(List.of("ok", "../etc"), "outcomeIds").errors().get(0).field());
    }

    @Test
    public void eventsFallIn1900To2200AndBirthsFrom1880() {
        assertFalse(new Validation().eventTime(Instant.parse("+99999-01-01T00:00:00Z"), "occurredAt").ok());
        assertFalse(new Validation().eventDate(LocalDate.of(-1, 1, 1), "heldOn").ok());
        assertFalse(new Validation().eventDate(LocalDate.of(1899, 12, 31), "heldOn").ok());
        assertTrue(new Validation().eventDate(LocalDate.of(2200, 12, 31), "heldOn").ok());
        assertTrue(new Validation().dateOfBirth(LocalDate.of(1880, 1, 1), "dateOfBirth").ok());
        assertFalse(new Validation().dateOfBirth(LocalDate.of(1879, 12, 31), "dateOfBirth").ok());
        assertFalse(new Validation().dateOfBirth(Validation.today().plusDays(1), "dateOfBirth").ok());
    }

    /** The JVM runs in UTC (bin/setenv): the zones furthest behind and ahead of Wales each get a day wrong at times. */
    @Test
    public void todayIsTodayInWalesWhateverTheJvmsZone() {
        TimeZone jvms = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Etc/GMT+12"));
            assertTrue(new Validation().dateOfBirth(LocalDate.now(Validation.WALES), "dateOfBirth").ok());
            TimeZone.setDefault(TimeZone.getTimeZone("Etc/GMT-14"));
            LocalDate there = LocalDate.now();
            assertEquals(!there.isAfter(LocalDate.now(Validation.WALES)),
                    new Validation().dateOfBirth(there, "dateOfBirth").ok());
        } finally {
            TimeZone.setDefault(jvms);
        }
    }

    @Test
    public void aWholeValueMustFitItsColumn() {
        Map<String, String> parts = Map.of("a", "x".repeat(8000), "b", "y".repeat(8000));
        assertFalse(new Validation().fitsStorage(parts, 16000, "entry").ok());
        assertTrue(new Validation().fitsStorage(parts, 16100, "entry").ok());
    }

    @Test(expected = MalformedRequestException.class)
    public void aLimitOutOfRangeIsABadQuery() {
        new PageRequest(null, 0);
    }
}
