package cymru.cofnod.adapter.testkit;

import cymru.cofnod.adapter.api.AgencyAdapter;
import cymru.cofnod.adapter.api.IngestService;
import cymru.cofnod.adapter.api.QuarantinedItem;
import cymru.cofnod.adapter.internal.IngestFixture;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.RecordCategory;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.outcomes.api.Entry;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Person;
import cymru.cofnod.outcomes.api.PersonService.IdentifierSystem;
import cymru.cofnod.outcomes.api.RecordItem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs an adapter through Cofnod's real ingest service and record services on a fresh in-memory Derby database:
 * what an adapter's tests send their payloads through.
 *
 * <pre>{@code
 * try (AdapterTestKit cofnod = AdapterTestKit.of(new NotesAdapter()).agency("our-agency")) {
 *     String rhodri = cofnod.person("Rhodri").nhsNumber("9434765919").register();
 *     cofnod.send("our-agency", "text/plain", "N-1|9434765919|2026-10-01T10:00:00+01:00|Walked to the shop")
 *           .accepted(1).quarantined(0);
 *     assertEquals(1, cofnod.entries(rhodri).size());
 * }
 * }</pre>
 *
 * <p>Each agency is configured as {@code etc/cymru.cofnod.agency-<alias>.cfg} would configure it, with the
 * adapter's kind. Payloads are sent, and quarantined items retried, as a practitioner of the agency
 * ({@link #sender(String)}). People registered by {@link #person(String)} agree, unless told otherwise, that every
 * agency configured so far sees every category of their record for their direct care. Outcomes are recorded by
 * {@value #RECORDING_AGENCY}, a local authority, and the record is read back as one of its practitioners.
 */
public final class AdapterTestKit implements AutoCloseable {

    /** The agency that registers people, records the kit's outcomes and reads records back. */
    public static final String RECORDING_AGENCY = "cardiff-council";

    private final IngestFixture cofnod = new IngestFixture();
    private final AgencyAdapter adapter;

    private AdapterTestKit(AgencyAdapter adapter) {
        this.adapter = adapter;
        cofnod.install(adapter);
    }

    /** A fresh Cofnod with this adapter installed, and no agency yet. */
    public static AdapterTestKit of(AgencyAdapter adapter) {
        return new AdapterTestKit(adapter);
    }

    /** An agency whose system the adapter reads, with no settings. */
    public AdapterTestKit agency(String id) {
        return agency(id, Map.of());
    }

    /**
     * An agency whose system the adapter reads, with its settings: the keys are the adapter's own, as
     * {@code setting.<key> = <value>} in the agency's configuration file.
     */
    public AdapterTestKit agency(String id, Map<String, String> settings) {
        cofnod.agency(id, adapter.kind(), flat(settings));
        return this;
    }

    /**
     * An agency whose entries are filed under a category of the record ({@code category} in its configuration,
     * {@link RecordCategory#HEALTH} for an NHS health board); consent then decides who sees them by that category.
     */
    public AdapterTestKit agency(String id, RecordCategory category, Map<String, String> settings) {
        cofnod.agencyFiling(id, adapter.kind(), category.wireName(), flat(settings));
        return this;
    }

    /**
     * An agency whose own identifier system ({@code identifierSystem} in its configuration) the adapter may attach
     * to people it matched, through {@code AdapterContext.attachOwnIdentifier}.
     */
    public AdapterTestKit agency(String id, IdentifierSystem own, Map<String, String> settings) {
        cofnod.agencyOwning(id, adapter.kind(), own.name(), flat(settings));
        return this;
    }

    /** The identifiers the person has in Cofnod, as {@value #RECORDING_AGENCY} reads them. */
    public Person.Identifiers identifiers(String personId) {
        return cofnod.people.get(IngestFixture.practitioner(RECORDING_AGENCY), personId).identifiers();
    }

    /** A person to register, by their identifiers: finish with {@link NewPerson#register()}. */
    public NewPerson person(String givenName) {
        return new NewPerson(cofnod, givenName);
    }

    /** The person agrees that the agency sees these categories of their record, for their direct care. */
    public AdapterTestKit share(String personId, String agency, RecordCategory... categories) {
        cofnod.share(personId, agency, categories);
        return this;
    }

    /** An outcome in the person's own words, recorded by {@value #RECORDING_AGENCY}; its Cofnod id. */
    public String outcome(String personId, String ownWords) {
        return cofnod.outcome(personId, ownWords);
    }

    /** Sends a payload to the agency's inbox, as its system would; the answer, item by item, to assert on. */
    public Sent send(String agency, String mediaType, String payload) {
        return new Sent(cofnod.send(agency, mediaType, payload));
    }

    /** Tries a quarantined item again, as it was sent. */
    public Sent retry(String agency, String quarantineId) {
        return new Sent(cofnod.ingest().retry(sender(agency), quarantineId, null));
    }

    /** Tries a quarantined item again with a corrected payload. */
    public Sent retry(String agency, String quarantineId, String mediaType, String correctedPayload) {
        return new Sent(cofnod.ingest().retry(sender(agency), quarantineId, mediaType,
                correctedPayload.getBytes(StandardCharsets.UTF_8)));
    }

    /** What waits in the agency's quarantine, oldest first, with each item's payload and reason. */
    public List<QuarantinedItem> quarantine(String agency) {
        return cofnod.ingest().quarantine(sender(agency), agency, PageRequest.first(500)).items().stream()
                .map(item -> cofnod.ingest().quarantined(sender(agency), item.id())).toList();
    }

    /** The person's journey entries, newest first, as {@value #RECORDING_AGENCY} reads them. */
    public List<Entry> entries(String personId) {
        return cofnod.entries(personId);
    }

    /** The person's items of one kind (outcomes, decisions...), newest first, as {@value #RECORDING_AGENCY} reads them. */
    public <T extends RecordItem> List<T> items(String personId, ItemKind<T> kind) {
        return cofnod.records.list(IngestFixture.practitioner(RECORDING_AGENCY), personId, kind, PageRequest.first(500))
                .items();
    }

    /** The adapter taken out, as when its bundle leaves {@code deploy/}: payloads then wait whole in quarantine. */
    public AdapterTestKit uninstall() {
        cofnod.uninstall(adapter);
        return this;
    }

    /** The adapter back. */
    public AdapterTestKit install() {
        cofnod.install(adapter);
        return this;
    }

    /** The ingest service itself, for what the kit does not cover (agencies' health, discarding). */
    public IngestService ingest() {
        return cofnod.ingest();
    }

    /** Who the kit sends and retries as: a practitioner of the agency, for direct care. */
    public static Requester sender(String agency) {
        return IngestFixture.practitioner(agency);
    }

    @Override
    public void close() {
        cofnod.close();
    }

    private static String[] flat(Map<String, String> settings) {
        return settings.entrySet().stream().flatMap(e -> Stream.of(e.getKey(), e.getValue())).toArray(String[]::new);
    }
}
