package cymru.cofnod.adapter.internal;

import cymru.cofnod.adapter.api.AdapterContext;
import cymru.cofnod.adapter.api.AgencyAdapter;
import cymru.cofnod.adapter.api.Inbound;
import cymru.cofnod.adapter.api.InboundItem;
import cymru.cofnod.adapter.api.ItemRejected;
import cymru.cofnod.adapter.api.RecordCommand;
import cymru.cofnod.core.api.RecordCategory;
import cymru.cofnod.outcomes.api.Decision;
import cymru.cofnod.outcomes.api.Entry;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Outcome;
import cymru.cofnod.outcomes.api.Person;
import cymru.cofnod.outcomes.api.PersonService.IdentifierSystem;
import cymru.cofnod.outcomes.api.Practitioner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The smallest real adapter, for testing the ingest service: one entry per line,
 * {@code key;nhs-number;text[;outcome]}; a line of {@code boom} makes it throw, as a broken adapter would; a
 * key starting {@code person} registers a person, {@code person-key;nhs-number;local-authority-id}; a key starting
 * {@code assess} adds an assessment and the decision it recommends together,
 * {@code assess-key;nhs-number;assessment;outcome;recommendation;why}; a key starting {@code by-} names who did the
 * visit, {@code by-key;nhs-number;text;name;role}; a key starting {@code sg-} files its entry under safeguarding; a
 * key starting {@code pair-} adds an outcome in these words and the what-matters entry they were said in, together.
 */
class LinesAdapter implements AgencyAdapter {

    private static final Instant WHEN = Instant.parse("2026-10-01T10:00:00Z");
    private final String kind;

    LinesAdapter(String kind) {
        this.kind = kind;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of("text/plain");
    }

    @Override
    public List<InboundItem> split(Inbound inbound) {
        List<InboundItem> items = new ArrayList<>();
        for (String line : inbound.text().split("\n")) {
            String[] f = line.split(";", -1);
            items.add(f.length < 3 ? InboundItem.unreadable(null, "line", line, "a line needs key;nhs;text")
                    : InboundItem.readable(f[0], "line", line, f));
        }
        return items;
    }

    @Override
    public RecordCommand translate(InboundItem item, AdapterContext context) {
        String[] f = (String[]) item.parsed();
        if (f[0].startsWith("person")) {
            return new RecordCommand.RegisterPerson(new Person(null, null, "Newydd", null, null, null, "cy", null, null,
                    new Person.Identifiers(f[2], f[1], null), null, null));
        }
        if ("boom".equals(f[2])) {
            throw new IllegalStateException("the adapter is broken");
        }
        String personId = context.person(Map.of(IdentifierSystem.NHS, f[1]));
        if (f[0].startsWith("pair-")) {
            return new RecordCommand.AddTogether(List.of(
                    new RecordCommand.AddToRecord<>(personId, ItemKind.OUTCOME, Outcome.of(f[2], "en", "change")),
                    new RecordCommand.AddToRecord<>(personId, ItemKind.ENTRY, entry("what-matters", List.of(), f[2]))));
        }
        if (f[0].startsWith("by-")) {
            return new RecordCommand.AddToRecord<>(personId, ItemKind.ENTRY, entry("visit", List.of(), f[2]),
                    new Practitioner(f[3], f[4], null));
        }
        List<String> outcomes = f.length > 3 ? List.of(context.outcome(personId, f[3])) : List.of();
        if (f[2].isBlank()) {
            throw new ItemRejected("text is required");
        }
        if (f[0].startsWith("assess")) {
            return new RecordCommand.AddTogether(List.of(
                    new RecordCommand.AddToRecord<>(personId, ItemKind.ENTRY, entry("assessment", outcomes, f[2])),
                    new RecordCommand.AddToRecord<>(personId, ItemKind.DECISION, new Decision(null, null, null,
                            WHEN, null, f[4], f[5], outcomes, List.of(), null))));
        }
        Entry entry = entry("observation", outcomes, f[2]);
        return new RecordCommand.AddToRecord<>(personId, ItemKind.ENTRY,
                f[0].startsWith("sg-") ? entry.filedBy(RecordCategory.SAFEGUARDING) : entry);
    }

    private static Entry entry(String kind, List<String> outcomes, String text) {
        return new Entry(null, null, null, WHEN, null, kind, outcomes,
                List.of(new Entry.Part("observation", text, null, null)), null, null, null);
    }
}
