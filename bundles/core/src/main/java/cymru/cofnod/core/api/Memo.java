package cymru.cofnod.core.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Values worked out from stored data that never changes under its key (an item's version, a directive while
 * it stands, the rendering of a version), kept so the work is done once while they are read often. The
 * least recently used are dropped past a bound. Values must be immutable: every reader shares them.
 */
public final class Memo<V> {

    private final Map<String, V> kept;

    public Memo(int most) {
        this.kept = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > most;
            }
        };
    }

    /** The value kept under this key, or the one {@code work} gives, kept from now on. */
    public V get(String key, Supplier<? extends V> work) {
        synchronized (kept) {
            V known = kept.get(key);
            if (known != null) {
                return known;
            }
        }
        // worked out outside the lock: two readers may both do it once, and either answer is the same
        V value = work.get();
        synchronized (kept) {
            kept.put(key, value);
        }
        return value;
    }
}
