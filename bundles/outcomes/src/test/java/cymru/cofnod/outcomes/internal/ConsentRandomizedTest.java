package cymru.cofnod.outcomes.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import cymru.cofnod.consent.api.ConsentDirective;
import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Purpose;
import cymru.cofnod.core.api.RecordCategory;
import cymru.cofnod.core.api.RecordNotFoundException;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Outcome;
import cymru.cofnod.outcomes.api.Person;
import cymru.cofnod.outcomes.api.RecordItem;
import cymru.cofnod.outcomes.api.TimelineItem;
import cymru.cofnod.outcomes.api.TimelineQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Random directives over a random record, then hundreds of random readers paging through it (thousands of
 * requests): no item is
 * ever returned without a permit, every permitted item comes exactly once, pages are full, and the
 * withheld flag tells the truth about the whole record, the same on every page. The expected answer is worked out here from the directives as given,
 * independently of the policy code.
 */
public class ConsentRandomizedTest {

    private static final long SEED = Long.getLong("cofnod.consent.seed", 20261125L);
    private static final int READERS = 400;
    private static final List<Purpose> READ_PURPOSES =
            List.of(Purpose.DIRECT_CARE, Purpose.CARE_PLANNING, Purpose.SAFEGUARDING);

    private RecordFixture fixture;
    private final Random random = new Random(SEED);

    /** What the test knows of each item: who wrote it, its category, and the outcomes it is about. */
    private record Known(String agency, RecordCategory category, Set<String> about, Instant at) {
    }

    /** What the test knows of each directive it gave. */
    private record Given(String agency, Set<Purpose> purposes, Set<RecordCategory> categories, Set<String> scope,
                         boolean active) {
    }

    @Before
    public void open() {
        fixture = new RecordFixture();
    }

    @After
    public void close() {
        fixture.close();
    }

    @Test
    public void noItemIsEverReturnedWithoutAPermit() {
        Requester sw = ConsentMatrixTest.practitioner("cardiff-council", Purpose.DIRECT_CARE);
        String person = fixture.people.create(sw, new Person(null, null, "Random", null, null, null, "cy", null, null,
                null, null, null)).id();
        Map<String, Known> items = new LinkedHashMap<>();
        Map<String, String> kinds = new HashMap<>();
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Outcome o = fixture.record.add(sw, person, ItemKind.OUTCOME, Outcome.of("outcome " + i, "cy", "change"));
            outcomes.add(o.id());
            kinds.put(o.id(), ItemKind.OUTCOME.name());
            items.put(o.id(), new Known("cardiff-council", RecordCategory.OUTCOMES_AND_PLANS, Set.of(o.id()),
                    o.occurredAt()));
        }
        // the other agencies see the outcomes for direct care, so their entries can work towards them
        List<Given> given = new ArrayList<>();
        for (String agency : List.of("cardiff-vale-uhb", "gofal-da-homecare")) {
            fixture.share(sw, person, agency, Set.of("direct-care"), List.of(), RecordCategory.OUTCOMES_AND_PLANS);
            given.add(new Given(agency, Set.of(Purpose.DIRECT_CARE), Set.of(RecordCategory.OUTCOMES_AND_PLANS),
                    Set.of(), true));
        }
        for (int i = 0; i < 120; i++) {
            String writer = pick(ConsentMatrixTest.AGENCIES);
            RecordCategory category = pick(List.copyOf(RecordCategory.ofItems()));
            Set<String> about = new HashSet<>();
            for (int k = random.nextInt(3); k > 0; k--) {
                about.add(pick(outcomes));
            }
            RecordItem e = ConsentMatrixTest.add(fixture, ConsentMatrixTest.practitioner(writer, Purpose.DIRECT_CARE),
                    person, ConsentMatrixTest.filed(category, "e" + i, List.copyOf(about)));
            items.put(e.id(), new Known(writer, category, about, e.occurredAt()));
            kinds.put(e.id(), ConsentMatrixTest.kindOf(e).name());
        }
        // the person gives them with their own login, so any agency and any purpose may be named
        fixture.bindLogin(person, "random");
        Requester self = new Requester("random", null, Role.PERSON, Purpose.DIRECT_CARE);
        for (int i = 0; i < 14; i++) {
            given.add(giveRandom(self, person, outcomes));
        }

        int pagesRead = 0;
        for (int request = 0; request < READERS; request++) {
            String agency = pick(ConsentMatrixTest.AGENCIES);
            Purpose purpose = pick(READ_PURPOSES);
            Requester reader = ConsentMatrixTest.practitioner(agency, purpose);
            Set<String> expected = new HashSet<>();
            items.forEach((id, known) -> {
                if (permitted(known, id, agency, purpose, given)) {
                    expected.add(id);
                }
            });
            int limit = 1 + random.nextInt(30);
            Set<String> seen = new HashSet<>();
            String cursor = null;
            do {
                Page<TimelineItem> page = fixture.record.timeline(reader, person, TimelineQuery.all(),
                        new PageRequest(cursor, limit));
                pagesRead++;
                for (TimelineItem t : page.items()) {
                    assertTrue("returned without a permit: " + t.id() + " to " + agency + "/" + purpose.wireName(),
                            expected.contains(t.id()));
                    assertTrue("returned twice", seen.add(t.id()));
                }
                cursor = page.nextCursor();
                if (cursor != null) {
                    assertEquals("a page before the last is full", limit, page.items().size());
                }
                assertEquals("withheld tells the truth about the whole record", expected.size() < items.size(),
                        page.withheld());
            } while (cursor != null);
            assertEquals("every permitted item is listed", expected, seen);

            String probe = pick(new ArrayList<>(items.keySet()));
            ItemKind<?> kind = ItemKind.byName(kinds.get(probe)).orElseThrow();
            assertEquals("a direct read answers as the list does", expected.contains(probe),
                    readable(reader, person, kind, probe));
        }
        assertTrue("thousands of requests: " + pagesRead, pagesRead + READERS >= 2000);
    }

    private Given giveRandom(Requester giver, String person, List<String> outcomes) {
        String agency = pick(ConsentMatrixTest.AGENCIES);
        Set<Purpose> purposes = EnumSet.of(pick(READ_PURPOSES));
        if (random.nextBoolean()) {
            purposes.add(pick(READ_PURPOSES));
        }
        Set<RecordCategory> categories = EnumSet.of(pick(List.of(RecordCategory.values())));
        if (random.nextBoolean()) {
            categories.add(pick(List.of(RecordCategory.values())));
        }
        Set<String> scope = new HashSet<>();
        if (random.nextInt(3) == 0) {
            scope.add(pick(outcomes));
        }
        int state = random.nextInt(4);
        Instant now = fixture.clock.instant();
        Instant from = state == 1 ? now.plus(Duration.ofDays(3)) : now.minus(Duration.ofDays(10));
        Instant until = state == 2 ? now.minus(Duration.ofDays(1)) : null;
        ConsentDirective d = fixture.consent.give(giver, person, new ConsentDirective(null, null,
                new ConsentDirective.GivenBy("person", null, null, null),
                new ConsentDirective.Grantee("agency", agency, null, null, null),
                purposes.stream().map(Purpose::wireName).collect(java.util.stream.Collectors.toSet()), categories,
                List.copyOf(scope), from, until, "verbal", null, null, null, null, null));
        if (state == 3) {
            fixture.consent.withdraw(giver, d.id(), "changed her mind");
        }
        return new Given(agency, purposes, categories, scope, state == 0);
    }

    /** The rule as the person would state it: own agency's items, or one an active directive covers. */
    private static boolean permitted(Known item, String id, String agency, Purpose purpose, List<Given> given) {
        if (item.agency().equals(agency)) {
            return true;
        }
        for (Given g : given) {
            if (g.active() && g.agency().equals(agency) && g.purposes().contains(purpose)
                    && g.categories().contains(item.category())
                    && (g.scope().isEmpty() || g.scope().contains(id)
                        || !item.about().isEmpty() && g.scope().containsAll(item.about()))) {
                return true;
            }
        }
        return false;
    }

    private boolean readable(Requester reader, String person, ItemKind<?> kind, String id) {
        try {
            fixture.record.get(reader, person, kind, id);
            return true;
        } catch (RecordNotFoundException hidden) {
            return false;
        }
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
