package cymru.cofnod.outcomes.internal;

import static org.junit.Assert.assertEquals;

import cymru.cofnod.core.api.MalformedRequestException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.Test;

public class CursorTest {

    private static String forged(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    public void aCursorGivenOutComesBack() {
        Cursor given = new Cursor(Instant.parse("2026-06-10T10:00:00.123Z"), "3f2b8c1e-0a9d-4c57-9b1a-2f0e6d4c8a71");
        assertEquals(given, Cursor.decode(given.encode()));
    }

    @Test(expected = MalformedRequestException.class)
    public void aForgedCursorWithATimeNoItemHasIsMalformed() {
        Cursor.decode(forged("999999999999.0|3f2b8c1e-0a9d-4c57-9b1a-2f0e6d4c8a71"));
    }

    @Test(expected = MalformedRequestException.class)
    public void aForgedCursorWithAnIdNoItemHasIsMalformed() {
        Cursor.decode(forged("1780000000.0|" + "x".repeat(100)));
    }

    @Test(expected = MalformedRequestException.class)
    public void garbageIsMalformed() {
        Cursor.decode("%%%");
    }
}
