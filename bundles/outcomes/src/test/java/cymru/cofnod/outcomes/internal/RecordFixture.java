package cymru.cofnod.outcomes.internal;

import cymru.cofnod.consent.api.ConsentDirective;
import cymru.cofnod.consent.api.ConsentService;
import cymru.cofnod.consent.api.PersonDirectory;
import cymru.cofnod.consent.api.SharingPolicy;
import cymru.cofnod.consent.internal.JpaAuditTrail;
import cymru.cofnod.consent.internal.JpaConsentService;
import cymru.cofnod.consent.internal.JpaJobLeases;
import cymru.cofnod.core.api.JobLeases;
import cymru.cofnod.core.api.AgencyCategories;
import cymru.cofnod.core.api.RecordCategory;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.outcomes.api.PersonService;
import cymru.cofnod.outcomes.api.RecordListener;
import cymru.cofnod.outcomes.api.RecordService;
import cymru.cofnod.testing.DerbyUnit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The record as it runs in Karaf, minus the container: the outcomes and consent bundles' real services,
 * each on its own persistence unit on Derby, wired as DS would wire them. Shared with other bundles' tests
 * through this bundle's test-jar (nof's and the adapters' use the accessors).
 */
public final class RecordFixture implements AutoCloseable {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    final DerbyUnit outcomesUnit;
    final DerbyUnit consentUnit;
    final JpaPersonDirectory directory;
    final JpaAuditTrail audit;
    /** The audit's key file and checkpoints, outside the database. */
    final java.nio.file.Path auditFolder;
    /** The realm's users: tests hire the practitioners of the agencies they name in directives. */
    final Staff staff = new Staff();
    /** The consent service's clock: tests move it to see directives and break-glass expire. */
    final MovableClock clock = new MovableClock();
    final JpaConsentService consent;
    final JpaPersonService people;
    final JpaRecordService record;

    /** On a fresh in-memory database, both units on it as on Cofnod's one datasource. */
    public RecordFixture() {
        this(DATABASES.incrementAndGet());
    }

    private RecordFixture(int n) {
        this(new DerbyUnit("cofnod-outcomes", "memory:record" + n), new DerbyUnit("cofnod-consent", "memory:record" + n));
    }

    /** A unit of another bundle on this fixture's database, as its writes and their audit events share it. */
    public DerbyUnit unit(String unitName) {
        return new DerbyUnit(unitName, outcomesUnit.databaseName());
    }

    /**
     * On the database these units are on (a benchmark's on disk, say): one database, as a write's audit event
     * is written through the writer's own connection.
     */
    public RecordFixture(DerbyUnit outcomesUnit, DerbyUnit consentUnit) {
        this(outcomesUnit, consentUnit, null);
    }

    /**
     * Another Cofnod node on this fixture's database: its own services, caches and audit writer, its own
     * checkpoints, and the audit key file copied from this node, as an operator gives every node the same keys.
     */
    public RecordFixture anotherNode() {
        return new RecordFixture(unit("cofnod-outcomes"), unit("cofnod-consent"), auditFolder.resolve("audit.keys"));
    }

    private RecordFixture(DerbyUnit outcomesUnit, DerbyUnit consentUnit, java.nio.file.Path keysOfFirstNode) {
        this.outcomesUnit = outcomesUnit;
        this.consentUnit = consentUnit;
        directory = new JpaPersonDirectory(outcomesUnit.jpa());
        try {
            auditFolder = java.nio.file.Files.createTempDirectory("cofnod-audit");
            if (keysOfFirstNode != null) {
                java.nio.file.Files.copy(keysOfFirstNode, auditFolder.resolve("audit.keys"));
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        audit = new JpaAuditTrail(consentUnit.jpa(), directory, staff, auditFolder);
        audit.addVersions(new StoredVersions(outcomesUnit.jpa()));
        consent = new JpaConsentService(consentUnit.jpa(), directory, audit, staff, 4, clock,
                "cardiff-council:social-worker");
        people = new JpaPersonService(outcomesUnit.jpa(), audit, consent);
        record = new JpaRecordService(outcomesUnit.jpa(), consent, audit);
    }

    public PersonDirectory directory() {
        return directory;
    }

    public PersonService people() {
        return people;
    }

    public RecordService record() {
        return record;
    }

    public ConsentService consent() {
        return consent;
    }

    public SharingPolicy policy() {
        return consent;
    }

    /** The job leases of a node named after this fixture, on its database. */
    public JobLeases leases() {
        return new JpaJobLeases(consentUnit.jpa(), "node-" + consentUnit.databaseName() + "-" + hashCode(),
                Clock.systemUTC());
    }

    public JpaAuditTrail audit() {
        return audit;
    }

    public Staff staff() {
        return staff;
    }

    /** Moves this node's consent clock on, as time passing would: directives and break-glass expire by it. */
    public void passTime(Duration by) {
        clock.advance(by);
    }

    /** Binds a login to a person, as an administrator does: the only way a login opens a record. */
    public void bindLogin(String personId, String account) {
        people.bindAccount(new Requester("admin", null, Role.ADMINISTRATOR, null), personId, account);
    }

    /** A person recorded by {@code by} with only a given name, whose login is {@code account}. */
    public String personWithLogin(Requester by, String givenName, String account) {
        String id = people.create(by, new cymru.cofnod.outcomes.api.Person(null, null, givenName, null, null, null, "en",
                null, null, null, null, null)).id();
        bindLogin(id, account);
        return id;
    }

    /** Binds a listener to the record service, as Declarative Services does in the container. */
    public void listen(RecordListener listener) {
        bind("listeners", List.of(listener));
    }

    /** Binds the agencies' filing categories to the record service, as the adapters bundle does in the container. */
    public void fileEntries(AgencyCategories categories) {
        bind("agencyCategories", categories);
    }

    private void bind(String reference, Object service) {
        try {
            java.lang.reflect.Field field = JpaRecordService.class.getDeclaredField(reference);
            field.setAccessible(true);
            field.set(record, service);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A directive the person gave through a practitioner: this agency, these purposes and categories. */
    public ConsentDirective share(Requester recordedBy, String personId, String agency, Set<String> purposes,
                           List<String> outcomeScope, RecordCategory... categories) {
        return consent.give(recordedBy, personId, new ConsentDirective(null, null,
                new ConsentDirective.GivenBy("person", null, null, null),
                new ConsentDirective.Grantee("agency", agency, null, null, null), purposes,
                Set.copyOf(Arrays.asList(categories)), outcomeScope, null, null, "verbal", null, null, null, null, null));
    }

    /** A clock that tells the real time plus however far a test has moved it. */
    static final class MovableClock extends Clock {
        private volatile Duration offset = Duration.ZERO;

        void advance(Duration by) {
            offset = offset.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }

    @Override
    public void close() {
        audit.stop();
        outcomesUnit.close();
        consentUnit.close();
    }
}
