package cymru.cofnod.meetings.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import cymru.cofnod.consent.api.ConsentDirective;
import cymru.cofnod.core.api.AccessDeniedException;
import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Purpose;
import cymru.cofnod.core.api.RecordCategory;
import cymru.cofnod.core.api.RecordNotFoundException;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.core.api.ValidationException;
import cymru.cofnod.meetings.api.Meeting;
import cymru.cofnod.outcomes.api.Decision;
import cymru.cofnod.outcomes.api.Entry;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Outcome;
import cymru.cofnod.outcomes.api.Perspective;
import cymru.cofnod.outcomes.api.Profile;
import cymru.cofnod.outcomes.api.RecordItem;
import cymru.cofnod.outcomes.api.Review;
import cymru.cofnod.outcomes.api.Strength;
import cymru.cofnod.outcomes.api.TimelineItem;
import cymru.cofnod.outcomes.api.TimelineQuery;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Random people, records written by three agencies and by the person, meetings about several outcomes, and
 * directives of every kind (scoped, role, named user, time-limited, self-granted, best-interests, withdrawn);
 * then every reader × purpose × read (the journey with every filter and several page sizes, reads by id,
 * histories, meetings, plans, the profile, writes that could reveal) is checked against the small model of the
 * rules written below, independently of the policy code, including that {@code withheld} and the ids inside
 * answers reveal nothing.
 */
public class AccessModelRandomizedTest {

    private static final long SEED = Long.getLong("cofnod.access.seed", 20261201L);
    private static final List<String> WRITERS = List.of("cardiff-council", "cardiff-vale-uhb", "gofal-da-homecare");
    /** An agency that never writes: involved only through a directive. */
    private static final String OUTSIDER = "powys-council";
    private static final int ROUNDS = 2;
    private static final List<Purpose> CARE = List.of(Purpose.DIRECT_CARE, Purpose.CARE_PLANNING, Purpose.SAFEGUARDING);
    private static final Instant T0 = Instant.parse("2026-06-01T09:00:00Z");

    private final Random random = new Random(SEED);
    private MeetingsFixture f;
    private int checks;

    // ---- the model: what the test knows, and the rules as the access model states them

    /**
     * An item as written: its agency (none for the person's own), category, what it is about, and whether the person
     * keeps it to themselves.
     */
    private record Known(String id, ItemKind<?> kind, String subkind, String agency, RecordCategory category,
                         List<String> links, Instant at, boolean onlyMe) {
    }

    /** A directive as given: to whom, for what, over what, and whether it stands now. */
    private record Given(String granteeKind, String agency, String user, Set<Purpose> purposes,
                         Set<RecordCategory> categories, Set<String> scope, boolean active) {

        boolean covers(Reader r, Purpose p) {
            boolean who = switch (granteeKind) {
                case "agency", "role" -> r.role() == Role.PRACTITIONER && agency.equals(r.agency());
                default -> user.equals(r.user());
            };
            return active && who && purposes.contains(p);
        }

        boolean grants(Known item) {
            return categories.contains(item.category()) && (scope.isEmpty() || scope.contains(item.id())
                    || !item.links().isEmpty() && scope.containsAll(item.links()));
        }
    }

    private record Reader(String user, String agency, Role role) {
        Requester as(Purpose p) {
            return new Requester(user, agency, role, p);
        }
    }

    private record KnownMeeting(String id, String planId, String agency, List<String> outcomeIds) {
    }

    private final class Model {
        final String person;
        final String account;
        final Map<String, Known> items = new LinkedHashMap<>();
        final List<KnownMeeting> meetings = new ArrayList<>();
        final List<Given> given = new ArrayList<>();

        Model(String person, String account) {
            this.person = person;
            this.account = account;
        }

        boolean isPerson(Reader r) {
            return r.role() == Role.PERSON && r.user().equals(account);
        }

        List<Given> grants(Reader r, Purpose p) {
            return given.stream().filter(g -> g.covers(r, p)).toList();
        }

        /** Involved in the person's care: a directive for any purpose but commissioning, or having written. */
        boolean involved(Reader r) {
            return r.role() == Role.PRACTITIONER && (CARE.stream().anyMatch(q -> !grants(r, q).isEmpty())
                    || "cardiff-council".equals(r.agency()) // registered the person
                    || items.values().stream().anyMatch(i -> r.agency().equals(i.agency())));
        }

        /** Whether the reader may read the record at all (else every read is not found). */
        boolean opens(Reader r, Purpose p) {
            return isPerson(r) || r.role() == Role.PRACTITIONER || !grants(r, p).isEmpty();
        }

        boolean sees(Reader r, Purpose p, Known item) {
            if (isPerson(r) || r.role() == Role.PRACTITIONER && r.agency().equals(item.agency())) {
                return true;
            }
            if (item.onlyMe()) {
                return false;
            }
            if (item.agency() == null && involved(r)) {
                return true;
            }
            return grants(r, p).stream().anyMatch(g -> g.grants(item));
        }

        /** A meeting or plan: its agency's, or a grant of outcomes and plans over the record or any one outcome. */
        boolean sees(Reader r, Purpose p, KnownMeeting m) {
            if (isPerson(r) || r.role() == Role.PRACTITIONER && r.agency().equals(m.agency())) {
                return true;
            }
            return grants(r, p).stream().anyMatch(g -> g.categories().contains(RecordCategory.OUTCOMES_AND_PLANS)
                    && (g.scope().isEmpty() || m.outcomeIds().stream().anyMatch(g.scope()::contains)));
        }

        Set<String> visible(Reader r, Purpose p) {
            return items.values().stream().filter(i -> sees(r, p, i)).map(Known::id).collect(Collectors.toSet());
        }
    }

    @Before
    public void open() {
        f = new MeetingsFixture();
        f.record.fileEntries(a -> "cardiff-vale-uhb".equals(a) ? Optional.of(RecordCategory.HEALTH) : Optional.empty());
        for (String agency : List.of("cardiff-council", "cardiff-vale-uhb", "gofal-da-homecare", OUTSIDER)) {
            f.record.staff().hire("user-of-" + agency, Role.PRACTITIONER, agency)
                    .hire("second-of-" + agency, Role.PRACTITIONER, agency);
        }
        for (int round = 0; round < ROUNDS; round++) {
            f.record.staff().hire("family-of-person" + round, Role.PERSON, null);
        }
    }

    @After
    public void close() {
        f.close();
    }

    @Test
    public void everyReaderPurposeAndReadAnswersAsTheModelSays() {
        for (int round = 0; round < ROUNDS; round++) {
            Model model = record("person" + round);
            for (Reader reader : readers(model)) {
                for (Purpose purpose : CARE) {
                    check(model, reader, purpose);
                }
                checkCommissioningReadsNothing(model, reader);
            }
            checkWritesRevealNothing(model);
        }
        System.out.printf("access model: %,d checks%n", checks);
        assertTrue("a thorough run: " + checks, checks > 5_000);
    }

    // ---- a random record

    private Model record(String account) {
        String person = f.person("Random", account);
        Model model = new Model(person, account);
        // while writing, every agency may see everything, so items can be about each other's; withdrawn after
        List<ConsentDirective> setup = new ArrayList<>();
        for (String agency : WRITERS) {
            setup.add(f.record.share(MeetingsFixture.SW, person, agency, Set.of("direct-care"), List.of(),
                    RecordCategory.values()));
        }
        Requester self = new Requester(account, null, Role.PERSON, Purpose.DIRECT_CARE);
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Requester by = i == 4 ? self : writer(pick(WRITERS));
            Outcome o = f.record.record().add(by, person, ItemKind.OUTCOME, Outcome.of("outcome " + i, "en", "change"));
            outcomes.add(o.id());
            know(model, o, by);
        }
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            boolean own = random.nextInt(8) == 0;
            Requester by = own ? self : writer(pick(WRITERS));
            List<String> about = some(outcomes, 3);
            RecordItem item = switch (own ? 0 : random.nextInt(7)) {
                case 0, 1, 2 -> new Entry(null, null, null, T0.plus(Duration.ofMinutes(random.nextInt(50_000))), null,
                        own ? "daily-note" : pick(List.of("visit", "observation", "phone-call", "daily-note",
                                "safeguarding-concern")), about,
                        List.of(new Entry.Part("observation", "note " + i, null, "en")), null, null, null,
                        own ? pick(Arrays.asList(null, Entry.SHARED_WITH_INVOLVED, Entry.SHARED_WITH_ONLY_ME)) : null);
                case 3 -> new Decision(null, null, null, null, null, "decided " + i, "because",
                        about.isEmpty() ? List.of(pick(outcomes)) : about, List.of(), null);
                case 4 -> new Strength(null, null, null, null, null, "strength " + i, "en", null, about);
                case 5 -> new Review(null, null, null, null, null, (about.isEmpty() ? List.of(pick(outcomes)) : about)
                        .stream().map(o -> new Review.OutcomeResult(o, "partly", "learnt")).toList(), null, null, null);
                default -> new Perspective(null, null, null, null, null,
                        pick(model.items.values().stream().filter(k -> !k.onlyMe()).map(Known::id).toList()),
                        new Perspective.Whose("practitioner", null, by.agency()), "a view", "en", "partly");
            };
            RecordItem stored = add(by, person, item);
            know(model, stored, by);
            if (stored instanceof Entry e && !e.onlyMe()) {
                entries.add(stored.id());
            }
        }
        Requester profiler = writer(pick(WRITERS));
        know(model, add(profiler, person, new Profile(null, null, null, null, null,
                List.of(new Profile.Line("what matters", "en", some(entries, 3))), null)), profiler);
        for (int i = 0; i < 3; i++) {
            Requester by = writer(pick(WRITERS));
            List<Meeting.AgreedOutcome> agreed = new ArrayList<>();
            some(outcomes, 3).forEach(o -> agreed.add(MeetingsFixture.existing(o)));
            agreed.add(MeetingsFixture.newOutcome("agreed at meeting " + i));
            Meeting m = f.meetings.record(by, MeetingsFixture.planning(person, agreed));
            List<String> ids = m.outcomesAgreed().stream().map(Meeting.AgreedOutcome::outcomeId).toList();
            String added = ids.get(ids.size() - 1);
            Outcome o = f.record.record().get(by, person, ItemKind.OUTCOME, added);
            know(model, o, by);
            outcomes.add(added);
            model.meetings.add(new KnownMeeting(m.id(), m.planId(), by.agency(), ids));
        }
        changeMind(model, self, person);
        for (ConsentDirective d : setup) {
            f.record.consent().withdraw(MeetingsFixture.SW, d.id(), "setting up is over");
        }
        for (int i = 0; i < 12; i++) {
            model.given.add(giveRandom(model, outcomes));
        }
        return model;
    }

    /** The person changes who reads one of their notes: a new version, read as the model now says. */
    private void changeMind(Model model, Requester self, String person) {
        List<Known> own = model.items.values().stream().filter(i -> i.kind() == ItemKind.ENTRY && i.agency() == null)
                .toList();
        if (own.isEmpty()) {
            return;
        }
        Known note = pick(own);
        Entry current = f.record.record().get(self, person, ItemKind.ENTRY, note.id());
        Entry changed = f.record.record().revise(self, person, ItemKind.ENTRY, note.id(), current.version(),
                current.sharedWith(note.onlyMe() ? Entry.SHARED_WITH_INVOLVED : Entry.SHARED_WITH_ONLY_ME));
        know(model, changed, self);
    }

    /**
     * A random directive, given as the access model allows: by the person with their own login (any grantee,
     * purpose, period and scope), as a practitioner's "permission to view" for their own agency (direct care, at
     * most 30 days), or as a best-interests decision recorded by an agency other than the one it grants.
     */
    private Given giveRandom(Model model, List<String> outcomes) {
        String kind = pick(List.of("agency", "agency", "role", "named-person", "named-person"));
        String agency = pick(List.of("cardiff-council", "cardiff-vale-uhb", "gofal-da-homecare", OUTSIDER));
        String user = pick(List.of("family-of-" + model.account, "second-of-" + agency));
        String grantedAgency = "named-person".equals(kind) ? (user.startsWith("second-of-") ? agency : null) : agency;
        int state = random.nextInt(6); // 0, 1 active; 2 not yet valid; 3 expired; 4 withdrawn; 5 ends later
        Instant now = Instant.now();
        Instant from = state == 2 ? now.plus(Duration.ofDays(3)) : now.minus(Duration.ofDays(10));
        Instant until = state == 3 ? now.minus(Duration.ofDays(1)) : state == 5 ? now.plus(Duration.ofDays(15)) : null;
        int how = random.nextInt(6); // 0: permission to view; 1: best interests; otherwise the person
        boolean selfGrant = how == 0 && "agency".equals(kind) && !OUTSIDER.equals(agency);
        boolean bestInterests = how == 1;
        Set<Purpose> purposes = new HashSet<>(some(CARE, 2));
        purposes.add(pick(CARE));
        if (selfGrant) {
            purposes = Set.of(Purpose.DIRECT_CARE);
        }
        Set<RecordCategory> categories = new HashSet<>(some(List.of(RecordCategory.values()), 3));
        categories.add(pick(List.of(RecordCategory.values())));
        Requester self = new Requester(model.account, null, Role.PERSON, Purpose.DIRECT_CARE);
        Requester recorder = selfGrant ? writer(agency)
                : bestInterests ? writer("cardiff-council".equals(grantedAgency) ? "gofal-da-homecare" : "cardiff-council")
                : self;
        // a practitioner may only scope to outcomes they can see: scopes are the person's to give
        Set<String> scope = recorder == self && random.nextInt(3) == 0 ? new HashSet<>(some(outcomes, 2)) : Set.of();
        ConsentDirective d = f.record.consent().give(recorder, model.person, new ConsentDirective(null, null,
                bestInterests ? new ConsentDirective.GivenBy("best-interests", "Dr Decider", null,
                        "cannot weigh this decision now", null, null, LocalDate.now().plusMonths(3))
                        : new ConsentDirective.GivenBy("person", null, null, null),
                switch (kind) {
                    case "agency" -> new ConsentDirective.Grantee("agency", agency, null, null, null);
                    case "role" -> new ConsentDirective.Grantee("role", agency, "practitioner", null, null);
                    default -> new ConsentDirective.Grantee("named-person", null, null, "Named", user);
                },
                purposes.stream().map(Purpose::wireName).collect(Collectors.toSet()), categories, List.copyOf(scope),
                from, until, recorder == self ? null : "verbal", null, null, null, null, null));
        if (state == 4) {
            f.record.consent().withdraw(recorder, d.id(), null);
        }
        return new Given(kind, agency, user, purposes, categories, scope, state <= 1 || state == 5);
    }

    private List<Reader> readers(Model model) {
        List<Reader> readers = new ArrayList<>();
        for (String agency : List.of("cardiff-council", "cardiff-vale-uhb", "gofal-da-homecare", OUTSIDER)) {
            readers.add(new Reader("user-of-" + agency, agency, Role.PRACTITIONER));
            readers.add(new Reader("second-of-" + agency, agency, Role.PRACTITIONER));
        }
        readers.add(new Reader(model.account, null, Role.PERSON));
        readers.add(new Reader("family-of-" + model.account, null, Role.PERSON));
        return readers;
    }

    // ---- the checks

    private void check(Model model, Reader reader, Purpose purpose) {
        Requester r = reader.as(purpose);
        if (!model.opens(reader, purpose)) {
            expectNotFound(() -> f.record.record().timeline(r, model.person, TimelineQuery.all(), PageRequest.first(5)));
            expectNotFound(() -> f.meetings.list(r, model.person, PageRequest.first(5)));
            return;
        }
        Set<String> visible = model.visible(reader, purpose);
        // what the person keeps to themselves is not consent's to withhold: to others it was never written
        boolean withheld = model.items.values().stream().anyMatch(i -> !i.onlyMe() && !visible.contains(i.id()));
        for (TimelineQuery q : filters(model)) {
            int limit = pick(List.of(1, 3, 7, 50));
            Set<String> expected = model.items.values().stream().filter(i -> visible.contains(i.id()) && matches(q, i))
                    .map(Known::id).collect(Collectors.toSet());
            Set<String> seen = new HashSet<>();
            String cursor = null;
            do {
                Page<TimelineItem> page = f.record.record().timeline(r, model.person, q, new PageRequest(cursor, limit));
                assertEquals("withheld is the whole record's answer, " + q, withheld, page.withheld());
                for (TimelineItem t : page.items()) {
                    assertTrue("listed without a permit: " + t.id() + " " + q, expected.contains(t.id()));
                    assertTrue("listed twice", seen.add(t.id()));
                    namesOnlyVisible(visible, model, t.item().links(), t.id());
                    namesOnlyVisible(visible, model, t.outcomeIds(), t.id());
                }
                cursor = page.nextCursor();
                assertTrue("a page before the last is full", cursor == null || page.items().size() == limit);
                checks++;
            } while (cursor != null);
            assertEquals("every permitted item is listed, " + q, expected, seen);
        }
        for (Known item : model.items.values()) {
            Optional<RecordItem> read = read(r, model, item);
            assertEquals("read by id " + item.kind() + " " + item.id(), visible.contains(item.id()), read.isPresent());
            read.ifPresent(i -> namesOnlyVisible(visible, model, i.links(), i.id()));
            checks++;
        }
        Known probe = pick(new ArrayList<>(model.items.values()));
        if (visible.contains(probe.id())) {
            f.record.record().history(r, model.person, probe.kind(), probe.id())
                    .forEach(v -> namesOnlyVisible(visible, model, ((RecordItem) v.item()).links(), probe.id()));
        } else {
            expectNotFound(() -> f.record.record().history(r, model.person, probe.kind(), probe.id()));
        }
        checks++;
        checkProfile(model, reader, purpose, visible);
        checkMeetings(model, reader, purpose, visible);
    }

    private void checkProfile(Model model, Reader reader, Purpose purpose, Set<String> visible) {
        Optional<Profile> profile = f.record.record().profile(reader.as(purpose), model.person);
        boolean expected = model.items.values().stream()
                .anyMatch(i -> i.kind() == ItemKind.PROFILE && visible.contains(i.id()));
        assertEquals("profile", expected, profile.isPresent());
        profile.ifPresent(p -> namesOnlyVisible(visible, model, p.links(), p.id()));
        checks++;
    }

    private void checkMeetings(Model model, Reader reader, Purpose purpose, Set<String> visible) {
        Requester r = reader.as(purpose);
        Set<String> listed = new HashSet<>();
        String cursor = null;
        boolean anyHidden = model.meetings.stream().anyMatch(m -> !model.sees(reader, purpose, m));
        do {
            Page<Meeting> page = f.meetings.list(r, model.person, new PageRequest(cursor, 1));
            assertEquals("meetings' withheld", anyHidden, page.withheld());
            page.items().forEach(m -> listed.add(m.id()));
            cursor = page.nextCursor();
            checks++;
        } while (cursor != null);
        for (KnownMeeting m : model.meetings) {
            boolean sees = model.sees(reader, purpose, m);
            assertEquals("meeting listed", sees, listed.contains(m.id()));
            Set<String> shown = m.outcomeIds().stream().filter(visible::contains).collect(Collectors.toSet());
            if (sees) {
                assertEquals("a meeting shows the outcomes its reader may see today", shown,
                        Set.copyOf(f.meetings.get(r, m.id()).outcomeIds()));
                assertEquals("so does its plan", shown, Set.copyOf(f.plans.get(r, m.planId()).outcomeIds()));
            } else {
                expectNotFound(() -> f.meetings.get(r, m.id()));
                expectNotFound(() -> f.plans.get(r, m.planId()));
            }
            checks += 2;
        }
    }

    private void checkCommissioningReadsNothing(Model model, Reader reader) {
        try {
            f.record.record().timeline(reader.as(Purpose.COMMISSIONING), model.person, TimelineQuery.all(),
                    PageRequest.first(5));
            fail("commissioning reads no record");
        } catch (AccessDeniedException | RecordNotFoundException expected) {
            checks++;
        }
    }

    /** A write answers the same for a hidden item as for none, and a profile the writer cannot see is no bar. */
    private void checkWritesRevealNothing(Model model) {
        for (String agency : List.of("cardiff-council", "cardiff-vale-uhb", "gofal-da-homecare", OUTSIDER)) {
            Reader reader = new Reader("user-of-" + agency, agency, Role.PRACTITIONER);
            Requester w = reader.as(Purpose.DIRECT_CARE);
            Set<String> visible = model.visible(reader, Purpose.DIRECT_CARE);
            for (Known hidden : model.items.values()) {
                if (hidden.kind() == ItemKind.OUTCOME && !visible.contains(hidden.id())) {
                    String none = UUID.randomUUID().toString();
                    assertEquals("a hidden outcome answers as none", refusal(w, model, none).replace(none, "?"),
                            refusal(w, model, hidden.id()).replace(hidden.id(), "?"));
                    checks++;
                }
            }
            boolean seesProfile = model.items.values().stream()
                    .anyMatch(i -> i.kind() == ItemKind.PROFILE && visible.contains(i.id()));
            try {
                Profile p = f.record.record().add(w, model.person, ItemKind.PROFILE, new Profile(null, null, null, null,
                        null, List.of(new Profile.Line("tea", "en", null)), null));
                assertFalse("a visible profile bars another", seesProfile);
                know(model, p, w);
            } catch (ValidationException e) {
                assertTrue("only a profile the writer sees bars theirs", seesProfile);
            }
            checks++;
        }
    }

    private String refusal(Requester w, Model model, String outcomeId) {
        try {
            f.record.record().add(w, model.person, ItemKind.ENTRY, new Entry(null, null, null, null, null, "visit",
                    List.of(outcomeId), List.of(new Entry.Part("observation", "x", null, "en")), null, null, null));
            fail("an entry about an outcome the writer cannot see is refused");
            return null;
        } catch (ValidationException e) {
            return e.getMessage();
        }
    }

    private void namesOnlyVisible(Set<String> visible, Model model, List<String> ids, String in) {
        for (String id : ids) {
            assertTrue(in + " names hidden " + id, !model.items.containsKey(id) || visible.contains(id));
        }
    }

    private List<TimelineQuery> filters(Model model) {
        List<TimelineQuery> filters = new ArrayList<>();
        filters.add(TimelineQuery.all());
        for (String kind : List.of("entry", "outcome", "decision", "strength", "review", "perspective", "profile",
                "visit", "daily-note", "safeguarding-concern", "change")) {
            filters.add(new TimelineQuery(null, null, Set.of(kind), null, null));
        }
        for (String agency : List.of("cardiff-council", "cardiff-vale-uhb", "gofal-da-homecare", OUTSIDER)) {
            filters.add(new TimelineQuery(null, agency, null, null, null));
        }
        List<Known> all = new ArrayList<>(model.items.values());
        filters.add(new TimelineQuery(pick(all.stream().filter(i -> i.kind() == ItemKind.OUTCOME).toList()).id(),
                null, null, null, null));
        filters.add(new TimelineQuery(pick(all).id(), null, null, null, null));
        Instant a = T0.plus(Duration.ofMinutes(random.nextInt(50_000)));
        filters.add(new TimelineQuery(null, null, null, a, a.plus(Duration.ofDays(7))));
        filters.add(new TimelineQuery(null, "cardiff-vale-uhb", Set.of("entry"), a, null));
        return filters;
    }

    private static boolean matches(TimelineQuery q, Known i) {
        return (q.kinds().isEmpty() || q.kinds().contains(i.kind().name())
                        || i.subkind() != null && q.kinds().contains(i.subkind()))
                && (q.agency() == null || q.agency().equals(i.agency()))
                && (q.outcomeId() == null || q.outcomeId().equals(i.id()) || i.links().contains(q.outcomeId()))
                && (q.from() == null || !i.at().isBefore(q.from())) && (q.to() == null || i.at().isBefore(q.to()));
    }

    private Optional<RecordItem> read(Requester r, Model model, Known item) {
        try {
            return Optional.of(f.record.record().get(r, model.person, item.kind(), item.id()));
        } catch (RecordNotFoundException hidden) {
            return Optional.empty();
        }
    }

    private void expectNotFound(Runnable read) {
        try {
            read.run();
            fail("expected not found");
        } catch (RecordNotFoundException expected) {
            checks++;
        }
    }

    // ---- helpers

    private static Requester writer(String agency) {
        return new Requester("user-of-" + agency, agency, Role.PRACTITIONER, Purpose.DIRECT_CARE);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private RecordItem add(Requester by, String person, RecordItem item) {
        ItemKind kind = ItemKind.ALL.stream().filter(k -> k.type().isInstance(item)).findFirst().orElseThrow();
        return f.record.record().add(by, person, kind, item);
    }

    private static void know(Model model, RecordItem stored, Requester by) {
        ItemKind<?> kind = ItemKind.ALL.stream().filter(k -> k.type().isInstance(stored)).findFirst().orElseThrow();
        String subkind = stored instanceof Entry e ? e.kind() : stored instanceof Outcome o ? o.type() : null;
        model.items.put(stored.id(), new Known(stored.id(), kind, subkind, by.agency(), stored.category(),
                stored.links(), stored.occurredAt(), stored instanceof Entry e && e.onlyMe()));
    }

    private <T> List<T> some(List<T> from, int most) {
        List<T> picked = new ArrayList<>();
        for (int k = random.nextInt(most + 1); k > 0; k--) {
            T t = pick(from);
            if (!picked.contains(t)) {
                picked.add(t);
            }
        }
        return picked;
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
