package cymru.cofnod.outcomes.internal;

import cymru.cofnod.consent.api.VersionDigest;
import cymru.cofnod.outcomes.api.RecordItem;
import cymru.cofnod.outcomes.api.RecordListener.RecordChange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one transaction wrote: the changes to tell the listeners once it commits, and each person's item
 * versions with their digests, for the audit events written in it.
 */
final class Written {

    private final List<RecordChange> changes = new ArrayList<>();
    private final Map<String, List<VersionDigest>> versions = new HashMap<>();

    void add(ItemRow row, RecordItem item) {
        changes.add(change(row, item));
        versions.computeIfAbsent(row.personId(), p -> new ArrayList<>()).add(ItemDigest.of(row));
    }

    List<RecordChange> changes() {
        return changes;
    }

    /** The versions written in this person's record. */
    List<VersionDigest> versions(String personId) {
        return versions.getOrDefault(personId, List.of());
    }

    static RecordChange change(ItemRow row, RecordItem item) {
        return new RecordChange(row.kind(), row.itemId(), row.personId(), row.version(), row.state(), row.agency(),
                item);
    }
}
