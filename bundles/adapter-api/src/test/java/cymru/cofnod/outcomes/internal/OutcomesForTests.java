package cymru.cofnod.outcomes.internal;

import cymru.cofnod.outcomes.api.PersonService;
import cymru.cofnod.outcomes.api.RecordService;
import org.apache.aries.jpa.template.JpaTemplate;

/** The outcomes bundle's real services outside the container, for ingest tests on in-memory Derby. */
public final class OutcomesForTests {

    private OutcomesForTests() {
    }

    public static PersonService people(JpaTemplate jpa) {
        return new JpaPersonService(jpa);
    }

    public static RecordService records(JpaTemplate jpa, PersonService people) {
        return new JpaRecordService(jpa, people);
    }
}
