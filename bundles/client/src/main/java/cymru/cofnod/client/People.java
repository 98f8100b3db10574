package cymru.cofnod.client;

import cymru.cofnod.core.api.Page;
import cymru.cofnod.outcomes.api.Person;
import cymru.cofnod.outcomes.api.Versioned;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** {@code /people}: one's own caseload, a trace by identifier, a person's details and their versions. */
public final class People {

    private final Calls calls;

    People(Calls calls) {
        this.calls = calls;
    }

    /** The people on the asker's own caseload. */
    public Page<Person> caseload(Cursor at) {
        return calls.get(Query.of("/people").page(at), Calls.pageOf(Person.class));
    }

    /** The person an agency's identifier names: at most one, and only when the asker may see them. */
    public Page<Person> trace(Person.Identifiers known) {
        return calls.get(Query.of("/people").and("nhsNumber", known.nhsNumber())
                .and("localAuthorityId", known.localAuthorityId()).and("providerId", known.providerId()),
                Calls.pageOf(Person.class));
    }

    /** The person of this family name born on this day, as the Personal Demographics Service traces. */
    public Page<Person> trace(String familyName, LocalDate dateOfBirth) {
        return calls.get(Query.of("/people").and("familyName", familyName).and("dateOfBirth", dateOfBirth),
                Calls.pageOf(Person.class));
    }

    public Person read(String id) {
        return calls.get(path(id), Person.class);
    }

    public Person create(Person person) {
        return calls.post("/people", person, Person.class);
    }

    /** A new version of the person's details, made from {@code person.version()}, the one the writer read. */
    public Person update(Person person) {
        return calls.put(path(person.id()), person, person.version(), Person.class);
    }

    public List<Versioned<Person>> history(String id) {
        return calls.get(path(id) + "/history", Calls.listOf(Calls.type(Versioned.class, Person.class)));
    }

    /** Binds the person's own login to their record. */
    public Person bindAccount(String id, String account) {
        return calls.put(path(id) + "/account", Map.of("account", account), null, Person.class);
    }

    static String path(String id) {
        return "/people/" + Query.segment(id);
    }
}
