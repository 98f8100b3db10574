package ${package};

import cymru.cofnod.adapter.api.AdapterContext;
import cymru.cofnod.adapter.api.AgencyAdapter;
import cymru.cofnod.adapter.api.Inbound;
import cymru.cofnod.adapter.api.InboundItem;
import cymru.cofnod.adapter.api.Readings;
import cymru.cofnod.adapter.api.RecordCommand;
import cymru.cofnod.outcomes.api.Entry;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.PersonService.IdentifierSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/**
 * An agency whose system writes one note per line: {@code id|nhs number|time with offset|what happened}. Each
 * line becomes an observation in the person's journey, keyed by the agency's own id.
 */
@Component(service = AgencyAdapter.class)
public class NotesAdapter implements AgencyAdapter {

    @Override
    public String kind() {
        return "${adapterKind}";
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of("text/plain");
    }

    @Override
    public List<InboundItem> split(Inbound inbound) {
        List<InboundItem> items = new ArrayList<>();
        for (String line : inbound.text().split("\\R")) {
            String[] fields = line.split("\\|", -1);
            if (line.isBlank()) {
                continue;
            }
            items.add(fields.length == 4 ? InboundItem.readable(fields[0], "note", line, fields)
                    : InboundItem.unreadable(null, "note", line, "a note is id|nhs number|time|text"));
        }
        return items;
    }

    @Override
    public RecordCommand translate(InboundItem item, AdapterContext context) {
        String[] f = (String[]) item.parsed();
        String personId = context.person(Map.of(IdentifierSystem.NHS, f[1]));
        Entry entry = new Entry(null, null, null, Readings.instant(f[2], "time"), null, "observation", List.of(),
                List.of(new Entry.Part("observation", Readings.required(f[3], "text"), null, null)), null, null, null);
        return new RecordCommand.AddToRecord<>(personId, ItemKind.ENTRY, entry);
    }
}
