package cymru.cofnod.outcomes.internal;

import cymru.cofnod.consent.api.ConsentDirective;
import cymru.cofnod.consent.internal.JpaAuditTrail;
import cymru.cofnod.consent.internal.JpaConsentService;
import cymru.cofnod.core.api.RecordCategory;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.testing.DerbyUnit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The record as it runs in Karaf, minus the container: the outcomes and consent bundles' real services,
 * each on its own persistence unit on in-memory Derby, wired as DS would wire them.
 */
final class RecordFixture implements AutoCloseable {

    final DerbyUnit outcomesUnit = new DerbyUnit("cofnod-outcomes");
    final DerbyUnit consentUnit = new DerbyUnit("cofnod-consent");
    final JpaPersonDirectory directory = new JpaPersonDirectory(outcomesUnit.jpa());
    final JpaAuditTrail audit = new JpaAuditTrail(consentUnit.jpa(), directory);
    /** The consent service's clock: tests move it to see directives and break-glass expire. */
    final MovableClock clock = new MovableClock();
    final JpaConsentService consent = new JpaConsentService(consentUnit.jpa(), directory, audit, 4, clock,
            "cardiff-council:social-worker");
    final JpaPersonService people = new JpaPersonService(outcomesUnit.jpa(), audit);
    final JpaRecordService record = new JpaRecordService(outcomesUnit.jpa(), consent, audit);

    /** A directive the person gave through a practitioner: this agency, these purposes and categories. */
    ConsentDirective share(Requester recordedBy, String personId, String agency, Set<String> purposes,
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
