package cymru.cofnod.outcomes.internal;

import cymru.cofnod.core.api.StoredJson;
import cymru.cofnod.consent.api.AuditTrail;
import cymru.cofnod.core.api.AccessDeniedException;
import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.RecordNotFoundException;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.core.api.Validation;
import cymru.cofnod.outcomes.api.NhsNumber;
import cymru.cofnod.outcomes.api.Person;
import cymru.cofnod.outcomes.api.PersonService;
import cymru.cofnod.outcomes.api.Versioned;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** People, stored as versioned items of kind {@code person} with their identifiers indexed for matching. */
@Component(service = PersonService.class)
public class JpaPersonService implements PersonService {

    static final String KIND = "person";
    static final Set<String> LANGUAGES = Set.of("cy", "en");
    static final int MAX_TEXT = 2000;
    /** A login is claimed like an identifier, so one account is one person. */
    static final String ACCOUNT = "ACCOUNT";

    @Reference(target = "(osgi.unit.name=cofnod-outcomes)")
    private JpaTemplate jpa;

    @Reference
    private AuditTrail audit;

    public JpaPersonService() {
        // for DS
    }

    JpaPersonService(JpaTemplate jpa, AuditTrail audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    @Override
    public Person create(Requester requester, Person person) {
        checkPractitioner(requester, null);
        validate(person);
        Person created = jpa.txExpr(TransactionType.Required, em -> {
            String id = ItemStore.newId();
            Person stored = person.withIdentity(id, 1);
            claimIdentifiers(em, id, stored);
            ItemRow row = ItemStore.insert(em, requester, id, KIND, id, null, content(stored));
            recorded(em, requester, row, "recorded a new person");
            return stored;
        });
        return created;
    }

    @Override
    public Person get(Requester requester, String id) {
        checkMayRead(requester, id);
        Person person = jpa.txExpr(TransactionType.Required, em -> toPerson(ItemStore.live(em, KIND, id)));
        audit.note(requester, id, "read the person's details", false);
        return person;
    }

    @Override
    public Page<Person> list(Requester requester, PageRequest page) {
        if (requester.role() == Role.PERSON) {
            // the person finds themselves, and nobody else
            List<Person> own = findByAccount(requester.user()).map(id -> get(requester, id)).stream().toList();
            return new Page<>(own, null, false);
        }
        checkPractitioner(requester, null);
        Page<Person> result = jpa.txExpr(TransactionType.Required, em -> {
            Cursor after = page.cursor() == null ? null : Cursor.decode(page.cursor());
            List<ItemRow> rows = ItemStore.registryPage(em, KIND, after, page.limit());
            boolean more = rows.size() > page.limit();
            List<Person> people = new ArrayList<>();
            for (ItemRow row : more ? rows.subList(0, page.limit()) : rows) {
                people.add(toPerson(row));
            }
            String next = null;
            if (more) {
                ItemRow last = rows.get(page.limit() - 1);
                next = new Cursor(last.createdAt(), last.itemId()).encode();
            }
            return new Page<>(people, next, false);
        });
        audit.note(requester, null, "listed " + result.items().size() + " people", false);
        return result;
    }

    @Override
    public Person update(Requester requester, String id, long expectedVersion, Person person) {
        checkPractitioner(requester, id);
        validate(person);
        Person updated = jpa.txExpr(TransactionType.Required, em -> {
            Person stored = person.withIdentity(id, expectedVersion + 1);
            ItemRow next = ItemStore.revise(em, requester, ItemStore.latestForUpdate(em, KIND, id), expectedVersion,
                    content(stored));
            em.createQuery("delete from PersonIdentifier i where i.personId = :id").setParameter("id", id)
                    .executeUpdate();
            claimIdentifiers(em, id, stored);
            recorded(em, requester, next, "changed the person's details to version " + next.version());
            return toPerson(next);
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
        checkMayRead(requester, id);
        audit.note(requester, id, "read the history of the person's details", false);
        return jpa.txExpr(TransactionType.Required, em -> ItemStore.history(em, KIND, id).stream()
                .map(r -> new Versioned<>(r.version(), r.state(), r.author(), r.agency(), r.recordedAt(),
                        r.reason(), toPerson(r)))
                .toList());
    }

    @Override
    public Optional<String> findByIdentifier(IdentifierSystem system, String value) {
        return find(system.name(), system == IdentifierSystem.NHS ? NhsNumber.normalise(value) : value);
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

    /**
     * Practitioners find and record people (identity is needed to match and refer; the record itself is
     * consent's to share); the person sees their own details; commissioners and administrators neither.
     */
    private void checkMayRead(Requester requester, String id) {
        if (requester.role() == Role.PERSON) {
            if (findByAccount(requester.user()).filter(id::equals).isEmpty()) {
                audit.note(requester, id, "refused: not the person's own details", false);
                throw new RecordNotFoundException("person", id);
            }
            return;
        }
        checkPractitioner(requester, id);
    }

    private void checkPractitioner(Requester requester, String id) {
        if (requester.role() != Role.PRACTITIONER) {
            audit.note(requester, id, "refused: " + requester.role().wireName() + "s do not read or record people",
                    false);
            throw new AccessDeniedException("Only practitioners find and record people; commissioners see reports");
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
        v.require(p.dateOfBirth() == null || !p.dateOfBirth().isAfter(LocalDate.now()), "dateOfBirth",
                "is in the future");
        String nhs = p.identifiers().nhsNumber();
        v.require(nhs == null || NhsNumber.isValid(nhs), "identifiers.nhsNumber",
                "is not a valid NHS number (ten digits with a correct check digit)");
        v.maxLength(p.identifiers().localAuthorityId(), 64, "identifiers.localAuthorityId")
                .maxLength(p.identifiers().providerId(), 64, "identifiers.providerId")
                .maxLength(p.account(), 64, "account");
        v.require(p.activeOffer() == null || !p.activeOffer().made() || p.activeOffer().madeAt() != null,
                "activeOffer.madeAt", "is required when the Active Offer was made");
        v.orThrow();
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

    private static ItemStore.Content content(Person p) {
        return new ItemStore.Content(p, p.caresFor(), null, "person", null);
    }

    private static Person toPerson(ItemRow row) {
        return StoredJson.read(row.body(), Person.class).withIdentity(row.itemId(), row.version());
    }
}
