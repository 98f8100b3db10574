package cymru.cofnod.outcomes.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/**
 * What a trace by name and date of birth, and a search, look a person up by: their family name, folded as a trace
 * compares it, all their names' words folded as a search compares them ({@link PeopleQuery#nameWords}), and their
 * date of birth, kept beside the person's versioned details so that a trace reads an index, never the population.
 */
@Entity
@Table(name = "OUTCOMES_TRACE", indexes = {
    @Index(name = "OUTCOMES_TRACE_NAME_BORN", columnList = "FAMILY_KEY,BORN"),
    @Index(name = "OUTCOMES_TRACE_BORN", columnList = "BORN")
})
public class PersonTraceKey {

    @Id
    @Column(name = "PERSON_ID", length = 36)
    private String personId;

    @Column(name = "FAMILY_KEY", length = 200)
    private String familyKey;

    @Column(name = "BORN")
    private LocalDate born;

    @Column(name = "NAME_WORDS", length = 700)
    private String nameWords;

    public PersonTraceKey() {
        // for JPA
    }

    PersonTraceKey(String personId) {
        this.personId = personId;
    }

    String personId() {
        return personId;
    }

    void set(String givenName, String familyName, String preferredName, LocalDate dateOfBirth) {
        this.familyKey = fold(familyName);
        this.born = dateOfBirth;
        this.nameWords = PeopleQuery.nameWords(givenName, preferredName, familyName);
    }

    /** A family name as a trace compares it: composed, trimmed, single-spaced, in lower case. */
    static String fold(String familyName) {
        if (familyName == null || familyName.isBlank()) {
            return null;
        }
        return Normalizer.normalize(familyName, Normalizer.Form.NFC).trim().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
