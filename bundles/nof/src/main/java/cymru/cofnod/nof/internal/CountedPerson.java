package cymru.cofnod.nof.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * A person (by key) whose outcomes the counts hold. Every change to the counts first updates this row, so the
 * changes to one person's counts follow one another, on one node or several; a full recount locks the table.
 * Written by SQL only; mapped for the schema.
 */
@Entity
@Table(name = "NOF_COUNTED_PERSON")
public class CountedPerson {

    @Id
    @Column(name = "PERSON_KEY", length = 64)
    private String personKey;

    @Column(name = "CHANGES", nullable = false)
    private long changes;

    protected CountedPerson() {
    }
}
