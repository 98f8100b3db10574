package cymru.cofnod.client;

import com.fasterxml.jackson.databind.JavaType;
import cymru.cofnod.core.api.Page;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.RecordItem;
import cymru.cofnod.outcomes.api.Versioned;
import java.util.List;
import java.util.Map;

/**
 * One collection of a person's record ({@code /people/{id}/outcomes}, {@code /entries}, ...): the same calls
 * for every kind of item. A revision names the version it was made from ({@code If-Match}); a stale one is
 * refused with 412.
 */
public final class RecordItems<T extends RecordItem> {

    private final Calls calls;
    private final String path;
    private final Class<T> type;

    RecordItems(Calls calls, String personPath, ItemKind<T> kind) {
        this.calls = calls;
        this.path = personPath + "/" + kind.collection();
        this.type = kind.type();
    }

    /** The items, newest first. */
    public Page<T> list(Cursor at) {
        return calls.get(Query.of(path).page(at), Calls.pageOf(type));
    }

    public T read(String id) {
        return calls.get(item(id), type);
    }

    /** Adds {@code item}; the answer is the item as stored, with its id and version. */
    public T add(T item) {
        return calls.post(path, item, type);
    }

    /** A new version of {@code item} (its id), made from {@code item.version()}, the one the writer read. */
    public T revise(T item) {
        return calls.put(item(item.id()), item, item.version(), type);
    }

    /** Withdraws the item with a reason: hidden from then on, never destroyed. */
    public Versioned<T> withdraw(String id, String reason) {
        return calls.post(item(id) + "/withdraw", Map.of("reason", reason), versioned());
    }

    public List<Versioned<T>> history(String id) {
        return calls.get(item(id) + "/history", Calls.listOf(versioned()));
    }

    private JavaType versioned() {
        return Calls.type(Versioned.class, type);
    }

    private String item(String id) {
        return path + "/" + Query.segment(id);
    }
}
