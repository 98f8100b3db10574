package cymru.cofnod.outcomes.internal;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import cymru.cofnod.consent.api.AuditTrail;
import cymru.cofnod.consent.api.Disclosure;
import cymru.cofnod.consent.api.SharingPolicy;
import cymru.cofnod.core.api.AccessDeniedException;
import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Purpose;
import cymru.cofnod.core.api.RecordCategory;
import cymru.cofnod.core.api.RecordNotFoundException;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.core.api.StoredJson;
import cymru.cofnod.core.api.Validation;
import cymru.cofnod.outcomes.api.NhsNumber;
import cymru.cofnod.outcomes.api.Person;
import cymru.cofnod.outcomes.api.PersonService;
import cymru.cofnod.outcomes.api.Versioned;
import cymru.cofnod.schema.api.MigratedSchema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * People, stored as versioned items of kind {@code person} with their identifiers indexed for matching and tracing.
 * Who sees and changes which of a person's details is docs/access.md's "Identity and logins".
 */
@Component(service = PersonService.class,
        reference = @Reference(name = "schema", service = MigratedSchema.class, target = "(cofnod.schema=cofnod-outcomes)"))
public class JpaPersonService implements PersonService {

    static final String KIND = "person";
    static final Set<String> LANGUAGES = Set.of("cy", "en");
    static final int MAX_TEXT = 2000;
    /** A login is claimed like an identifier, so one account is one person. */
    static final String ACCOUNT = "ACCOUNT";
    private static final String ACCOUNT_BY_ADMIN =
            "a login is bound to a person by an administrator (PUT /people/{id}/account), never here";
    /** A name trace reads at most this many keys: enough to tell "too many" from "ten". */
    private static final int MAX_NAME_MATCHES = 50;

    @Reference(target = "(osgi.unit.name=cofnod-outcomes)")
    private JpaTemplate jpa;

    @Reference
    private AuditTrail audit;

    @Reference
    private SharingPolicy policy;

    private Involvement involvement;

    public JpaPersonService() {
        // for DS
    }

    JpaPersonService(JpaTemplate jpa, AuditTrail audit, SharingPolicy policy) {
        this.jpa = jpa;
        this.audit = audit;
        this.policy = policy;
        activate();
    }

    /** People recorded before traces by name, or searches by name words, were kept get their keys, once. */
    @Activate
    void activate() {
        involvement = new Involvement(jpa, policy);
        jpa.tx(TransactionType.Required, em -> em.createQuery("select p from ItemRow p where p.kind = :kind"
                        + " and p.state = :live and not exists (select k.personId from PersonTraceKey k"
                        + " where k.personId = p.itemId and k.nameWords is not null)", ItemRow.class)
                .setParameter("kind", KIND).setParameter("live", ItemRow.LIVE).getResultList()
                .forEach(row -> traceKey(em, toPerson(row))));
    }

    @Override
    public Person create(Requester requester, Person person) {
        checkPractitioner(requester, null);
        validate(person);
        new Validation().require(person.account() == null, "account", ACCOUNT_BY_ADMIN).orThrow();
        String needsBy = notBlank(person.communicationNeeds()) ? requester.agency() : null;
        Person created = jpa.txExpr(TransactionType.Required, em -> {
            String id = ItemStore.newId();
            Person stored = person.withIdentity(id, 1);
            claimIdentifiers(em, id, stored);
            ItemRow row = ItemStore.insert(em, requester, id, KIND, id, null, content(stored, needsBy));
            RecordGeneration.first(em, id);
            traceKey(em, stored);
            recorded(em, requester, row, "recorded a new person");
            return stored;
        });
        return created;
    }

    @Override
    public Person get(Requester requester, String id) {
        Reader reader = reader(requester, id);
        Person person = reader.show(jpa.txExpr(TransactionType.Required, em -> ItemStore.live(em, KIND, id)));
        audit.note(requester, id, reader.view == View.TRACE ? "read the person's trace details"
                : "read the person's details", reader.disclosure.breakGlass());
        return person;
    }

    @Override
    public Page<Person> list(Requester requester, PageRequest page) {
        return caseload(requester, page, PeopleQuery.parse(null));
    }

    @Override
    public Page<Person> search(Requester requester, String q, PageRequest page) {
        checkPractitioner(requester, null);
        PeopleQuery query = PeopleQuery.parse(q);
        if (!query.isTrace()) {
            return caseload(requester, page, query);
        }
        List<Person> found = jpa.txExpr(TransactionType.Required, em -> query.identifier() != null
                ? byAnyIdentifier(em, query) : byWordsAndBirth(em, query));
        audit.note(requester, found.size() == 1 ? found.get(0).id() : null,
                "traced by search '" + q.strip() + "': " + found.size() + " found", false);
        return new Page<>(found, null, false);
    }

    private Page<Person> caseload(Requester requester, PageRequest page, PeopleQuery query) {
        if (requester.role() == Role.PERSON) {
            // the person finds themselves, and nobody else
            List<Person> own = findByAccount(requester.user()).map(id -> get(requester, id)).stream().toList();
            return new Page<>(own, null, false);
        }
        checkPractitioner(requester, null);
        Page<Person> result = jpa.txExpr(TransactionType.Required, em -> {
            Cursor after = page.cursor() == null ? null : Cursor.decode(page.cursor());
            List<ItemRow> rows = caseload(em, requester, query, after, page.limit());
            boolean more = rows.size() > page.limit();
            List<Person> people = new ArrayList<>();
            for (ItemRow row : more ? rows.subList(0, page.limit()) : rows) {
                people.add(involved(toPerson(row), false));
            }
            String next = null;
            if (more) {
                ItemRow last = rows.get(page.limit() - 1);
                next = new Cursor(last.createdAt(), last.itemId()).encode();
            }
            return new Page<>(people, next, false);
        });
        audit.note(requester, null, (query.isEmpty() ? "listed " : "searched '" + query.describe() + "' and found ")
                + result.items().size() + " people of " + requester.agency() + "'s caseload", false);
        return result;
    }

    /**
     * The people the requester's agency is involved with ({@link Involvement}), first recorded first. A query's
     * name words are each the start of one of the person's names; its date of birth is theirs.
     */
    private List<ItemRow> caseload(EntityManager em, Requester requester, PeopleQuery query, Cursor after,
                                   int limit) {
        Map<String, Object> params = new HashMap<>();
        String involved = involvement.condition(requester, params);
        String keyset = after == null ? "" : " and (p.createdAt > :at or (p.createdAt = :at and p.itemId > :afterId))";
        String matching = query.isEmpty() ? "" : " and exists (select k.personId from PersonTraceKey k"
                + " where k.personId = p.itemId" + wordsAndBirth(query, "%", params) + ")";
        TypedQuery<ItemRow> q = em.createQuery("select p from ItemRow p where p.kind = :kind and p.state = :live"
                + keyset + matching + " and (" + involved + ") order by p.createdAt, p.itemId", ItemRow.class)
                .setParameter("kind", KIND).setParameter("live", ItemRow.LIVE);
        params.forEach(q::setParameter);
        if (after != null) {
            q.setParameter("at", ItemStore.utc(after.at())).setParameter("afterId", after.itemId());
        }
        return q.setMaxResults(limit + 1).getResultList();
    }

    /**
     * The conditions on a trace key for a query's name words, each the start of a name word ({@code wordEnd}
     * {@code %}) or a whole one ({@code " "}), and its date of birth; their values go in {@code params}.
     */
    private static String wordsAndBirth(PeopleQuery query, String wordEnd, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < query.words().size(); i++) {
            where.append(" and k.nameWords like :word").append(i);
            params.put("word" + i, "% " + query.words().get(i) + wordEnd);
        }
        if (query.born() != null) {
            where.append(" and k.born = :born");
            params.put("born", query.born());
        }
        return where.toString();
    }

    /** An identifier typed into the search box: an NHS number, or a local authority's or provider's id. */
    private List<Person> byAnyIdentifier(EntityManager em, PeopleQuery query) {
        if (query.nhs()) {
            return byIdentifier(em, new Trace(IdentifierSystem.NHS, query.identifier(), null, null, null));
        }
        List<Person> found = new ArrayList<>();
        for (IdentifierSystem system : List.of(IdentifierSystem.LOCAL_AUTHORITY, IdentifierSystem.PROVIDER)) {
            found.addAll(byIdentifier(em, new Trace(system, query.identifier(), null, null, null)));
        }
        return found;
    }

    /** Name words, each a whole name of the person's, with the date of birth: a trace, so at most ten. */
    private List<Person> byWordsAndBirth(EntityManager em, PeopleQuery query) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<String> q = em.createQuery("select k.personId from PersonTraceKey k where k.born is not null"
                + wordsAndBirth(query, " %", params) + " order by k.personId", String.class);
        params.forEach(q::setParameter);
        List<String> ids = q.setMaxResults(TRACE_LIMIT + 1).getResultList();
        new Validation().require(ids.size() <= TRACE_LIMIT, "q",
                "more than " + TRACE_LIMIT + " people match: add a given name or search by an identifier").orThrow();
        List<Person> found = new ArrayList<>();
        for (String id : ids) {
            ItemStore.findLive(em, KIND, id).ifPresent(row -> found.add(traced(toPerson(row), null)));
        }
        return found;
    }

    @Override
    public List<Person> trace(Requester requester, Trace trace) {
        checkPractitioner(requester, null);
        checkTrace(trace);
        List<Person> found = jpa.txExpr(TransactionType.Required, em -> trace.system() != null
                ? byIdentifier(em, trace) : byNameAndBirth(em, trace));
        audit.note(requester, found.size() == 1 ? found.get(0).id() : null,
                "traced by " + describe(trace) + ": " + found.size() + " found", false);
        return found;
    }

    private static void checkTrace(Trace t) {
        boolean byIdentifier = t.system() != null;
        Validation v = new Validation();
        v.require(byIdentifier ? notBlank(t.identifier()) && t.familyName() == null && t.dateOfBirth() == null
                        && t.givenName() == null : notBlank(t.familyName()) && t.dateOfBirth() != null,
                byIdentifier ? "identifier" : "familyName",
                "trace by one identifier (nhsNumber, localAuthorityId or providerId), or by familyName with dateOfBirth");
        v.maxLength(t.identifier(), 64, "identifier").maxLength(t.familyName(), 200, "familyName")
                .maxLength(t.givenName(), 200, "givenName");
        v.require(t.system() != IdentifierSystem.NHS || t.identifier() == null || NhsNumber.isValid(t.identifier()),
                "nhsNumber", "is not a valid NHS number (ten digits with a correct check digit)");
        v.orThrow();
    }

    private List<Person> byIdentifier(EntityManager em, Trace t) {
        String value = t.system() == IdentifierSystem.NHS ? NhsNumber.normalise(t.identifier()) : t.identifier().trim();
        PersonIdentifier id = em.find(PersonIdentifier.class, new PersonIdentifier.Key(t.system().name(), value));
        if (id == null) {
            return List.of();
        }
        return ItemStore.findLive(em, KIND, id.personId()).map(row -> {
            Person p = toPerson(row);
            Person.Identifiers ids = p.identifiers();
            Person.Identifiers matched = switch (t.system()) {
                case LOCAL_AUTHORITY -> new Person.Identifiers(ids.localAuthorityId(), null, null);
                case NHS -> new Person.Identifiers(null, ids.nhsNumber(), null);
                case PROVIDER -> new Person.Identifiers(null, null, ids.providerId());
            };
            return traced(p, matched);
        }).stream().toList();
    }

    private List<Person> byNameAndBirth(EntityManager em, Trace t) {
        List<String> ids = em.createQuery("select k.personId from PersonTraceKey k"
                        + " where k.familyKey = :family and k.born = :born order by k.personId", String.class)
                .setParameter("family", PersonTraceKey.fold(t.familyName())).setParameter("born", t.dateOfBirth())
                .setMaxResults(MAX_NAME_MATCHES + 1).getResultList();
        String given = PersonTraceKey.fold(t.givenName());
        List<Person> found = new ArrayList<>();
        for (String id : ids) {
            ItemStore.findLive(em, KIND, id).map(JpaPersonService::toPerson)
                    .filter(p -> given == null || given.equals(PersonTraceKey.fold(p.givenName()))
                            || given.equals(PersonTraceKey.fold(p.preferredName())))
                    .ifPresent(p -> found.add(traced(p, null)));
        }
        new Validation().require(found.size() <= TRACE_LIMIT && ids.size() <= MAX_NAME_MATCHES,
                given == null ? "givenName" : "identifier",
                "more than " + TRACE_LIMIT + " people match: " + (given == null ? "give the given name too"
                        : "trace by an identifier")).orThrow();
        return found;
    }

    private static String describe(Trace t) {
        if (t.system() != null) {
            return t.system().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " identifier " + t.identifier();
        }
        return "family name '" + t.familyName() + "'" + (t.givenName() == null ? "" : ", given name '"
                + t.givenName() + "'") + " and date of birth " + t.dateOfBirth();
    }

    @Override
    public Person update(Requester requester, String id, long expectedVersion, Person person) {
        checkPractitioner(requester, id);
        Reader reader = reader(requester, id);
        if (reader.view != View.INVOLVED) {
            audit.note(requester, id, "refused: their agency is not involved in the person's care", false);
            throw new RecordNotFoundException("person", id);
        }
        validate(person);
        Person updated = jpa.txExpr(TransactionType.Required, em -> {
            ItemRow current = ItemStore.latestForUpdate(em, KIND, id);
            Person before = toPerson(current);
            String needsBy = needsBy(current);
            boolean seesNeeds = needsBy == null || reader.seesNeeds(needsBy, id);
            new Validation()
                    .require(Objects.equals(person.account(), before.account()) || person.account() == null,
                            "account", ACCOUNT_BY_ADMIN)
                    .require(seesNeeds || person.communicationNeeds() == null, "communicationNeeds",
                            "are not yours to change: another agency recorded them and consent does not share them")
                    .orThrow();
            String needs = seesNeeds ? person.communicationNeeds() : before.communicationNeeds();
            String nextNeedsBy = !notBlank(needs) ? null
                    : Objects.equals(needs, before.communicationNeeds()) ? needsBy : requester.agency();
            Person stored = withLoginAndNeeds(person, before.account(), needs).withIdentity(id, expectedVersion + 1);
            ItemRow next = ItemStore.revise(em, requester, current, expectedVersion, content(stored, nextNeedsBy));
            em.createQuery("delete from PersonIdentifier i where i.personId = :id and i.system <> :account")
                    .setParameter("id", id).setParameter("account", ACCOUNT).executeUpdate();
            claimIdentifiers(em, id, withLoginAndNeeds(stored, null, needs));
            traceKey(em, stored);
            recorded(em, requester, next, "changed the person's details to version " + next.version());
            return reader.show(next);
        });
        return updated;
    }

    /** The change's audit event, with the version's digest, in the change's transaction. */
    private void recorded(EntityManager em, Requester requester, ItemRow row, String what) {
        audit.recorded(em, requester, List.of(new AuditTrail.Change(row.personId(), what, false,
                List.of(ItemDigest.of(row)))));
    }

    @Override
    public List<Versioned<Person>> history(Requester requester, String id) {
        Reader reader = reader(requester, id);
        if (reader.view == View.TRACE) {
            audit.note(requester, id, "refused: their agency is not involved in the person's care", false);
            throw new RecordNotFoundException("person", id);
        }
        List<Versioned<Person>> versions = jpa.txExpr(TransactionType.Required, em -> ItemStore.history(em, KIND, id)
                .stream().map(r -> new Versioned<>(r.version(), r.state(), r.author(), r.agency(), r.recordedAt(),
                        r.reason(), reader.show(r)))
                .toList());
        if (versions.isEmpty()) {
            throw new RecordNotFoundException("person", id);
        }
        audit.note(requester, id, "read the history of the person's details", reader.disclosure.breakGlass());
        return versions;
    }

    @Override
    public Person bindAccount(Requester requester, String id, String account) {
        if (requester.role() != Role.ADMINISTRATOR) {
            audit.note(requester, id, "refused: only an administrator binds a login to a person", false);
            throw new AccessDeniedException("Only an administrator binds a login to a person");
        }
        new Validation().require(account == null || account.matches("[^\\s:,=]{1,64}"), "account",
                "is a Cofnod login: 1 to 64 characters, no spaces, ':', ',' or '='").orThrow();
        Person bound = jpa.txExpr(TransactionType.Required, em -> {
            ItemRow current = ItemStore.latestForUpdate(em, KIND, id);
            if (!ItemRow.LIVE.equals(current.state())) {
                throw new RecordNotFoundException("person", id);
            }
            Person before = toPerson(current);
            em.createQuery("delete from PersonIdentifier i where i.personId = :id and i.system = :account")
                    .setParameter("id", id).setParameter("account", ACCOUNT).executeUpdate();
            Person stored = withLoginAndNeeds(before, account, before.communicationNeeds());
            claimIdentifiers(em, id, new Person(null, null, null, null, null, null, null, null, null, null, account,
                    null));
            ItemRow next = ItemStore.revise(em, requester, current, current.version(),
                    content(stored.withIdentity(id, current.version() + 1), needsBy(current)));
            recorded(em, requester, next, account == null ? "unbound the login from the person's record"
                    : "bound the login '" + account + "' to the person's record");
            return new Person(id, (long) next.version(), null, null, null, null, null, null, null, null, account,
                    null);
        });
        return bound;
    }

    @Override
    public Optional<String> findByIdentifier(IdentifierSystem system, String value) {
        return find(system.name(), system == IdentifierSystem.NHS ? NhsNumber.normalise(value) : value);
    }

    @Override
    public Map<String, Map<IdentifierSystem, String>> identifiersOfPeopleNamed(
            Map<IdentifierSystem, String> identifiers) {
        if (identifiers.isEmpty()) {
            return Map.of();
        }
        StringBuilder named = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        identifiers.forEach((system, value) -> {
            int i = params.size() / 2;
            named.append(named.length() == 0 ? "" : " or ").append("(j.system = :s").append(i)
                    .append(" and j.value = :v").append(i).append(')');
            params.put("s" + i, system.name());
            params.put("v" + i, system == IdentifierSystem.NHS ? NhsNumber.normalise(value) : value);
        });
        return jpa.txExpr(TransactionType.Required, em -> {
            TypedQuery<PersonIdentifier> q = em.createQuery("select i from PersonIdentifier i where i.system <> :account"
                    + " and i.personId in (select j.personId from PersonIdentifier j where " + named + ")",
                    PersonIdentifier.class).setParameter("account", ACCOUNT);
            params.forEach(q::setParameter);
            Map<String, Map<IdentifierSystem, String>> people = new HashMap<>();
            for (PersonIdentifier i : q.getResultList()) {
                people.computeIfAbsent(i.personId(), p -> new java.util.EnumMap<>(IdentifierSystem.class))
                        .put(IdentifierSystem.valueOf(i.system()), i.value());
            }
            return people;
        });
    }

    @Override
    public boolean attachIdentifier(Requester requester, String personId, IdentifierSystem system, String value) {
        checkPractitioner(requester, personId);
        String given = value == null ? null : system == IdentifierSystem.NHS ? NhsNumber.normalise(value) : value.trim();
        new Validation().require(notBlank(given), "identifier", "is required")
                .maxLength(given, 64, "identifier")
                .require(system != IdentifierSystem.NHS || NhsNumber.isValid(given), "identifier",
                        "is not a valid NHS number (ten digits with a correct check digit)").orThrow();
        return jpa.txExpr(TransactionType.Required, em -> {
            ItemRow current = ItemStore.latestForUpdate(em, KIND, personId);
            if (!ItemRow.LIVE.equals(current.state())) {
                throw new RecordNotFoundException("person", personId);
            }
            Person before = toPerson(current);
            String had = identifierOf(before.identifiers(), system);
            if (given.equals(had)) {
                return false;
            }
            PersonIdentifier holder = em.find(PersonIdentifier.class, new PersonIdentifier.Key(system.name(), given));
            new Validation().require(had == null, "identifier", "the person already has another identifier of "
                    + "this system, which is never overwritten")
                    .require(holder == null, "identifier", "is already recorded for another person").orThrow();
            Person stored = withIdentifier(before, system, given).withIdentity(personId, current.version() + 1);
            ItemRow next = ItemStore.revise(em, requester, current, current.version(), content(stored,
                    needsBy(current)));
            em.persist(new PersonIdentifier(system.name(), given, personId));
            recorded(em, requester, next, requester.agency() + " attached its " + words(system) + " " + given
                    + " to the person's details");
            return true;
        });
    }

    private static String identifierOf(Person.Identifiers ids, IdentifierSystem system) {
        return switch (system) {
            case LOCAL_AUTHORITY -> ids.localAuthorityId();
            case NHS -> NhsNumber.normalise(ids.nhsNumber());
            case PROVIDER -> ids.providerId();
        };
    }

    private static Person withIdentifier(Person p, IdentifierSystem system, String value) {
        Person.Identifiers ids = p.identifiers();
        Person.Identifiers next = switch (system) {
            case LOCAL_AUTHORITY -> new Person.Identifiers(value, ids.nhsNumber(), ids.providerId());
            case NHS -> new Person.Identifiers(ids.localAuthorityId(), value, ids.providerId());
            case PROVIDER -> new Person.Identifiers(ids.localAuthorityId(), ids.nhsNumber(), value);
        };
        return new Person(p.id(), p.version(), p.givenName(), p.familyName(), p.preferredName(), p.dateOfBirth(),
                p.preferredLanguage(), p.activeOffer(), p.communicationNeeds(), next, p.account(), p.caresFor());
    }

    private static String words(IdentifierSystem system) {
        return switch (system) {
            case LOCAL_AUTHORITY -> "local authority id";
            case NHS -> "NHS number";
            case PROVIDER -> "provider id";
        };
    }

    private Optional<String> find(String system, String value) {
        return jpa.txExpr(TransactionType.Required, em -> Optional.ofNullable(
                em.find(PersonIdentifier.class, new PersonIdentifier.Key(system, value)))
                .map(PersonIdentifier::personId));
    }

    @Override
    public Optional<String> findByAccount(String account) {
        return find(ACCOUNT, account);
    }

    /** How much of a person's details a reader sees (docs/access.md). */
    private enum View { OWN, INVOLVED, TRACE }

    /** One reader of one person's details: how much they see, and what consent discloses to them. */
    private static final class Reader {
        private final View view;
        private final Disclosure disclosure;

        Reader(View view, Disclosure disclosure) {
            this.view = view;
            this.disclosure = disclosure;
        }

        /** Communication needs are in the record: the agency that recorded them, or a grant of their category. */
        boolean seesNeeds(String needsBy, String personId) {
            return disclosure.allows(needsBy, RecordCategory.COMMUNICATION_NEEDS, personId, List.of());
        }

        Person show(ItemRow row) {
            Person p = toPerson(row);
            return switch (view) {
                case OWN -> p;
                case INVOLVED -> involved(p, seesNeeds(needsBy(row), p.id()));
                case TRACE -> traced(p, null);
            };
        }
    }

    /**
     * The person reads their own details; a practitioner, for a purpose the sharing policy accepts, those of a
     * person their agency is involved with, or else the trace fields. Everyone else is refused.
     */
    private Reader reader(Requester requester, String id) {
        if (requester.role() == Role.PERSON) {
            refuseCommissioning(requester, id);
            if (findByAccount(requester.user()).filter(id::equals).isEmpty()) {
                audit.note(requester, id, "refused: not the person's own details", false);
                throw new RecordNotFoundException("person", id);
            }
            return new Reader(View.OWN, Disclosure.everything("the person's own details"));
        }
        checkPractitioner(requester, id);
        Disclosure disclosure = policy.disclosure(requester, id);
        return new Reader(involvement.involved(requester, disclosure, id) ? View.INVOLVED : View.TRACE, disclosure);
    }

    /** The details an involved practitioner sees: never the login; communication needs only if consent shares them. */
    private static Person involved(Person p, boolean withNeeds) {
        return withLoginAndNeeds(p, null, withNeeds ? p.communicationNeeds() : null);
    }

    /** What a trace answers: names, date of birth, language, and the identifier matched if any. */
    private static Person traced(Person p, Person.Identifiers matched) {
        return new Person(p.id(), p.version(), p.givenName(), p.familyName(), p.preferredName(), p.dateOfBirth(),
                p.preferredLanguage(), null, null, matched, null, null);
    }

    private static Person withLoginAndNeeds(Person p, String account, String needs) {
        return new Person(p.id(), p.version(), p.givenName(), p.familyName(), p.preferredName(), p.dateOfBirth(),
                p.preferredLanguage(), p.activeOffer(), needs, p.identifiers(), account, p.caresFor());
    }

    /** Practitioners, for any purpose but commissioning, find and record people; nobody else does. */
    private void checkPractitioner(Requester requester, String id) {
        if (requester.role() != Role.PRACTITIONER) {
            audit.note(requester, id, "refused: " + requester.role().wireName() + "s do not read or record people",
                    false);
            throw new AccessDeniedException("Only practitioners find and record people; commissioners see reports");
        }
        if (requester.purpose() == null) {
            audit.note(requester, id, "refused: no purpose of use", false);
            throw new AccessDeniedException("A purpose of use is required to find or read a person");
        }
        refuseCommissioning(requester, id);
    }

    /** Purpose commissioning never reads anything person-level, whoever asks, the person included. */
    private void refuseCommissioning(Requester requester, String id) {
        if (requester.purpose() == Purpose.COMMISSIONING) {
            audit.note(requester, id, "refused: commissioning never reads a person's details", false);
            throw new AccessDeniedException("Commissioning sees de-identified reports only, never a person's details");
        }
    }

    static void validate(Person p) {
        Validation v = new Validation();
        v.require(notBlank(p.givenName()) || notBlank(p.familyName()), "givenName",
                "a person needs at least one name (givenName or familyName)");
        v.maxLength(p.givenName(), 200, "givenName").maxLength(p.familyName(), 200, "familyName")
                .maxLength(p.preferredName(), 200, "preferredName")
                .maxLength(p.communicationNeeds(), MAX_TEXT, "communicationNeeds");
        v.requireOneOf(p.preferredLanguage(), LANGUAGES, "preferredLanguage");
        v.dateOfBirth(p.dateOfBirth(), "dateOfBirth");
        String nhs = p.identifiers().nhsNumber();
        v.require(nhs == null || NhsNumber.isValid(nhs), "identifiers.nhsNumber",
                "is not a valid NHS number (ten digits with a correct check digit)");
        v.maxLength(p.identifiers().localAuthorityId(), 64, "identifiers.localAuthorityId")
                .maxLength(p.identifiers().providerId(), 64, "identifiers.providerId")
                .maxLength(p.account(), 64, "account");
        v.require(p.activeOffer() == null || !p.activeOffer().made() || p.activeOffer().madeAt() != null,
                "activeOffer.madeAt", "is required when the Active Offer was made");
        if (p.activeOffer() != null) {
            v.eventTime(p.activeOffer().madeAt() == null ? null : p.activeOffer().madeAt().toInstant(),
                    "activeOffer.madeAt").maxLength(p.activeOffer().madeBy(), 200, "activeOffer.madeBy");
        }
        v.ids(p.caresFor(), "caresFor");
        v.orThrow();
        v.fitsStorage(p, ItemRow.BODY_CHARS, "person").orThrow();
    }

    /** Each identifier may name one person only; a clash is a validation error, never a silent duplicate. */
    private static void claimIdentifiers(EntityManager em, String personId, Person person) {
        Person.Identifiers ids = person.identifiers();
        Map<String, String> wanted = new LinkedHashMap<>();
        putIfPresent(wanted, ACCOUNT, person.account());
        putIfPresent(wanted, IdentifierSystem.LOCAL_AUTHORITY.name(), ids.localAuthorityId());
        putIfPresent(wanted, IdentifierSystem.NHS.name(), NhsNumber.normalise(ids.nhsNumber()));
        putIfPresent(wanted, IdentifierSystem.PROVIDER.name(), ids.providerId());
        Validation v = new Validation();
        wanted.forEach((system, value) -> {
            PersonIdentifier existing = em.find(PersonIdentifier.class, new PersonIdentifier.Key(system, value));
            v.require(existing == null || existing.personId().equals(personId), fieldOf(system),
                    "is already recorded for another person");
        });
        v.orThrow();
        wanted.forEach((system, value) -> em.persist(new PersonIdentifier(system, value, personId)));
    }

    private static String fieldOf(String system) {
        if (ACCOUNT.equals(system)) {
            return "account";
        }
        return switch (IdentifierSystem.valueOf(system)) {
            case LOCAL_AUTHORITY -> "identifiers.localAuthorityId";
            case NHS -> "identifiers.nhsNumber";
            case PROVIDER -> "identifiers.providerId";
        };
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (notBlank(value)) {
            map.put(key, value);
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    /** The details as stored: the person's, and which agency recorded their communication needs. */
    private static ItemStore.Content content(Person p, String needsBy) {
        return new ItemStore.Content(new StoredPerson(p, needsBy), p.caresFor(), null, "person", null);
    }

    private record StoredPerson(@JsonUnwrapped Person person, String communicationNeedsBy) {
    }

    private record NeedsBy(String communicationNeedsBy) {
    }

    private static String needsBy(ItemRow row) {
        return StoredJson.read(row.body(), NeedsBy.class).communicationNeedsBy();
    }

    private static void traceKey(EntityManager em, Person p) {
        PersonTraceKey key = em.find(PersonTraceKey.class, p.id());
        if (key == null) {
            key = new PersonTraceKey(p.id());
            em.persist(key);
        }
        key.set(p.givenName(), p.familyName(), p.preferredName(), p.dateOfBirth());
    }

    private static Person toPerson(ItemRow row) {
        return StoredJson.read(row.body(), Person.class).withIdentity(row.itemId(), row.version());
    }
}
