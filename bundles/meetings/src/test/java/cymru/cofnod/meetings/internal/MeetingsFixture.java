package cymru.cofnod.meetings.internal;

import cymru.cofnod.core.api.Purpose;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.meetings.api.Meeting;
import cymru.cofnod.outcomes.api.Person;
import cymru.cofnod.outcomes.internal.RecordFixture;
import cymru.cofnod.testing.DerbyUnit;
import java.time.LocalDate;
import java.util.List;

/** The meetings and plans services over the real record and consent services, every unit on one in-memory Derby. */
final class MeetingsFixture implements AutoCloseable {

    static final Requester SW = practitioner("cardiff-council");
    static final Requester PHYSIO = practitioner("cardiff-vale-uhb");
    static final Requester CARER = practitioner("gofal-da-homecare");

    final RecordFixture record;
    final DerbyUnit unit;
    final JpaMeetingService meetings;
    final JpaPlanService plans;

    MeetingsFixture() {
        this(new RecordFixture());
    }

    private MeetingsFixture(RecordFixture record) {
        this.record = record;
        unit = record.unit("cofnod-meetings");
        meetings = new JpaMeetingService(unit.jpa(), record.record(), record.policy(), record.audit());
        plans = new JpaPlanService(unit.jpa(), record.record(), record.policy(), record.audit());
        record.audit().addVersions(new StoredVersions(unit.jpa()));
    }

    /** Another Cofnod node on this fixture's database: its own services and what they keep, as another JVM's. */
    MeetingsFixture anotherNode() {
        return new MeetingsFixture(record.anotherNode());
    }

    static Requester practitioner(String agency) {
        return new Requester("user-of-" + agency, agency, Role.PRACTITIONER, Purpose.DIRECT_CARE);
    }

    String person(String name, String account) {
        String id = record.people().create(SW, new Person(null, null, name, null, null, null, "en", null, null, null,
                null, null)).id();
        if (account != null) {
            record.bindLogin(id, account);
        }
        return id;
    }

    /** A planning meeting that agrees these outcomes: new ones by their words, existing ones by id. */
    static Meeting planning(String personId, List<Meeting.AgreedOutcome> agreed) {
        return new Meeting(null, personId, Meeting.PLANNING, LocalDate.now().minusDays(1), "en",
                List.of(PlanVersionsTest.party("Rhodri", "person", null, "Getting out"),
                        PlanVersionsTest.party("Sam", "practitioner", "cardiff-council", "Walking more")),
                agreed, null, null, null, LocalDate.now().plusMonths(3), null, null, null, null, null, null);
    }

    static Meeting.AgreedOutcome newOutcome(String words) {
        return new Meeting.AgreedOutcome(null, words, "en", "change", null);
    }

    static Meeting.AgreedOutcome existing(String outcomeId) {
        return new Meeting.AgreedOutcome(outcomeId, null, null, null, null);
    }

    @Override
    public void close() {
        unit.close();
        record.close();
    }
}
