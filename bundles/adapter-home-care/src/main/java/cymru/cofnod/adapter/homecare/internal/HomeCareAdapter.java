package cymru.cofnod.adapter.homecare.internal;

import cymru.cofnod.adapter.api.AdapterContext;
import cymru.cofnod.adapter.api.AgencyAdapter;
import cymru.cofnod.adapter.api.Inbound;
import cymru.cofnod.adapter.api.InboundItem;
import cymru.cofnod.adapter.api.ItemRejected;
import cymru.cofnod.adapter.api.Readings;
import cymru.cofnod.adapter.api.RecordCommand;
import cymru.cofnod.outcomes.api.Entry;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.PersonService.IdentifierSystem;
import cymru.cofnod.outcomes.api.Practitioner;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/**
 * A home care provider's visit notes and learning logs, as CSV or JSON (see this bundle's README): each
 * row or element is one entry of the person's record, keyed by the provider's own id.
 */
@Component(service = AgencyAdapter.class)
public class HomeCareAdapter implements AgencyAdapter {

    static final String CSV = "text/csv";
    static final String JSON = "application/json";

    @Override
    public String kind() {
        return "home-care";
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of(CSV, JSON);
    }

    @Override
    public List<InboundItem> split(Inbound inbound) {
        return CSV.equals(inbound.mediaType()) ? CsvRows.split(inbound.text()) : JsonRows.split(inbound.text());
    }

    @Override
    public RecordCommand translate(InboundItem item, AdapterContext context) {
        Row row = (Row) item.parsed();
        String personId = context.person(Map.of(identifierSystem(context), Readings.required(row.get("person"),
                "person")));
        ZoneId zone = Readings.zone(context);
        Instant from = row.time("from", zone);
        Instant to = row.has("to") ? row.time("to", zone) : null;
        List<String> outcomeIds = new ArrayList<>();
        String outcome = Readings.optional(row.get("outcome"));
        if (outcome != null) {
            outcomeIds.add(context.outcome(personId, outcome));
        }
        Entry entry = row.learningLog()
                ? new Entry(null, null, null, from, null, "learning-log", outcomeIds, List.of(),
                        new Entry.LearningLog(to, Readings.required(row.get("activity"), "activity"),
                                Readings.required(row.get("who"), "who"), Readings.optional(row.get("whatWorked")),
                                Readings.optional(row.get("whatDidNotWork"))), null, null)
                : new Entry(null, null, null, from, null, "visit", outcomeIds, visitParts(row), null, null, null);
        // the carer who made the visit did the work; the provider's system only sent it
        String carer = row.learningLog() ? null : Readings.optional(row.get("carer"));
        return new RecordCommand.AddToRecord<>(personId, ItemKind.ENTRY, entry,
                carer == null ? null : Practitioner.named(carer));
    }

    /** The note is what the carer saw; the why is the carer's reasoning; the person's words are theirs. */
    private static List<Entry.Part> visitParts(Row row) {
        List<Entry.Part> parts = new ArrayList<>();
        parts.add(new Entry.Part("observation", Readings.required(row.get("note"), "note"), null, null));
        String carer = Readings.optional(row.get("carer"));
        String why = Readings.optional(row.get("why"));
        if (why != null) {
            parts.add(new Entry.Part("opinion", why, carer == null ? "home carer" : carer, null));
        }
        String ownWords = Readings.optional(row.get("ownWords"));
        if (ownWords != null) {
            parts.add(new Entry.Part("own-words", ownWords, "person", null));
        }
        return parts;
    }

    /** Which identifier the {@code person} field holds: the provider's own id unless the agency's settings say. */
    private static IdentifierSystem identifierSystem(AdapterContext context) {
        String configured = context.setting("personIdentifier", "PROVIDER");
        try {
            return IdentifierSystem.valueOf(configured.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ItemRejected("the agency's setting personIdentifier '" + configured
                    + "' is not one of PROVIDER, NHS, LOCAL_AUTHORITY");
        }
    }
}
