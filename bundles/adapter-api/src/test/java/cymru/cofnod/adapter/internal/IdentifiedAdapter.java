package cymru.cofnod.adapter.internal;

import cymru.cofnod.adapter.api.AdapterContext;
import cymru.cofnod.adapter.api.InboundItem;
import cymru.cofnod.adapter.api.RecordCommand;
import cymru.cofnod.outcomes.api.Entry;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.PersonService.IdentifierSystem;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A lines adapter whose items name people by several identifiers, for testing matching: one entry per line,
 * {@code key;local-authority-id;nhs-number;provider-id;own-id;text}, blanks for identifiers it does not give; an
 * own id is attached to the person matched.
 */
final class IdentifiedAdapter extends LinesAdapter {

    IdentifiedAdapter() {
        super("identified");
    }

    @Override
    public RecordCommand translate(InboundItem item, AdapterContext context) {
        String[] f = (String[]) item.parsed();
        Map<IdentifierSystem, String> ids = new EnumMap<>(IdentifierSystem.class);
        ids.put(IdentifierSystem.LOCAL_AUTHORITY, f[1]);
        ids.put(IdentifierSystem.NHS, f[2]);
        ids.put(IdentifierSystem.PROVIDER, f[3]);
        String personId = context.person(ids);
        if (!f[4].isBlank()) {
            context.attachOwnIdentifier(personId, f[4]);
        }
        return new RecordCommand.AddToRecord<>(personId, ItemKind.ENTRY, new Entry(null, null, null,
                Instant.parse("2026-10-01T10:00:00Z"), null, "observation", List.of(),
                List.of(new Entry.Part("observation", f[5], null, null)), null, null, null));
    }
}
