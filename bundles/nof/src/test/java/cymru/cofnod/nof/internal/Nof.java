package cymru.cofnod.nof.internal;

import cymru.cofnod.core.api.Purpose;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Outcome;
import cymru.cofnod.outcomes.api.Person;
import cymru.cofnod.outcomes.internal.RecordFixture;
import cymru.cofnod.testing.DerbyUnit;
import java.time.Instant;

/** The nof bundle's services on real Derby, beside the outcomes bundle's real record service. */
final class Nof implements AutoCloseable {

    static final Requester SOCIAL_WORKER =
            new Requester("social-worker", "cardiff-council", Role.PRACTITIONER, Purpose.DIRECT_CARE);
    static final Requester HOME_CARER =
            new Requester("home-carer", "gofal-da-homecare", Role.PRACTITIONER, Purpose.DIRECT_CARE);
    static final Requester COMMISSIONER =
            new Requester("commissioner", "cardiff-council", Role.COMMISSIONER, Purpose.COMMISSIONING);
    static final Requester ADMIN = new Requester("admin", null, Role.ADMINISTRATOR, Purpose.DIRECT_CARE);

    final RecordFixture outcomes = new RecordFixture();
    final DerbyUnit unit = outcomes.unit("cofnod-nof");
    final JpaNofCatalogue catalogue = new JpaNofCatalogue(unit.jpa());
    final JpaNofMappings mappings = new JpaNofMappings(unit.jpa(), catalogue, outcomes.record(), outcomes.audit());
    final JpaCommissioningStatements personalised = new JpaCommissioningStatements(unit.jpa(), catalogue);
    final JpaNofFacts facts = new JpaNofFacts(unit.jpa(), outcomes.record(), outcomes.directory(),
            outcomes.leases());
    final JpaNofReports reports = new JpaNofReports(unit.jpa(), catalogue, personalised, outcomes.policy());

    Nof() {
        outcomes.listen(facts);
    }

    String person(String given) {
        return outcomes.people().create(SOCIAL_WORKER,
                new Person(null, null, given, "Test", null, null, "en", null, null, null, null, null)).id();
    }

    Outcome outcome(Requester by, String personId, String words, String type, Instant firstSaid) {
        return outcomes.record().add(by, personId, ItemKind.OUTCOME, new Outcome(null, null, null, firstSaid, null,
                words, "en", type, null, null, null, null, null, null));
    }

    @Override
    public void close() {
        unit.close();
        outcomes.close();
    }
}
