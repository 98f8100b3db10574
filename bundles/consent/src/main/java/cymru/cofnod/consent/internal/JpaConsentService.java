package cymru.cofnod.consent.internal;

import cymru.cofnod.core.api.InList;
import cymru.cofnod.core.api.Memo;
import cymru.cofnod.core.api.StoredJson;
import cymru.cofnod.consent.api.AuditTrail;
import cymru.cofnod.consent.api.BreakGlass;
import cymru.cofnod.consent.api.ConsentDirective;
import cymru.cofnod.consent.api.ConsentDirective.GivenBy;
import cymru.cofnod.consent.api.ConsentDirective.Grantee;
import cymru.cofnod.consent.api.ConsentService;
import cymru.cofnod.consent.api.Disclosure;
import cymru.cofnod.consent.api.PersonDirectory;
import cymru.cofnod.consent.api.SharingPolicy;
import cymru.cofnod.consent.api.Workforce;
import cymru.cofnod.core.api.AccessDeniedException;
import cymru.cofnod.core.api.Purpose;
import cymru.cofnod.core.api.RecordNotFoundException;
import cymru.cofnod.core.api.RecordCategory;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.core.api.Validation;
import cymru.cofnod.schema.api.MigratedSchema;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Consent directives and the sharing policy that reads them: deny by default across agencies, an
 * agency always sees what it wrote, another agency's items only under an active directive for the
 * requester's agency (and role), purpose and the item's category, now.
 */
@Component(service = {ConsentService.class, SharingPolicy.class}, configurationPid = "cymru.cofnod.consent",
        reference = @Reference(name = "schema", service = MigratedSchema.class, target = "(cofnod.schema=cofnod-consent)"))
@Designate(ocd = ConsentConfig.class)
public class JpaConsentService implements ConsentService, SharingPolicy {

    @Reference(target = "(osgi.unit.name=cofnod-consent)")
    private JpaTemplate jpa;

    @Reference
    private PersonDirectory directory;

    @Reference
    private AuditTrail audit;

    /**
     * The realm's users, given outside a container. In Karaf the service is looked up in the registry when a
     * directive is checked: its provider (the REST bundle, which owns the realm) needs the record services that need
     * consent, so it cannot be bound at activation, and a directive given the moment it appears must see it.
     */
    private Workforce workforce;
    private volatile BundleContext context;

    private volatile Duration breakGlassFor = Duration.ofHours(4);
    private volatile Duration selfGrantFor = Duration.ofDays(30);
    private Clock clock = Clock.systemUTC();
    private volatile Set<String> leads = Set.of();

    public JpaConsentService() {
        // for DS
    }

    /** Outside a container (unit tests), on a clock the caller controls to see break-glass and directives expire. */
    public JpaConsentService(JpaTemplate jpa, PersonDirectory directory, AuditTrail audit, Workforce workforce,
                             int breakGlassHours, Clock clock, String... leads) {
        this.jpa = jpa;
        this.directory = directory;
        this.audit = audit;
        this.workforce = workforce;
        this.breakGlassFor = Duration.ofHours(breakGlassHours);
        this.clock = clock;
        this.leads = Set.of(leads);
    }

    @Activate
    @Modified
    void configure(BundleContext bundleContext, ConsentConfig config) {
        context = bundleContext;
        breakGlassFor = Duration.ofHours(Math.max(1, config.breakGlassHours()));
        selfGrantFor = Duration.ofDays(Math.max(1, config.selfGrantMaxDays()));
        leads = Arrays.stream(config.safeguardingLeads().split(",")).map(String::trim).filter(l -> !l.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    // ---- the policy decision point

    @Override
    public Disclosure disclosure(Requester requester, String personId) {
        if (requester.role() == Role.COMMISSIONER || requester.purpose() == Purpose.COMMISSIONING) {
            throw refused(requester, personId,
                    "Commissioning sees de-identified reports only, never a person's record");
        }
        if (requester.role() == Role.ADMINISTRATOR) {
            throw refused(requester, personId, "Administrators run Cofnod; they do not read people's records");
        }
        if (requester.purpose() == null) {
            throw refused(requester, personId, "A purpose of use is required to read a person's record");
        }
        if (requester.role() == Role.PERSON
                && directory.personOf(requester.user()).filter(personId::equals).isPresent()) {
            return Disclosure.everything("the person's own record");
        }
        Instant now = clock.instant();
        return jpa.txExpr(TransactionType.Required, em -> decide(requester, personId,
                () -> breakGlassRows(em, personId), standing(em, personId), now));
    }

    /**
     * A practitioner's writes for a batch of people (an agency's payload) ask once for all of them: one query for
     * their standing directives. Safeguarding, and every role or purpose whose refusal must be said and audited
     * person by person, are left to {@link #disclosure}.
     */
    @Override
    public Map<String, Disclosure> disclosures(Requester requester, Collection<String> personIds) {
        Purpose purpose = requester.purpose();
        if (requester.role() != Role.PRACTITIONER || purpose == null || purpose == Purpose.COMMISSIONING
                || purpose == Purpose.SAFEGUARDING || personIds.isEmpty()) {
            return Map.of();
        }
        Instant now = clock.instant();
        return jpa.txExpr(TransactionType.Required, em -> {
            Map<String, List<ConsentDirective>> standing = standing(em, personIds);
            Map<String, Disclosure> decided = new HashMap<>();
            for (String personId : personIds) {
                decided.put(personId, decide(requester, personId, List::of, standing.get(personId), now));
            }
            return decided;
        });
    }

    /** What a requester who may read records at all sees of one person's, from the directives standing for them. */
    private Disclosure decide(Requester requester, String personId, Supplier<List<BreakGlassRow>> breakGlass,
                              List<ConsentDirective> standing, Instant now) {
        if (requester.role() == Role.PRACTITIONER && requester.purpose() == Purpose.SAFEGUARDING
                && breakGlass.get().stream().anyMatch(b -> b.user().equals(requester.user()) && b.activeAt(now))) {
            return new Disclosure(true, true, requester.agency(), List.of(),
                    "safeguarding break-glass by " + requester.user());
        }
        List<Disclosure.Grant> grants = new ArrayList<>();
        for (ConsentDirective d : standing) {
            if ("active".equals(status(d, now)) && covers(d.grantee(), requester)
                    && d.purposes().contains(requester.purpose().wireName())) {
                grants.add(new Disclosure.Grant(d.id(), d.categories(), Set.copyOf(d.outcomeIds())));
            }
        }
        if (requester.role() == Role.PERSON && grants.isEmpty()) {
            // someone else's record, and no directive names this person: as if there were none
            audit.note(requester, personId, "refused: not the person's own record and no directive names them",
                    false);
            throw new RecordNotFoundException("person", personId);
        }
        String ownAgency = requester.role() == Role.PRACTITIONER ? requester.agency() : null;
        return new Disclosure(false, false, ownAgency, grants, ownAgency == null
                ? grants.size() + " directive(s) naming " + requester.user()
                : "what " + ownAgency + " wrote, and " + grants.size() + " directive(s) for it");
    }

    @Override
    public boolean allowsStory(Requester requester, String personId, String outcomeId) {
        if (requester.role() != Role.COMMISSIONER) {
            return false;
        }
        Instant now = clock.instant();
        boolean allowed = jpa.txExpr(TransactionType.Required, em -> standing(em, personId).stream().anyMatch(d ->
                "active".equals(status(d, now)) && d.purposes().contains(Purpose.COMMISSIONING.wireName())
                        && d.categories().contains(RecordCategory.OUTCOMES_AND_PLANS)
                        && (d.outcomeIds().isEmpty() || d.outcomeIds().contains(outcomeId))
                        && storyFor(d.grantee(), requester)));
        if (allowed) {
            audit.note(requester, personId, "the words of outcome " + outcomeId
                    + " shown, shortened and without names, beside a commissioning report", false);
        }
        return allowed;
    }

    @Override
    public Set<String> peopleGranting(Requester requester) {
        if (requester.role() != Role.PRACTITIONER || requester.agency() == null) {
            return Set.of();
        }
        Instant now = clock.instant();
        return jpa.txExpr(TransactionType.Required, em -> granting(em, requester, now).stream()
                .map(ConsentDirective::personId).collect(Collectors.toUnmodifiableSet()));
    }

    /** The directives active now that grant the practitioner (their agency, role or login) for care, not commissioning. */
    static List<ConsentDirective> granting(EntityManager em, Requester requester, Instant now) {
        return em.createQuery("select d from DirectiveRow d"
                                + " where d.withdrawnAt is null and (d.granteeAgency = :a or d.granteeUser = :u)",
                        DirectiveRow.class)
                .setParameter("a", requester.agency()).setParameter("u", requester.user()).getResultList().stream()
                .map(r -> StoredJson.read(r.body(), ConsentDirective.class))
                .filter(d -> "active".equals(status(d, now)) && covers(d.grantee(), requester)
                        && d.purposes().stream().anyMatch(p -> !Purpose.COMMISSIONING.wireName().equals(p)))
                .toList();
    }

    /** A commissioning directive names the commissioner's agency, or the commissioner by their login. */
    private static boolean storyFor(Grantee g, Requester r) {
        return switch (g.kind()) {
            case "agency", "role" -> g.agency() != null && g.agency().equals(r.agency());
            case "named-person" -> g.user() != null && g.user().equals(r.user());
            default -> false;
        };
    }

    private AccessDeniedException refused(Requester requester, String personId, String why) {
        audit.note(requester, personId, "refused: " + why, false);
        return new AccessDeniedException(why);
    }

    static boolean covers(Grantee g, Requester r) {
        return switch (g.kind()) {
            case "agency" -> r.role() == Role.PRACTITIONER && g.agency().equals(r.agency());
            case "role" -> r.role() == Role.PRACTITIONER && g.agency().equals(r.agency())
                    && g.role().equals(r.role().wireName());
            case "named-person" -> g.user() != null && g.user().equals(r.user());
            default -> false;
        };
    }

    static String status(ConsentDirective d, Instant now) {
        if (d.withdrawal() != null) {
            return "withdrawn";
        }
        if (d.validFrom() != null && now.isBefore(d.validFrom())) {
            return "not-yet-valid";
        }
        if (d.validUntil() != null && !now.isBefore(d.validUntil())) {
            return "expired";
        }
        return "active";
    }

    // ---- directives

    /** What the person's access log says when a practitioner records a directive for their own agency. */
    static final String SELF_GRANT = "recorded consent for their own agency";
    private static final int MAX_SCOPE = 100;

    @Override
    public ConsentDirective give(Requester requester, String personId, ConsentDirective d) {
        boolean own = checkMayRecord(requester, personId);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Validation v = new Validation();
        GivenBy givenBy = givenBy(d.givenBy(), own, requester, now, v);
        Grantee grantee = grantee(d.grantee(), v);
        v.require(!d.purposes().isEmpty(), "purposes", "name at least one purpose");
        d.purposes().forEach(p -> v.require(Purpose.fromWireName(p).isPresent(), "purposes",
                "'" + p + "' is not one of direct-care, care-planning, safeguarding, commissioning"));
        v.require(!d.categories().isEmpty(), "categories", "name at least one record category");
        v.require(d.outcomeIds().size() <= MAX_SCOPE, "outcomeIds", "name at most " + MAX_SCOPE + " outcomes");
        d.outcomeIds().forEach(id -> v.require(id != null && id.length() <= 36, "outcomeIds",
                "is not one of this person's outcomes"));
        Instant from = d.validFrom() == null ? now : d.validFrom();
        boolean self = !own && ConsentDirective.selfGranted(requester.agency(), grantee, d.purposes());
        Instant until = self && d.validUntil() == null ? from.plus(selfGrantFor) : d.validUntil();
        v.require(until == null || until.isAfter(from), "validUntil", "must be after validFrom")
                .eventTime(d.validFrom(), "validFrom").eventTime(d.validUntil(), "validUntil");
        if (self) {
            v.require(d.purposes().equals(Set.of(Purpose.DIRECT_CARE.wireName())), "purposes",
                    "a directive for your own agency is for direct-care only");
            v.require(!until.isAfter(from.plus(selfGrantFor)), "validUntil",
                    "a directive for your own agency lasts at most " + selfGrantFor.toDays() + " days");
        }
        String how = own ? "own-login" : d.how();
        v.requireOneOf(how, ConsentDirective.HOW, "how");
        v.require(own || !"own-login".equals(how), "how", "own-login is for consent the person gives themselves");
        v.orThrow();
        checkScope(requester, personId, own, d.outcomeIds());
        ConsentDirective stored = new ConsentDirective(UUID.randomUUID().toString(), personId, givenBy, grantee,
                d.purposes(), d.categories(), d.outcomeIds(), from, until, how, null, null, requester.user(),
                requester.agency(), now);
        new Validation().fitsStorage(stored, DirectiveRow.BODY_CHARS, "directive").orThrow();
        FirstRow.make(jpa, StandingGeneration.class, personId, () -> StandingGeneration.first(personId));
        jpa.tx(TransactionType.Required, em -> {
            em.persist(new DirectiveRow(stored, StoredJson.write(stored)));
            StandingGeneration.moveOn(em, personId);
            recorded(em, requester, personId, (self ? SELF_GRANT + " (direct care, until " + until + "): "
                    : "consent given: ") + "directive " + stored.id(), false);
        });
        return withStatus(stored, now);
    }

    /** Who gave it, with when and who heard it for consent a practitioner records; checked into {@code v}. */
    private static GivenBy givenBy(GivenBy g, boolean own, Requester requester, Instant now, Validation v) {
        if (g == null) {
            v.add("givenBy", "is required: the person, a representative, or a best-interests decision");
            return null;
        }
        v.requireOneOf(g.kind(), GivenBy.KINDS, "givenBy.kind");
        v.require(!"representative".equals(g.kind()) || notBlank(g.name()), "givenBy.name",
                "a representative is named");
        boolean bestInterests = "best-interests".equals(g.kind());
        v.require(!bestInterests || notBlank(g.reason()) && notBlank(g.name()), "givenBy.reason",
                "a best-interests decision says why, and who made it (givenBy.name)");
        v.require(!bestInterests || g.reviewBy() != null && g.reviewBy().isAfter(LocalDate.now(ZoneOffset.UTC)),
                "givenBy.reviewBy", "a best-interests decision has a review date in the future");
        v.require(!own || "person".equals(g.kind()), "givenBy.kind", "with your own login you give consent yourself");
        v.require(g.givenAt() == null || !g.givenAt().isAfter(now), "givenBy.givenAt", "is in the future");
        v.maxLength(g.name(), 200, "givenBy.name").maxLength(g.relationship(), 200, "givenBy.relationship")
                .maxLength(g.reason(), 2000, "givenBy.reason").maxLength(g.heardBy(), 200, "givenBy.heardBy");
        if (own) {
            return new GivenBy(g.kind(), g.name(), g.relationship(), g.reason(), now, null, null);
        }
        return new GivenBy(g.kind(), g.name(), g.relationship(), g.reason(),
                g.givenAt() == null ? now : g.givenAt(), notBlank(g.heardBy()) ? g.heardBy() : requester.user(),
                g.reviewBy());
    }

    /**
     * The grantee, checked against the realm's users and agencies; a named practitioner's or commissioner's
     * agency is recorded with it, so that granting a colleague counts as granting one's own agency.
     */
    private Grantee grantee(Grantee g, Validation v) {
        if (g == null) {
            v.add("grantee", "is required: an agency, a role within an agency, or a named person");
            return null;
        }
        v.requireOneOf(g.kind(), Grantee.KINDS, "grantee.kind");
        v.maxLength(g.agency(), 64, "grantee.agency").maxLength(g.user(), 64, "grantee.user")
                .maxLength(g.role(), 32, "grantee.role").maxLength(g.name(), 200, "grantee.name");
        return withWorkforce(realm -> {
            if (realm == null) {
                v.add("grantee", "cannot be checked now: the directory of users is not available; try again shortly");
                return g;
            }
            return known(g, realm, v);
        });
    }

    private static Grantee known(Grantee g, Workforce realm, Validation v) {
        if ("named-person".equals(g.kind())) {
            Optional<Workforce.Member> member = notBlank(g.user()) ? realm.member(g.user()) : Optional.empty();
            v.require(member.isPresent(), "grantee.user", "is not a Cofnod user (a named person is given by their login)");
            return new Grantee(g.kind(), member.map(Workforce.Member::agency).orElse(null), null, g.name(), g.user());
        }
        v.require(notBlank(g.agency()) && realm.hasAgency(g.agency()), "grantee.agency",
                "is not an agency Cofnod knows");
        v.require(!"role".equals(g.kind()) || GRANTABLE_ROLES.contains(g.role()), "grantee.role",
                "is one of practitioner, commissioner");
        return new Grantee(g.kind(), g.agency(), "role".equals(g.kind()) ? g.role() : null, g.name(), null);
    }

    private <T> T withWorkforce(Function<Workforce, T> use) {
        BundleContext bundles = context;
        if (workforce != null || bundles == null) {
            return use.apply(workforce);
        }
        ServiceReference<Workforce> ref = bundles.getServiceReference(Workforce.class);
        Workforce found = ref == null ? null : bundles.getService(ref);
        try {
            return use.apply(found);
        } finally {
            if (found != null) {
                bundles.ungetService(ref);
            }
        }
    }

    private static final Set<String> GRANTABLE_ROLES =
            Set.of(Role.PRACTITIONER.wireName(), Role.COMMISSIONER.wireName());

    /**
     * A scope names the person's own outcomes that the recorder can see: an entry, someone else's outcome and an
     * outcome hidden from the recorder all answer alike, so a scope reveals nothing.
     */
    private void checkScope(Requester requester, String personId, boolean own, List<String> outcomeIds) {
        if (outcomeIds.isEmpty()) {
            return;
        }
        Disclosure seen = own ? Disclosure.everything("the person's own record") : disclosure(requester, personId);
        Set<String> known = new HashSet<>();
        directory.outcomes(personId, outcomeIds).stream()
                .filter(o -> seen.allows(o.agency(), o.category(), o.id(), List.of()))
                .forEach(o -> known.add(o.id()));
        Validation v = new Validation();
        outcomeIds.forEach(id -> v.require(known.contains(id), "outcomeIds",
                "'" + id + "' is not one of this person's outcomes"));
        v.orThrow();
    }

    @Override
    public List<ConsentDirective> list(Requester requester, String personId) {
        checkMayRead(requester, personId);
        Instant now = clock.instant();
        List<ConsentDirective> all = jpa.txExpr(TransactionType.Required, em -> directives(em, personId)).stream()
                .map(d -> asSeenBy(requester, d)).flatMap(Optional::stream).toList();
        audit.note(requester, personId, "read " + all.size() + " consent directive(s)", false);
        return all.stream().sorted(Comparator.comparing(ConsentDirective::recordedAt).reversed())
                .map(d -> withStatus(d, now)).toList();
    }

    @Override
    public ConsentDirective get(Requester requester, String directiveId) {
        ConsentDirective d = jpa.txExpr(TransactionType.Required, em -> find(em, directiveId));
        checkMayRead(requester, d.personId());
        ConsentDirective seen = asSeenBy(requester, d).orElseThrow(() -> hidden(requester, d, directiveId));
        audit.note(requester, d.personId(), "read consent directive " + directiveId, false);
        return withStatus(seen, clock.instant());
    }

    @Override
    public ConsentDirective withdraw(Requester requester, String directiveId, String reason) {
        new Validation().maxLength(reason, 2000, "reason").orThrow();
        String why = notBlank(reason) ? reason.trim() : null;
        return jpa.txExpr(TransactionType.Required, em -> {
            DirectiveRow row = em.find(DirectiveRow.class, directiveId,
                    javax.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (row == null) {
                throw new RecordNotFoundException("consent directive", directiveId);
            }
            ConsentDirective d = StoredJson.read(row.body(), ConsentDirective.class);
            checkMayWithdraw(requester, d);
            new Validation().require(!row.withdrawn(), "status", "this directive is already withdrawn").orThrow();
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            ConsentDirective w = new ConsentDirective(d.id(), d.personId(), d.givenBy(), d.grantee(), d.purposes(),
                    d.categories(), d.outcomeIds(), d.validFrom(), d.validUntil(), d.how(), null,
                    new ConsentDirective.Withdrawal(now, why, requester.user()), d.recordedBy(),
                    d.recordedByAgency(), d.recordedAt());
            row.withdraw(now, StoredJson.write(w));
            StandingGeneration.moveOn(em, row.personId());
            recorded(em, requester, row.personId(), "consent withdrawn: directive " + directiveId
                    + (d.recordedByAgency() == null ? "" : ", recorded by " + d.recordedByAgency()), false);
            return withStatus(w, now);
        });
    }

    /**
     * The person withdraws any of theirs; a practitioner only what their own agency recorded. A directive the
     * practitioner may not see answers as unknown.
     */
    private void checkMayWithdraw(Requester requester, ConsentDirective d) {
        checkMayRead(requester, d.personId());
        if (requester.role() == Role.PERSON) {
            return;
        }
        asSeenBy(requester, d).orElseThrow(() -> hidden(requester, d, d.id()));
        if (!requester.agency().equals(d.recordedByAgency())) {
            throw refused(requester, d.personId(), "Only the person, or the agency that recorded it ("
                    + (d.recordedByAgency() == null ? "the person themselves" : d.recordedByAgency())
                    + "), withdraws this directive");
        }
    }

    /** The person in their own record, or a practitioner recording on their behalf (never for commissioning). */
    private boolean checkMayRecord(Requester requester, String personId) {
        checkMayRead(requester, personId);
        return requester.role() == Role.PERSON;
    }

    /**
     * The person reads their own consent choices and break-glass; a practitioner, for a purpose other than
     * commissioning, reads what concerns their agency. Nobody else reads them at all.
     */
    private void checkMayRead(Requester requester, String personId) {
        if (requester.purpose() == Purpose.COMMISSIONING) {
            // whoever asks, the person included: commissioning reads nothing person-level
            throw refused(requester, personId, "Commissioning sees de-identified reports only, never a person's record");
        }
        if (requester.role() == Role.PERSON) {
            if (directory.personOf(requester.user()).filter(personId::equals).isEmpty()) {
                audit.note(requester, personId, "refused: not the person's own consent choices", false);
                throw new RecordNotFoundException("person", personId);
            }
            return;
        }
        if (requester.role() != Role.PRACTITIONER || requester.agency() == null) {
            throw refused(requester, personId,
                    "Consent is given by the person, or recorded for them by a practitioner");
        }
        if (requester.purpose() == null) {
            throw refused(requester, personId, "A purpose of use is required to read a person's consent choices");
        }
        if (!directory.exists(personId)) {
            throw new RecordNotFoundException("person", personId);
        }
    }

    /**
     * A directive as this reader may see it: the person sees all of theirs; a practitioner those their agency
     * recorded, and those that grant their agency or them (without a best-interests reason they did not record).
     */
    private static Optional<ConsentDirective> asSeenBy(Requester requester, ConsentDirective d) {
        if (requester.role() == Role.PERSON || requester.agency().equals(d.recordedByAgency())) {
            return Optional.of(d);
        }
        Grantee g = d.grantee();
        if (requester.agency().equals(g.agency()) || requester.user().equals(g.user())) {
            return Optional.of(new ConsentDirective(d.id(), d.personId(), d.givenBy().withoutReason(), g, d.purposes(),
                    d.categories(), d.outcomeIds(), d.validFrom(), d.validUntil(), d.how(), d.status(), d.withdrawal(),
                    d.recordedBy(), d.recordedByAgency(), d.recordedAt()));
        }
        return Optional.empty();
    }

    private RecordNotFoundException hidden(Requester requester, ConsentDirective d, String directiveId) {
        audit.note(requester, d.personId(), "refused: consent directive " + directiveId + " is not theirs to see",
                false);
        return new RecordNotFoundException("consent directive", directiveId);
    }

    private static ConsentDirective find(EntityManager em, String id) {
        DirectiveRow row = em.find(DirectiveRow.class, id);
        if (row == null) {
            throw new RecordNotFoundException("consent directive", id);
        }
        return StoredJson.read(row.body(), ConsentDirective.class);
    }

    /**
     * A person's standing directives, kept under the generation they were read in: every record read asks for them
     * and they change seldom. The generation is read from the database at each read (one indexed row), so a
     * directive given or withdrawn through any node is seen by the very next read through every node.
     */
    private final Memo<List<ConsentDirective>> standingByPerson = new Memo<>(2_000);

    private List<ConsentDirective> standing(EntityManager em, String personId) {
        return standing(em, List.of(personId)).get(personId);
    }

    /**
     * The directives standing for each of these people (not withdrawn: the only ones that can grant anything, so
     * a long history costs nothing): those kept in this generation, and the rest read, a query per 500 people.
     */
    private Map<String, List<ConsentDirective>> standing(EntityManager em, Collection<String> personIds) {
        // read before the directives: a change committed after this read is seen by the next
        Map<String, Long> generations = StandingGeneration.of(em, personIds);
        Map<String, String> keys = new HashMap<>();
        personIds.forEach(p -> keys.put(p, p + '@' + generations.getOrDefault(p, 0L)));
        Map<String, List<ConsentDirective>> byPerson = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String personId : personIds) {
            List<ConsentDirective> kept = standingByPerson.kept(keys.get(personId));
            if (kept != null) {
                byPerson.put(personId, kept);
            } else {
                unknown.add(personId);
            }
        }
        Map<String, List<ConsentDirective>> read = new HashMap<>();
        for (List<String> ids : InList.pieces(unknown)) {
            em.createQuery("select d from DirectiveRow d where d.personId in :ids and d.withdrawnAt is null",
                            DirectiveRow.class)
                    // only read: EclipseLink need not copy the rows to watch them for changes
                    .setHint("eclipselink.read-only", Boolean.TRUE)
                    .setParameter("ids", ids).getResultList()
                    .forEach(r -> read.computeIfAbsent(r.personId(), p -> new ArrayList<>())
                            .add(StoredJson.read(r.body(), ConsentDirective.class)));
        }
        for (String personId : unknown) {
            byPerson.put(personId, standingByPerson.get(keys.get(personId),
                    () -> List.copyOf(read.getOrDefault(personId, List.of()))));
        }
        return byPerson;
    }

    private static List<ConsentDirective> directives(EntityManager em, String personId) {
        return em.createQuery("select d from DirectiveRow d where d.personId = :p", DirectiveRow.class)
                .setParameter("p", personId).getResultList().stream()
                .map(r -> StoredJson.read(r.body(), ConsentDirective.class)).toList();
    }

    private static ConsentDirective withStatus(ConsentDirective d, Instant now) {
        return new ConsentDirective(d.id(), d.personId(), d.givenBy(), d.grantee(), d.purposes(), d.categories(),
                d.outcomeIds(), d.validFrom(), d.validUntil(), d.how(), status(d, now), d.withdrawal(),
                d.recordedBy(), d.recordedByAgency(), d.recordedAt());
    }

    /** A consent decision's event, in the decision's own transaction. */
    private void recorded(EntityManager em, Requester requester, String personId, String what, boolean breakGlass) {
        audit.recorded(em, requester, List.of(new AuditTrail.Change(personId, what, breakGlass, List.of())));
    }

    // ---- break-glass

    @Override
    public BreakGlass breakGlass(Requester requester, String personId, String reason) {
        if (requester.role() != Role.PRACTITIONER || requester.agency() == null) {
            throw new AccessDeniedException("Break-glass is for practitioners with a safeguarding concern");
        }
        if (requester.purpose() != Purpose.SAFEGUARDING) {
            throw new AccessDeniedException("Break-glass is for safeguarding: state X-Purpose-Of-Use: safeguarding");
        }
        new Validation().requireText(reason, "reason").maxLength(reason, 2000, "reason")
                .require(reason == null || reason.trim().length() >= 10, "reason",
                        "say why, in a sentence the safeguarding lead can review")
                .orThrow();
        if (!directory.exists(personId)) {
            throw new RecordNotFoundException("person", personId);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        BreakGlassRow row = new BreakGlassRow(UUID.randomUUID().toString(), personId, requester.user(),
                requester.agency(), reason.trim(), now, now.plus(breakGlassFor));
        jpa.tx(TransactionType.Required, em -> {
            em.persist(row);
            recorded(em, requester, personId, "break-glass granted until " + now.plus(breakGlassFor) + ": "
                    + reason.trim(), true);
        });
        return row.toBreakGlass(now);
    }

    @Override
    public BreakGlass endBreakGlass(Requester requester, String personId, String breakGlassId) {
        if (requester.role() != Role.PRACTITIONER || requester.agency() == null) {
            audit.note(requester, personId, "refused to end break-glass: not a practitioner", false);
            throw new AccessDeniedException("Break-glass is ended by the practitioner who opened it or their lead");
        }
        new Validation().id(breakGlassId, "breakGlassId").orThrow();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        try {
            return jpa.txExpr(TransactionType.Required, em -> end(em, requester, personId, breakGlassId, now));
        } catch (RecordNotFoundException e) {
            audit.note(requester, personId, "refused to end break-glass: not theirs or their agency's lead's", false);
            throw e;
        }
    }

    private BreakGlass end(EntityManager em, Requester requester, String personId, String breakGlassId,
                           Instant now) {
        BreakGlassRow row = breakGlassId == null
                ? breakGlassRows(em, personId).stream().filter(b -> b.user().equals(requester.user())
                        && b.agency().equals(requester.agency()) && b.activeAt(now)).findFirst().orElse(null)
                : em.find(BreakGlassRow.class, breakGlassId);
        boolean opener = row != null && row.user().equals(requester.user())
                && row.agency().equals(requester.agency());
        boolean lead = row != null && row.agency().equals(requester.agency())
                && leads.contains(row.agency() + ":" + requester.user());
        if (row == null || !row.personId().equals(personId) || !opener && !lead) {
            throw new RecordNotFoundException("break-glass", breakGlassId == null ? "current" : breakGlassId);
        }
        if (row.activeAt(now)) {
            row.end(now, requester.user());
            recorded(em, requester, personId, "break-glass ended early"
                    + (opener ? "" : " by the safeguarding lead"), true);
        }
        return row.toBreakGlass(now);
    }

    @Override
    public List<BreakGlass> breakGlassEvents(Requester requester, String personId) {
        checkMayRead(requester, personId);
        Instant now = clock.instant();
        List<BreakGlass> events = jpa.txExpr(TransactionType.Required, em -> breakGlassRows(em, personId).stream()
                // its reason is the person's, and the agency's that broke glass (whose leads review it)
                .filter(b -> requester.role() == Role.PERSON || b.agency().equals(requester.agency()))
                .map(b -> b.toBreakGlass(now)).sorted(Comparator.comparing(BreakGlass::grantedAt).reversed())
                .toList());
        audit.note(requester, personId, "read " + events.size() + " break-glass event(s)", false);
        return events;
    }

    @Override
    public List<ConsentDirective> selfGranted(Requester requester) {
        checkLead(requester, requester.agency());
        Instant now = clock.instant();
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("select d from DirectiveRow d"
                        + " where d.selfGranted = true and d.granteeAgency = :a order by d.recordedAt desc",
                        DirectiveRow.class)
                .setParameter("a", requester.agency()).getResultList().stream()
                .map(r -> withStatus(StoredJson.read(r.body(), ConsentDirective.class), now)).toList());
    }

    @Override
    public List<BreakGlass> alerts(Requester requester) {
        checkLead(requester, requester.agency());
        Instant now = clock.instant();
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                        "select b from BreakGlassRow b where b.agency = :a order by b.grantedAt desc", BreakGlassRow.class)
                .setParameter("a", requester.agency()).getResultList().stream().map(b -> b.toBreakGlass(now)).toList());
    }

    @Override
    public BreakGlass review(Requester requester, String breakGlassId, String notes) {
        new Validation().requireText(notes, "notes").maxLength(notes, 4000, "notes").orThrow();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return jpa.txExpr(TransactionType.Required, em -> {
            BreakGlassRow row = em.find(BreakGlassRow.class, breakGlassId);
            if (row == null) {
                throw new RecordNotFoundException("break-glass", breakGlassId);
            }
            checkLead(requester, row.agency());
            row.review(now, requester.user(), notes);
            return row.toBreakGlass(now);
        });
    }

    private void checkLead(Requester requester, String agency) {
        if (requester.agency() == null || !requester.agency().equals(agency)
                || !leads.contains(agency + ":" + requester.user())) {
            throw new AccessDeniedException("Only " + agency + "'s safeguarding lead reads and reviews its alerts");
        }
    }

    private static List<BreakGlassRow> breakGlassRows(EntityManager em, String personId) {
        return em.createQuery("select b from BreakGlassRow b where b.personId = :p", BreakGlassRow.class)
                .setParameter("p", personId).getResultList();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
