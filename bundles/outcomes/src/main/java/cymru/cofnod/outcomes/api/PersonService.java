package cymru.cofnod.outcomes.api;

import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Requester;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** People who use care and support, and carers: the root of every record. */
public interface PersonService {

    /** A practitioner records a person; their agency becomes involved. A login is never given here. */
    Person create(Requester requester, Person person);

    /**
     * The person's details as the requester may see them (docs/access.md): whole to the person; to an involved
     * practitioner without the login, and with communication needs only as consent allows; the trace fields to
     * any other practitioner.
     *
     * @throws cymru.cofnod.core.api.RecordNotFoundException when there is no such person
     */
    Person get(Requester requester, String id);

    /**
     * A practitioner's caseload: the people their agency is involved with, in the order first recorded,
     * keyset-paged, without communication needs; the person, themselves.
     */
    Page<Person> list(Requester requester, PageRequest page);

    /**
     * One search box, answered by the server (docs/access.md): name words in any order, accents, case and extra
     * spaces ignored, or a date of birth (ISO or dd/mm/yyyy), or both alone, search the practitioner's caseload,
     * keyset-paged as {@link #list} is; an identifier (an NHS number with or without spaces or hyphens, a local
     * authority's or provider's id), or name words with a date of birth, are a trace beyond it and answer as
     * {@link #trace} does, in one page. Audited, whatever it finds.
     *
     * @throws cymru.cofnod.core.api.ValidationException naming {@code q} for a query that cannot be read, or a trace
     *                                                   that matches more than {@value #TRACE_LIMIT} people
     */
    Page<Person> search(Requester requester, String q, PageRequest page);

    /**
     * Finds people by one identifier, or by family name and date of birth (and the given name, if known), as the
     * Personal Demographics Service does: at most {@value #TRACE_LIMIT}, each with the trace fields and the one
     * identifier matched. Audited, whatever it finds.
     */
    List<Person> trace(Requester requester, Trace trace);

    /**
     * Records a new version of the details, by a practitioner of an involved agency; the one before stays in the
     * history. The login is not changed here.
     *
     * @throws cymru.cofnod.core.api.StaleVersionException when {@code expectedVersion} is not the current one
     */
    Person update(Requester requester, String id, long expectedVersion, Person person);

    /** Every version of the details, each as the requester may see it; for the person and involved agencies. */
    List<Versioned<Person>> history(Requester requester, String id);

    /**
     * Binds a login to the person (null unbinds): an administrator's act, versioned, audited and shown in the
     * person's access log. Answers only the id, version and login, since administrators do not read records.
     */
    Person bindAccount(Requester requester, String id, String account);

    /** The person an agency's identifier names, if any: how adapters match people. */
    Optional<String> findByIdentifier(IdentifierSystem system, String value);

    /**
     * Every identifier of each person that one of {@code identifiers} names, by person id, in one look: how ingest
     * matches an item and checks that all its identifiers belong to the one person it names. NHS numbers are
     * compared and answered without spaces or hyphens. No audit: it answers ids, never a person's details.
     */
    Map<String, Map<IdentifierSystem, String>> identifiersOfPeopleNamed(Map<IdentifierSystem, String> identifiers);

    /**
     * Adds one identifier a person had none of in that system, as the requester's agency knows them: a new version
     * of the details, audited with who, which person and which identifier. The same identifier again changes
     * nothing and answers false. Never overwrites: the person having another identifier of that system, or the
     * identifier naming another person, is refused.
     *
     * @throws cymru.cofnod.core.api.ValidationException naming {@code identifier} when it is refused
     * @throws cymru.cofnod.core.api.RecordNotFoundException when there is no such person
     */
    boolean attachIdentifier(Requester requester, String personId, IdentifierSystem system, String value);

    /** The person a login belongs to, if that user is a person who uses Cofnod. */
    Optional<String> findByAccount(String account);

    /** The identifier systems agencies match people by. */
    enum IdentifierSystem { LOCAL_AUTHORITY, NHS, PROVIDER }

    /** The most people one trace by name and date of birth answers with. */
    int TRACE_LIMIT = 10;

    /**
     * What a trace looks for: {@code system} with {@code identifier}, or {@code familyName} with
     * {@code dateOfBirth} (and {@code givenName} to narrow it).
     */
    record Trace(IdentifierSystem system, String identifier, String familyName, LocalDate dateOfBirth,
                 String givenName) {
    }
}
