package cymru.cofnod.outcomes.internal;

import cymru.cofnod.consent.api.AuditTrail;
import cymru.cofnod.consent.api.ConsentService;
import cymru.cofnod.consent.api.SharingPolicy;
import cymru.cofnod.consent.internal.JpaAuditTrail;
import cymru.cofnod.consent.internal.JpaConsentService;
import cymru.cofnod.outcomes.api.PersonService;
import cymru.cofnod.outcomes.api.RecordListener;
import cymru.cofnod.outcomes.api.RecordService;
import cymru.cofnod.testing.DerbyUnit;
import java.lang.reflect.Field;
import java.util.List;

/**
 * The outcomes and consent bundles' real services, each on its own in-memory Derby database, for the nof
 * bundle's unit tests; {@link #listen} binds a listener the way Declarative Services does in the container.
 */
public final class RecordForTests implements AutoCloseable {

    private final DerbyUnit outcomesUnit = new DerbyUnit("cofnod-outcomes");
    private final DerbyUnit consentUnit = new DerbyUnit("cofnod-consent");
    private final JpaAuditTrail audit = new JpaAuditTrail(consentUnit.jpa(), new JpaPersonDirectory(outcomesUnit.jpa()));
    private final JpaConsentService consent = new JpaConsentService(consentUnit.jpa(),
            new JpaPersonDirectory(outcomesUnit.jpa()), audit, 4, "");
    private final JpaPersonService people = new JpaPersonService(outcomesUnit.jpa(), audit);
    private final JpaRecordService record = new JpaRecordService(outcomesUnit.jpa(), consent, audit);

    public PersonService people() {
        return people;
    }

    public RecordService record() {
        return record;
    }

    public ConsentService consent() {
        return consent;
    }

    public AuditTrail audit() {
        return audit;
    }

    public SharingPolicy policy() {
        return consent;
    }

    public void listen(RecordListener listener) {
        try {
            Field listeners = JpaRecordService.class.getDeclaredField("listeners");
            listeners.setAccessible(true);
            listeners.set(record, List.of(listener));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        outcomesUnit.close();
        consentUnit.close();
    }
}
