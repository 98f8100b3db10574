package cymru.cofnod.demo.internal;

import cymru.cofnod.consent.api.ConsentDirective;
import cymru.cofnod.consent.api.ConsentService;
import cymru.cofnod.consent.api.Workforce;
import cymru.cofnod.core.api.JobLeases;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Purpose;
import cymru.cofnod.core.api.RecordCategory;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.outcomes.api.Decision;
import cymru.cofnod.outcomes.api.Entry;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Outcome;
import cymru.cofnod.outcomes.api.Person;
import cymru.cofnod.outcomes.api.PersonService;
import cymru.cofnod.outcomes.api.PersonService.IdentifierSystem;
import cymru.cofnod.outcomes.api.Profile;
import cymru.cofnod.outcomes.api.RecordService;
import cymru.cofnod.outcomes.api.TimelineItem;
import cymru.cofnod.outcomes.api.TimelineQuery;
import cymru.cofnod.outcomes.api.Risk;
import cymru.cofnod.outcomes.api.Strength;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the guidance's scenarios at first start, through the same services everyone uses, each item
 * written by the demo user and agency who would have written it. Each scenario is loaded only when its
 * person is not there yet (found by local authority id), so a restart never duplicates anything. Nodes started at
 * once load it once: the node holding the {@value #JOB} lease loads it (or finds it there); the others leave it, its
 * meeting and its agencies' feeds to that node.
 * Quoted words are the guidance's own and come out of Cofnod unchanged; other wording is illustrative.
 */
@Component(immediate = true, service = DemoData.class) // a service so that later loaders start after it
public class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    static final String JOB = "demo-data";

    static final Requester SOCIAL_WORKER =
            new Requester("social-worker", "cardiff-council", Role.PRACTITIONER, Purpose.DIRECT_CARE);
    static final Requester PHYSIO =
            new Requester("physio", "cardiff-vale-uhb", Role.PRACTITIONER, Purpose.DIRECT_CARE);
    static final Requester HOME_CARER =
            new Requester("home-carer", "gofal-da-homecare", Role.PRACTITIONER, Purpose.DIRECT_CARE);
    static final Requester RHODRI_HIMSELF = new Requester("rhodri", null, Role.PERSON, Purpose.DIRECT_CARE);
    /** Whose view the social worker's words are, in Aled's language. */
    private static final String ALEDS_SOCIAL_WORKER = "gweithiwr cymdeithasol";
    private static final Set<RecordCategory> WHOLE_RECORD = EnumSet.allOf(RecordCategory.class);

    /** Local authority ids of the demo people: how other demo loaders and tests find them. */
    static final String RHODRI = "CC-100231";
    static final String MARY = "CC-100318";
    static final String DOREEN = "CC-100377";
    static final String ALED = "CC-100402";
    static final String OLIVER = "CC-100455";
    static final String ALYS = "CC-100511";
    static final String KEVIN = "CC-100512";

    /**
     * The demo people's NHS numbers, each in the range set aside for testing (999 000 0000 to 999 999 9999) with
     * its check digit right, so that every adapter can name them.
     */
    static final String RHODRI_NHS = "9991000232";
    static final String MARY_NHS = "9991000313";
    static final String DOREEN_NHS = "9991000372";
    static final String ALED_NHS = "9991000402";
    static final String OLIVER_NHS = "9991000453";
    static final String ALYS_NHS = "9991000518";
    static final String KEVIN_NHS = "9991000526";

    /** Oliver's plan as he wrote it, nine lines, each an outcome in his own words, never edited. */
    static final List<String> OLIVERS_PLAN = List.of("go out by myself", "walk to the shop",
            "communicate with people more", "control my temper better", "be less worried", "learn to drive",
            "get a job, perhaps to do with history", "feel good about myself", "accept people's help more often");

    /** Rhodri's first conversation with the social worker: week 0 of scenario 1. */
    static final Instant RHODRI_WEEK_0 = Instant.parse("2026-09-07T09:30:00Z");

    @Reference
    private PersonService people;

    @Reference
    private RecordService record;

    @Reference
    private ConsentService consent;

    @Reference
    private JobLeases jobs;

    private boolean loadedHere;

    /** Not called: the demo's directives name agencies, checked against the realm's users, so it waits for them. */
    @Reference
    private Workforce realmUsers;

    public DemoData() {
        // for DS
    }

    /** The demo loaded onto given services, as DS binds them (the realm's users are the services' own). */
    DemoData(PersonService people, RecordService record, ConsentService consent, JobLeases jobs) {
        this.people = people;
        this.record = record;
        this.consent = consent;
        this.jobs = jobs;
    }

    @Activate
    void activate() {
        loadedHere = jobs.runOnce(JOB, Duration.ofMinutes(2), () -> {
            load(RHODRI, this::rhodri);
            load(MARY, this::mary);
            load(DOREEN, this::doreen);
            load(ALED, this::aled);
            load(OLIVER, this::oliver);
            load(KEVIN, this::kevin);
        });
        if (!loadedHere) {
            LOG.info("Another node is loading the demo data: this node leaves it, its meeting and feeds to that node");
        }
    }

    /** Whether this node loaded the demo data or found it loaded; false when another node was loading it. */
    boolean loadedHere() {
        return loadedHere;
    }

    /** More of the demo, after the people: on the node that loaded them, and on one node at a time. */
    void thenOnce(String job, Runnable work) {
        if (loadedHere) {
            jobs.runOnce(job, Duration.ofMinutes(2), work);
        }
    }

    private void load(String localAuthorityId, Runnable scenario) {
        if (people.findByIdentifier(IdentifierSystem.LOCAL_AUTHORITY, localAuthorityId).isPresent()) {
            return;
        }
        try {
            scenario.run();
        } catch (RuntimeException e) {
            LOG.error("Demo scenario for {} could not be loaded", localAuthorityId, e);
        }
    }

    /** A person the social worker records; a login is bound to them as an administrator binds one. */
    private String person(String given, String family, LocalDate born, String language, String needs,
                          Person.Identifiers ids, String account, List<String> caresFor) {
        String id = people.create(SOCIAL_WORKER, new Person(null, null, given, family, null, born, language,
                new Person.ActiveOffer(true, OffsetDateTime.parse("2026-06-01T10:00:00+01:00"), "social-worker"),
                needs, ids, null, caresFor)).id();
        if (account != null) {
            people.bindAccount(Requester.system(null), id, account);
        }
        return id;
    }

    /** A directive: who gave it, which agency may see which categories, for which purposes. */
    private void share(Requester recordedBy, String personId, ConsentDirective.GivenBy givenBy, String agency,
                       Set<String> purposes, Set<RecordCategory> categories, String how) {
        consent.give(recordedBy, personId, new ConsentDirective(null, null, givenBy,
                new ConsentDirective.Grantee("agency", agency, null, null, null), purposes, categories, null, null,
                null, how, null, null, null, null, null));
    }

    private static ConsentDirective.GivenBy byThePerson() {
        return new ConsentDirective.GivenBy("person", null, null, null);
    }

    private String outcome(Requester by, String personId, Instant at, String words, String type, String restatement,
                           List<String> agencies) {
        return outcome(by, personId, at, words, "en", type, restatement, agencies);
    }

    private String outcome(Requester by, String personId, Instant at, String words, String language, String type,
                           String restatement, List<String> agencies) {
        return record.add(by, personId, ItemKind.OUTCOME, new Outcome(null, null, null, at, null, words, language,
                type, "person", null, restatement, null, null, agencies)).id();
    }

    private String entry(Requester by, String personId, Instant at, String kind, List<String> outcomes,
                         Entry.Progress progress, Entry.Part... parts) {
        return record.add(by, personId, ItemKind.ENTRY,
                new Entry(null, null, null, at, null, kind, outcomes, List.of(parts), null, progress, null)).id();
    }

    private static Entry.Part fact(String text) {
        return new Entry.Part("observation", text, null, "en");
    }

    private static Entry.Part opinion(String whose, String text) {
        return new Entry.Part("opinion", text, whose, "en");
    }

    private static Entry.Part ownWords(String text) {
        return new Entry.Part("own-words", text, null, "en");
    }

    private static Instant week(int n) {
        return RHODRI_WEEK_0.plus(7L * n, ChronoUnit.DAYS);
    }

    /**
     * Scenario 1: Rhodri, 17, one outcome, a social worker and a physio, a journey with ups and downs. The
     * physio's weeks 1, 3 and 7 come from the health board's own system, through the physio adapter
     * ({@link AgencyFeeds}).
     */
    private void rhodri() {
        String id = person("Rhodri", "Evans", LocalDate.of(2009, 3, 14), "en",
                "Prefers to talk face to face; tires quickly, so short conversations",
                new Person.Identifiers(RHODRI, RHODRI_NHS, null), "rhodri", null);
        String walk = outcome(SOCIAL_WORKER, id, week(0),
                "I want the confidence to walk outdoors again and spend time with my pals", "change",
                "Regain confidence walking outdoors; reconnect with friends",
                List.of("cardiff-council", "cardiff-vale-uhb"));
        List<String> o = List.of(walk);
        // Rhodri, with his own login: the physio sees his outcomes and the social worker's entries, and the
        // social worker sees the physio's, for his direct care, until he withdraws either
        share(RHODRI_HIMSELF, id, byThePerson(), "cardiff-vale-uhb", Set.of("direct-care"),
                Set.of(RecordCategory.OUTCOMES_AND_PLANS, RecordCategory.ENTRIES), "own-login");
        share(RHODRI_HIMSELF, id, byThePerson(), "cardiff-council", Set.of("direct-care", "care-planning"),
                Set.of(RecordCategory.OUTCOMES_AND_PLANS, RecordCategory.ENTRIES, RecordCategory.HEALTH), "own-login");
        entry(SOCIAL_WORKER, id, week(0), "what-matters", o, null,
                ownWords("the walls are closing in on me and it's getting me down"),
                fact("Rhodri is afraid of being hurt again."),
                opinion("social worker", "He is open to options for getting out and about."));
        entry(SOCIAL_WORKER, id, week(4), "phone-call", o,
                new Entry.Progress(3, "Flu then a chest infection; feeling down in the dumps again; progress delayed"),
                fact("Flu, then a chest infection; progress delayed."),
                ownWords("feeling down in the dumps again"));
        entry(SOCIAL_WORKER, id, week(6), "visit", o,
                new Entry.Progress(4, "Mood up after antibiotics, but confidence in walking has fallen"),
                fact("After antibiotics his mood is up but his confidence in walking has fallen."),
                fact("He asked for the physio again: her visit made him feel safe enough to step out the door."),
                ownWords("safe enough to step out the door"));
        record.add(SOCIAL_WORKER, id, ItemKind.DECISION, new Decision(null, null, null, week(6), null,
                "Ask the physiotherapist to visit again",
                "His confidence in walking fell after the chest infection; the physio's visit made him feel safe "
                        + "enough to step out the door, which serves his outcome of walking outdoors again",
                o, List.of(new Decision.Alternative("Wait for his confidence to come back on its own",
                        "his confidence was falling and waiting risked him staying indoors")), "social-worker"));
    }

    /**
     * Scenario 3: Mary, whose learning log comes from the day centre's system through the home-care
     * adapter ({@link AgencyFeeds}) and is curated into her one-page profile ({@link #curateMarysProfile}).
     */
    private void mary() {
        String id = person("Mary", "Thomas", LocalDate.of(1961, 11, 2), "en",
                "Limited verbal communication: watch her face and listen for humming; she freezes when afraid",
                new Person.Identifiers(MARY, MARY_NHS, "GD-0017"), null, null);
        // the day centre's provider, whose logs they are, records the council's best-interests decision to share them
        share(HOME_CARER, id, new ConsentDirective.GivenBy("best-interests", "Cardiff Council social worker",
                        null, "Mary cannot weigh up sharing her records; her learning logs help plan her support",
                        null, null, LocalDate.now(ZoneOffset.UTC).plusMonths(6)),
                "cardiff-council", Set.of("direct-care", "care-planning"),
                Set.of(RecordCategory.OUTCOMES_AND_PLANS, RecordCategory.DAILY_AND_LEARNING_LOGS), "written");
    }

    /**
     * Mary's one-page profile, curated from the two learning-log rows the day centre's system sent through
     * the home-care adapter (found by the provider's own ids), once they have arrived.
     */
    void curateMarysProfile(String maryId) {
        if (record.profile(HOME_CARER, maryId).isPresent()) {
            return;
        }
        String june10 = null;
        String june29 = null;
        for (TimelineItem t : record.timeline(HOME_CARER, maryId,
                new TimelineQuery(null, null, Set.of("learning-log"), null, null), PageRequest.first(50)).items()) {
            String key = t.item().provenance().sourceKey();
            if ("GD-LL-0610".equals(key)) {
                june10 = t.id();
            } else if ("GD-LL-0629".equals(key)) {
                june29 = t.id();
            }
        }
        if (june10 == null || june29 == null) {
            LOG.warn("Mary's learning log has not arrived: her profile waits for it");
            return;
        }
        record.add(HOME_CARER, maryId, ItemKind.PROFILE, new Profile(null, null, null,
                Instant.parse("2026-08-10T10:00:00Z"), null,
                List.of(line("Warm fresh air on my face", june10, june29),
                        line("Being comfortable in my wheelchair", june10, june29),
                        line("Being outdoors, hearing the birds", june29),
                        line("Watching children play", june29)),
                List.of(line("I may be afraid of strange dogs: please avoid them", june29),
                        line("Keep my wheelchair cushioning in place", june10, june29))));
    }

    private static Profile.Line line(String text, String... entries) {
        return new Profile.Line(text, "en", List.of(entries));
    }

    /** Scenario 2 (the person and her outcome): Doreen; the meeting and plan are the meetings bundle's. */
    private void doreen() {
        String id = person("Doreen", "Price", LocalDate.of(1938, 4, 21), "en",
                "Hard of hearing: face her and speak clearly",
                new Person.Identifiers(DOREEN, DOREEN_NHS, "GD-0042"), null, null);
        outcome(SOCIAL_WORKER, id, Instant.parse("2026-09-14T10:00:00Z"),
                "I want my lunch to be something to look forward to, with good food and a bit of company", "change",
                "Enjoyable and nutritious lunchtimes", List.of("cardiff-council", "gofal-da-homecare"));
        // Doreen agreed in conversation with both: each agency records what she let the other see
        share(SOCIAL_WORKER, id, byThePerson(), "gofal-da-homecare", Set.of("direct-care", "care-planning"),
                WHOLE_RECORD, "verbal");
        share(HOME_CARER, id, byThePerson(), "cardiff-council", Set.of("direct-care", "care-planning"),
                WHOLE_RECORD, "verbal");
    }

    /**
     * Scenario 4: Aled's strengths beside his priority risks. He prefers Welsh, so his record is in Welsh: his outcome
     * in his words, the social worker's conversation with him and his mum, and each view, all tagged {@code cy}.
     */
    private void aled() {
        String id = person("Aled", "Morgan", LocalDate.of(2016, 1, 9), "cy",
                "Plentyn: siaradwch ag ef a'i fam gyda'i gilydd",
                new Person.Identifiers(ALED, ALED_NHS, null), null, null);
        Instant at = Instant.parse("2026-10-05T15:00:00Z");
        String calm = outcome(SOCIAL_WORKER, id, at, "Dw i eisiau aros yn dawel a chael lle saff i fi fy hun", "cy",
                "change", "Mae Aled yn rheoli ei dymer ac mae ganddo le diogel gartref", List.of("cardiff-council"));
        record.add(SOCIAL_WORKER, id, ItemKind.ENTRY, new Entry(null, null, null, at, null, "what-matters",
                List.of(calm), List.of(
                        new Entry.Part("own-words", "Pan dw i'n grac dw i eisiau mynd i rywle tawel i ddarllen", null,
                                "cy"),
                        new Entry.Part("observation", "Siaradodd Aled a'i fam â'r gweithiwr cymdeithasol gyda'i "
                                + "gilydd, gartref.", null, "cy"),
                        new Entry.Part("opinion", "Mae Aled yn ymdawelu wrth wrando ar gerddoriaeth; byddai lle "
                                + "tawel iddo'i hun yn ei helpu.", ALEDS_SOCIAL_WORKER, "cy")),
                null, null, null));
        for (String risk : List.of("Yn colli rheolaeth pan mae'n grac", "Perygl yn y car", "Geiriau sy'n brifo",
                "Mae'r ysgol yn ffonio ei fam i'w gasglu", "Dim lle diogel: mae'n rhannu ystafell wely")) {
            record.add(SOCIAL_WORKER, id, ItemKind.RISK, new Risk(null, null, null, null, null, risk, "cy", true,
                    ALEDS_SOCIAL_WORKER, null, List.of(calm)));
        }
        for (String strength : List.of("Darllenwr gwych", "Mae cerddoriaeth yn ei helpu i ymlacio a chysgu",
                "Mae'n caru ei chwaer ac yn gofalu amdani", "Mae'n mwynhau ymweld â'i dad",
                "Mae ei fam wedi ymgysylltu'n dda ac mae e'n ymateb i'r hyn mae hi wedi'i ddysgu")) {
            record.add(SOCIAL_WORKER, id, ItemKind.STRENGTH, new Strength(null, null, null, null, null, strength,
                    "cy", ALEDS_SOCIAL_WORKER, List.of(calm)));
        }
    }

    /** Scenario 5: Oliver's plan, nine lines in his own words, as he wrote them. */
    private void oliver() {
        String id = person("Oliver", "Jenkins", LocalDate.of(2008, 7, 30), "en",
                "Autistic: prefers things written down, and time to answer",
                new Person.Identifiers(OLIVER, OLIVER_NHS, null), null, null);
        Instant at = Instant.parse("2026-07-15T11:00:00Z");
        for (int i = 0; i < OLIVERS_PLAN.size(); i++) {
            outcome(SOCIAL_WORKER, id, at.plusSeconds(i), OLIVERS_PLAN.get(i), "change", null,
                    List.of("cardiff-council"));
        }
        // Oliver lets his words stand beside the commissioners' numbers, without his name
        share(SOCIAL_WORKER, id, byThePerson(), "cardiff-council", Set.of("commissioning"),
                Set.of(RecordCategory.OUTCOMES_AND_PLANS), "written");
    }

    /** Scenario 6: Kevin, a carer with a record and outcomes of his own, linked to his partner's. */
    private void kevin() {
        String alys = person("Alys", "Hughes", LocalDate.of(1979, 5, 3), "cy", null,
                new Person.Identifiers(ALYS, ALYS_NHS, null), null, null);
        String kevin = person("Kevin", "Hughes", LocalDate.of(1977, 12, 12), "en", null,
                new Person.Identifiers(KEVIN, KEVIN_NHS, null), null, List.of(alys));
        Instant at = Instant.parse("2026-05-20T14:00:00Z");
        List<String[]> outcomes = new ArrayList<>();
        outcomes.add(new String[] {"I see myself as a carer, and I know what that means for me", "process"});
        outcomes.add(new String[] {"I am kept informed about what is happening", "process"});
        outcomes.add(new String[] {"I can cope with our family life changing", "maintenance"});
        outcomes.add(new String[] {"I feel confident I am doing right by my daughter", "maintenance"});
        outcomes.add(new String[] {"I worry less about money", "change"});
        outcomes.add(new String[] {"I stay connected to my community", "maintenance"});
        for (int i = 0; i < outcomes.size(); i++) {
            outcome(SOCIAL_WORKER, kevin, at.plusSeconds(i), outcomes.get(i)[0], outcomes.get(i)[1], null,
                    List.of("cardiff-council"));
        }
        // consent is Kevin's own for his record, and Alys's for hers: Kevin told the social worker her agency may
        // see his record for his direct care, a "permission to view" that lasts 30 days, flagged in his access log
        // and raised to the council's leads
        share(SOCIAL_WORKER, kevin, byThePerson(), "cardiff-council", Set.of("direct-care"),
                Set.of(RecordCategory.OUTCOMES_AND_PLANS), "verbal");
    }
}
