package cymru.cofnod.outcomes.internal;

import java.io.Serializable;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Index;
import javax.persistence.Table;

/**
 * One identifier an agency knows a person by (local authority id, NHS number, provider id). The
 * primary key makes one identifier name one person only, so matching can never be ambiguous.
 */
@Entity
@IdClass(PersonIdentifier.Key.class)
@Table(name = "OUTCOMES_IDENTIFIER", indexes = @Index(name = "OUTCOMES_IDENTIFIER_PERSON", columnList = "PERSON_ID"))
public class PersonIdentifier {

    @Id
    @Column(name = "ID_SYSTEM", length = 32)
    private String system;

    @Id
    @Column(name = "ID_VALUE", length = 64)
    private String value;

    @Column(name = "PERSON_ID", length = 36, nullable = false)
    private String personId;

    public PersonIdentifier() {
        // for JPA
    }

    PersonIdentifier(String system, String value, String personId) {
        this.system = system;
        this.value = value;
        this.personId = personId;
    }

    public String personId() {
        return personId;
    }

    public String system() {
        return system;
    }

    public String value() {
        return value;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String system;
        private String value;

        public Key() {
            // for JPA
        }

        public Key(String system, String value) {
            this.system = system;
            this.value = value;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.system, system) && Objects.equals(k.value, value);
        }

        @Override
        public int hashCode() {
            return Objects.hash(system, value);
        }
    }
}
