package cymru.cofnod.adapter.internal;

import cymru.cofnod.adapter.api.AgencyAdapter;
import cymru.cofnod.adapter.api.IngestReport;
import cymru.cofnod.adapter.api.IngestService;
import cymru.cofnod.consent.api.AuditTrail;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Purpose;
import cymru.cofnod.core.api.RecordCategory;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.outcomes.api.Entry;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Outcome;
import cymru.cofnod.outcomes.api.Person;
import cymru.cofnod.outcomes.api.PersonService;
import cymru.cofnod.outcomes.api.RecordService;
import cymru.cofnod.outcomes.internal.RecordFixture;
import cymru.cofnod.testing.DerbyUnit;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The real ingest service over the real outcomes services, each bundle's persistence unit on its own in-memory
 * Derby database, with the adapters a test binds: what adapter tests ingest through.
 */
public final class IngestFixture implements AutoCloseable {

    public static final Requester SYSTEM_ADMIN = new Requester("admin", null, Role.ADMINISTRATOR, Purpose.DIRECT_CARE);

    private final RecordFixture record;
    private final DerbyUnit adapterUnit;
    public final PersonService people;
    public final RecordService records;
    private final IngestingService ingest;
    private final java.util.Set<String> agencies = new java.util.TreeSet<>(List.of("cardiff-council"));

    /** Every bundle's persistence unit on one fresh in-memory database, as on Cofnod's one datasource. */
    public IngestFixture() {
        this("memory:ingest" + DATABASES.incrementAndGet());
    }

    private static final java.util.concurrent.atomic.AtomicInteger DATABASES =
            new java.util.concurrent.atomic.AtomicInteger();

    /** Every bundle's persistence unit on one Derby database, as in Karaf (for the benchmark). */
    public IngestFixture(String databaseName) {
        this(new DerbyUnit("cofnod-outcomes", databaseName), new DerbyUnit("cofnod-consent", databaseName),
                new DerbyUnit("cofnod-adapter", databaseName));
    }

    /** Every bundle's persistence unit on one database of another kind (the benchmark on PostgreSQL). */
    public IngestFixture(javax.sql.DataSource dataSource) {
        this(new DerbyUnit("cofnod-outcomes", dataSource), new DerbyUnit("cofnod-consent", dataSource),
                new DerbyUnit("cofnod-adapter", dataSource));
    }

    private IngestFixture(DerbyUnit outcomesUnit, DerbyUnit consentUnit, DerbyUnit adapterUnit) {
        this(new RecordFixture(outcomesUnit, consentUnit), adapterUnit);
    }

    /**
     * Another Cofnod node on this fixture's database, with its own services and the same audit keys; the test
     * configures its agencies and installs its adapters, as each Karaf node has its own.
     */
    public IngestFixture anotherNode() {
        return new IngestFixture(record.anotherNode(), new DerbyUnit("cofnod-adapter", adapterUnit.databaseName()));
    }

    private IngestFixture(RecordFixture record, DerbyUnit adapterUnit) {
        this.record = record;
        this.adapterUnit = adapterUnit;
        this.people = record.people();
        this.records = record.record();
        this.ingest = new IngestingService(people, records, adapterUnit.jpa());
        record.fileEntries(ingest);
    }

    public IngestService ingest() {
        return ingest;
    }

    public DerbyUnit adapterUnit() {
        return adapterUnit;
    }

    public IngestFixture agency(String id, String kind, String... settings) {
        return agency(Map.of("id", id, "adapterKind", kind), settings);
    }

    /** An agency whose configuration files its entries under a category ({@code health} for an NHS board). */
    public IngestFixture agencyFiling(String id, String kind, String category, String... settings) {
        return agency(Map.of("id", id, "adapterKind", kind, "category", category), settings);
    }

    /** An agency whose own identifier system ({@code PROVIDER}...) its adapter may attach to people it matched. */
    public IngestFixture agencyOwning(String id, String kind, String identifierSystem, String... settings) {
        return agency(Map.of("id", id, "adapterKind", kind, "identifierSystem", identifierSystem), settings);
    }

    private IngestFixture agency(Map<String, Object> configured, String... settings) {
        String id = configured.get("id").toString();
        Map<String, Object> properties = new HashMap<>(configured);
        for (int i = 0; i + 1 < settings.length; i += 2) {
            properties.put("setting." + settings[i], settings[i + 1]);
        }
        ingest.bindAgency(new AgencyRegistration(properties));
        agencies.add(id);
        // the agency's sender is a user of the realm, so directives may name the agency
        record.staff().hire(practitioner(id).user(), Role.PRACTITIONER, id);
        return this;
    }

    public IngestFixture install(AgencyAdapter adapter) {
        ingest.bindAdapter(adapter);
        return this;
    }

    public IngestFixture uninstall(AgencyAdapter adapter) {
        ingest.unbindAdapter(adapter);
        return this;
    }

    public static Requester practitioner(String agency) {
        return new Requester("worker@" + agency, agency, Role.PRACTITIONER, Purpose.DIRECT_CARE);
    }

    /** Ingests as a practitioner of the agency, in one audit scope as the REST inbox opens for each request. */
    public IngestReport send(String agency, String mediaType, String payload) {
        Requester sender = practitioner(agency);
        try (AuditTrail.Scope scope = audit().begin(sender, "write", "POST /agencies/" + agency + "/inbox", null)) {
            IngestReport report = ingest.ingest(sender, agency, mediaType, payload.getBytes(StandardCharsets.UTF_8));
            scope.result("200");
            return report;
        }
    }

    /** The audit trail the services write to. */
    public AuditTrail audit() {
        return record.audit();
    }

    /** A person who agrees that every agency of the fixture sees their record for their direct care. */
    public String person(String given, String nhs, String localAuthorityId, String providerId) {
        return person(given, new Person.Identifiers(localAuthorityId, nhs, providerId));
    }

    /** A person who agrees that every agency of the fixture sees their record for their direct care. */
    public String person(String given, Person.Identifiers identifiers) {
        String id = registered(given, identifiers);
        agencies.forEach(agency -> share(id, agency, RecordCategory.values()));
        return id;
    }

    /** A person registered by {@code cardiff-council}, who has given no directive. */
    public String registered(String given, Person.Identifiers identifiers) {
        return people.create(practitioner("cardiff-council"), new Person(null, null, given, "Prawf", null, null,
                "en", null, null, identifiers, null, null)).id();
    }

    /** The person agrees that the agency sees these categories of their record, for their direct care. */
    public void share(String personId, String agency, RecordCategory... categories) {
        record.share(practitioner("cardiff-council"), personId, agency, Set.of("direct-care"), List.of(), categories);
    }

    public String outcome(String personId, String words) {
        return records.add(practitioner("cardiff-council"), personId, ItemKind.OUTCOME,
                Outcome.of(words, "en", "change")).id();
    }

    public List<Entry> entries(String personId) {
        return records.list(practitioner("cardiff-council"), personId, ItemKind.ENTRY, PageRequest.first(500)).items();
    }

    @Override
    public void close() {
        record.close();
        adapterUnit.close();
    }
}
