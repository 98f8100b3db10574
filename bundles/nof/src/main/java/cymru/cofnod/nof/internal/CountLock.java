package cymru.cofnod.nof.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * A lock row of the report counts. Each person's changes take the row of their stripe (a hash of their key), so
 * the changes to one person's counts follow one another, on one node or several; one more row is taken by
 * whoever adds cells not counted before, so no cell is made twice; a full recount locks the table. Made once,
 * written by SQL only; mapped for the schema.
 */
@Entity
@Table(name = "NOF_COUNT_LOCK")
public class CountLock {

    @Id
    @Column(name = "STRIPE")
    private int stripe;

    @Column(name = "CHANGES", nullable = false)
    private long changes;

    protected CountLock() {
    }
}
