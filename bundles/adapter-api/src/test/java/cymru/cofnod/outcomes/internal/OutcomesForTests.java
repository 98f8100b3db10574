package cymru.cofnod.outcomes.internal;

import cymru.cofnod.consent.api.ConsentDirective;
import cymru.cofnod.consent.internal.JpaAuditTrail;
import cymru.cofnod.consent.internal.JpaConsentService;
import cymru.cofnod.core.api.RecordCategory;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.outcomes.api.PersonService;
import cymru.cofnod.outcomes.api.RecordService;
import cymru.cofnod.testing.DerbyUnit;
import java.util.List;
import java.util.Set;

/**
 * The record with its consent and audit, as they run in Karaf minus the container, for ingest tests: the
 * outcomes and consent bundles' real services on their own persistence units.
 */
public final class OutcomesForTests implements AutoCloseable {

    private final DerbyUnit outcomesUnit;
    private final DerbyUnit consentUnit;
    private final JpaConsentService consent;
    public final JpaAuditTrail audit;
    public final PersonService people;
    public final RecordService records;

    public OutcomesForTests(DerbyUnit outcomesUnit, DerbyUnit consentUnit) {
        this.outcomesUnit = outcomesUnit;
        this.consentUnit = consentUnit;
        JpaPersonDirectory directory = new JpaPersonDirectory(outcomesUnit.jpa());
        audit = new JpaAuditTrail(consentUnit.jpa(), directory);
        consent = new JpaConsentService(consentUnit.jpa(), directory, audit, 4, "cardiff-council:social-worker");
        people = new JpaPersonService(outcomesUnit.jpa(), audit);
        records = new JpaRecordService(outcomesUnit.jpa(), consent, audit);
    }

    /** The person agrees that this agency sees their whole record for their direct care. */
    public void share(Requester recordedBy, String personId, String agency) {
        consent.give(recordedBy, personId, new ConsentDirective(null, null,
                new ConsentDirective.GivenBy("person", null, null, null),
                new ConsentDirective.Grantee("agency", agency, null, null, null), Set.of("direct-care"),
                Set.of(RecordCategory.values()), List.of(), null, null, "verbal", null, null, null, null, null));
    }

    @Override
    public void close() {
        audit.stop();
        outcomesUnit.close();
        consentUnit.close();
    }
}
