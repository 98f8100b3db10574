package cymru.cofnod.outcomes.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import cymru.cofnod.consent.api.ConsentDirective;
import cymru.cofnod.core.api.AccessDeniedException;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Purpose;
import cymru.cofnod.core.api.RecordCategory;
import cymru.cofnod.core.api.RecordNotFoundException;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.outcomes.api.Decision;
import cymru.cofnod.outcomes.api.Entry;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Outcome;
import cymru.cofnod.outcomes.api.Person;
import cymru.cofnod.outcomes.api.RecordItem;
import cymru.cofnod.outcomes.api.Strength;
import cymru.cofnod.outcomes.api.TimelineItem;
import cymru.cofnod.outcomes.api.TimelineQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Every cell: requesting agency × purpose of the request × purpose and category of a directive × the
 * directive's state × which agency wrote the entry and in which category. Each cell is asserted through
 * the record service itself: what the journey lists, and what a direct read answers.
 */
public class ConsentMatrixTest {

    static final List<String> AGENCIES = List.of("cardiff-council", "cardiff-vale-uhb", "gofal-da-homecare");
    static final List<String> STATES = List.of("none", "active", "not-yet-valid", "expired", "withdrawn");

    private RecordFixture fixture;
    private String person;
    /** item id → (writer agency, category, kind) */
    private final Map<String, String[]> entries = new HashMap<>();

    /** The person gives every directive with their own login: whatever the agency, no self-grant limits apply. */
    private static final Requester THE_PERSON = new Requester("matrix", null, Role.PERSON, Purpose.DIRECT_CARE);

    static Requester practitioner(String agency, Purpose purpose) {
        return new Requester("user-of-" + agency, agency, Role.PRACTITIONER, purpose);
    }

    /** One item of each category, of the kind the model files under it. */
    static RecordItem filed(RecordCategory category, String text, List<String> outcomeIds) {
        return switch (category) {
            case OUTCOMES_AND_PLANS -> outcomeIds.isEmpty() ? Outcome.of(text, "en", "change")
                    : new Decision(null, null, null, null, null, text, "because", outcomeIds, List.of(), null);
            case STRENGTHS_AND_RISKS -> new Strength(null, null, null, null, null, text, "en", null, outcomeIds);
            case DAILY_AND_LEARNING_LOGS -> entry("daily-note", text, outcomeIds, null);
            case SAFEGUARDING -> entry("safeguarding-concern", text, outcomeIds, null);
            case HEALTH -> entry("observation", text, outcomeIds, RecordCategory.HEALTH);
            case ENTRIES -> entry("observation", text, outcomeIds, null);
            case COMMUNICATION_NEEDS -> throw new IllegalArgumentException("communication needs are not an item");
        };
    }

    private static Entry entry(String kind, String text, List<String> outcomeIds, RecordCategory category) {
        return new Entry(null, null, null, null, null, kind, outcomeIds,
                List.of(new Entry.Part("observation", text, null, "en")), null, null, category);
    }

    static ItemKind<?> kindOf(RecordItem item) {
        return ItemKind.ALL.stream().filter(k -> k.type().isInstance(item)).findFirst().orElseThrow();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static RecordItem add(RecordFixture fixture, Requester writer, String person, RecordItem item) {
        return fixture.record.add(writer, person, (ItemKind) kindOf(item), item);
    }

    @Before
    public void open() {
        fixture = new RecordFixture();
        person = fixture.people.create(practitioner("cardiff-council", Purpose.DIRECT_CARE),
                new Person(null, null, "Matrix", null, null, null, "en", null, null, null, null, null)).id();
        fixture.bindLogin(person, "matrix");
        for (String writer : AGENCIES) {
            for (RecordCategory category : RecordCategory.ofItems()) {
                RecordItem e = add(fixture, practitioner(writer, Purpose.DIRECT_CARE), person,
                        filed(category, writer + " " + category, List.of()));
                assertEquals(category, e.category());
                entries.put(e.id(), new String[] {writer, category.wireName(), kindOf(e).name()});
            }
        }
    }

    @After
    public void close() {
        fixture.close();
    }

    /** A directive for each agency in the given state, for one purpose and one category. */
    private List<ConsentDirective> directives(String state, Purpose purpose, RecordCategory category) {
        List<ConsentDirective> given = new ArrayList<>();
        if ("none".equals(state)) {
            return given;
        }
        Instant now = fixture.clock.instant();
        Instant from = switch (state) {
            case "not-yet-valid" -> now.plus(Duration.ofDays(1));
            case "expired" -> now.minus(Duration.ofDays(2));
            default -> now.minus(Duration.ofHours(1));
        };
        Instant until = "expired".equals(state) ? now.minus(Duration.ofDays(1)) : null;
        for (String agency : AGENCIES) {
            ConsentDirective d = fixture.consent.give(THE_PERSON, person,
                    new ConsentDirective(null, null, new ConsentDirective.GivenBy("person", null, null, null),
                            new ConsentDirective.Grantee("agency", agency, null, null, null),
                            Set.of(purpose.wireName()), Set.of(category), null, from, until, "written", null, null,
                            null, null, null));
            if ("withdrawn".equals(state)) {
                d = fixture.consent.withdraw(THE_PERSON, d.id(), "matrix");
            }
            assertEquals(state, d.status());
            given.add(d);
        }
        return given;
    }

    @Test
    public void everyCellOfTheMatrix() {
        int cells = 0;
        for (String state : STATES) {
            for (Purpose directivePurpose : Purpose.values()) {
                for (RecordCategory directiveCategory : RecordCategory.values()) {
                    List<ConsentDirective> given = directives(state, directivePurpose, directiveCategory);
                    for (String agency : AGENCIES) {
                        for (Purpose asked : Purpose.values()) {
                            cells += checkCell(state, directivePurpose, directiveCategory, agency, asked);
                        }
                    }
                    for (ConsentDirective d : given) {
                        if ("active".equals(d.status()) || "not-yet-valid".equals(d.status())) {
                            fixture.consent.withdraw(THE_PERSON, d.id(), null);
                        }
                    }
                    if ("none".equals(state)) {
                        break; // with no directive, its purpose and category do not matter
                    }
                }
                if ("none".equals(state)) {
                    break;
                }
            }
        }
        // none: 1 × 3 agencies × 4 purposes × the entries; the other four states: 4 × 4 purposes × every category
        // × 3 agencies × 4 purposes × the entries
        int categories = RecordCategory.values().length;
        assertEquals(entries.size() * 3 * 4 * (1 + 4 * 4 * categories), cells);
    }

    /** Standing directives are kept between reads: a withdrawal must still show in the very next one. */
    @Test
    public void aDirectiveGivenOrWithdrawnShowsInTheVeryNextRead() {
        Requester physio = practitioner("cardiff-vale-uhb", Purpose.DIRECT_CARE);
        int own = RecordCategory.ofItems().size();
        assertEquals(own, fixture.record.timeline(physio, person, TimelineQuery.all(), PageRequest.first(100))
                .items().size());
        ConsentDirective d = directives("active", Purpose.DIRECT_CARE, RecordCategory.ENTRIES).get(1);
        assertEquals("the council's and the home carer's entries too", own + 2, fixture.record.timeline(physio,
                person, TimelineQuery.all(), PageRequest.first(100)).items().size());
        fixture.consent.withdraw(THE_PERSON, d.id(), "changed her mind");
        assertEquals(own, fixture.record.timeline(physio, person, TimelineQuery.all(), PageRequest.first(100))
                .items().size());
    }

    private int checkCell(String state, Purpose directivePurpose, RecordCategory directiveCategory, String agency,
                          Purpose asked) {
        Requester requester = practitioner(agency, asked);
        if (asked == Purpose.COMMISSIONING) {
            try {
                fixture.record.timeline(requester, person, TimelineQuery.all(), PageRequest.first(100));
                fail("commissioning never reads a record");
            } catch (AccessDeniedException expected) {
                return entries.size();
            }
        }
        Set<String> listed = new HashSet<>();
        fixture.record.timeline(requester, person, TimelineQuery.all(), PageRequest.first(100)).items()
                .stream().map(TimelineItem::id).forEach(listed::add);
        for (Map.Entry<String, String[]> e : entries.entrySet()) {
            boolean own = e.getValue()[0].equals(agency);
            boolean granted = "active".equals(state) && asked == directivePurpose
                    && e.getValue()[1].equals(directiveCategory.wireName());
            boolean expected = own || granted;
            String cell = state + " directive for " + directivePurpose.wireName() + "/" + directiveCategory.wireName()
                    + "; " + agency + " asks for " + asked.wireName() + " an entry by " + e.getValue()[0] + " in "
                    + e.getValue()[1];
            assertEquals(cell + " (list)", expected, listed.contains(e.getKey()));
            // a direct read answers as the list does; checked where a grant could make the difference
            if (asked == directivePurpose && (own || e.getValue()[1].equals(directiveCategory.wireName()))) {
                assertEquals(cell + " (read)", expected, readable(requester, e.getValue()[2], e.getKey()));
            }
        }
        assertTrue(listed.size() >= RecordCategory.ofItems().size());
        return entries.size();
    }

    /** Whether a direct read in the person's record answers; a read by the id alone must answer the same. */
    private boolean readable(Requester requester, String kind, String id) {
        ItemKind<?> itemKind = ItemKind.byName(kind).orElseThrow();
        boolean inRecord = answers(() -> fixture.record.get(requester, person, itemKind, id));
        assertEquals("read by id alone, as in the record", inRecord,
                answers(() -> fixture.record.find(requester, itemKind, id)));
        return inRecord;
    }

    private static boolean answers(Runnable read) {
        try {
            read.run();
            return true;
        } catch (RecordNotFoundException hidden) {
            return false;
        }
    }

    @Test
    public void anUnknownIdReadAloneIsNotFoundAsAHiddenOneIs() {
        assertTrue(answers(() -> fixture.record.find(THE_PERSON, ItemKind.ENTRY, entries.keySet().stream()
                .filter(id -> "entry".equals(entries.get(id)[2])).findFirst().orElseThrow())));
        assertFalse(answers(() -> fixture.record.find(THE_PERSON, ItemKind.ENTRY,
                "00000000-0000-0000-0000-000000000000")));
    }
}
