package cymru.cofnod.outcomes.internal;

import cymru.cofnod.core.api.StoredJson;
import cymru.cofnod.outcomes.api.RecordItem;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stored bodies of recently read item versions, already parsed. A version's body is never changed
 * (a change is a new version), so a parsed body can be handed out again for as long as it is kept: the
 * journey's newest pages are read far more often than they are written, and parsing is most of their cost.
 * The items are immutable records, so sharing them is safe.
 */
final class ParsedBodies {

    /** About the newest pages of a few hundred people's journeys. */
    private static final int MOST = 20_000;

    private static final Map<String, RecordItem> PARSED = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RecordItem> eldest) {
            return size() > MOST;
        }
    };

    private ParsedBodies() {
    }

    static <T extends RecordItem> T of(ItemRow row, Class<T> type) {
        String key = row.itemId() + '/' + row.version();
        RecordItem known;
        synchronized (PARSED) {
            known = PARSED.get(key);
        }
        if (type.isInstance(known)) {
            return type.cast(known);
        }
        T parsed = StoredJson.read(row.body(), type);
        synchronized (PARSED) {
            PARSED.put(key, parsed);
        }
        return parsed;
    }
}
