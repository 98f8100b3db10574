package cymru.cofnod.outcomes.internal;

import cymru.cofnod.core.api.MalformedRequestException;
import cymru.cofnod.core.api.Validation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** A keyset position (a time and an item id), opaque to clients. */
record Cursor(Instant at, String itemId) {

    String encode() {
        String raw = at.getEpochSecond() + "." + at.getNano() + "|" + itemId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            int dot = raw.indexOf('.');
            Instant at = Instant.ofEpochSecond(Long.parseLong(raw.substring(0, dot)),
                    Long.parseLong(raw.substring(dot + 1, bar)));
            String itemId = raw.substring(bar + 1);
            if (!new Validation().eventTime(at, "cursor").id(itemId, "cursor").ok()) {
                throw new IllegalArgumentException("a time or an id no list gives out");
            }
            return new Cursor(at, itemId);
        } catch (RuntimeException e) {
            throw new MalformedRequestException("cursor", "is not a cursor this list gave out");
        }
    }
}
