package cymru.cofnod.meetings.internal;

import java.util.List;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityManager;
import javax.persistence.Id;
import javax.persistence.Table;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * How many times a person's meetings and plans have been written: moved on in the transaction of every meeting
 * recorded and every plan version written, so that every Cofnod node on the database sees the write at its next
 * list and asks again whether consent withholds any of them ({@link WhatIsWithheld}). A person nothing was ever
 * written for has no row: generation 0.
 */
@Entity
@Table(name = "MEETINGS_GENERATION")
public class MeetingsGeneration {

    @Id
    @Column(name = "PERSON_ID", length = 36)
    private String personId;

    @Column(name = "GENERATION", nullable = false)
    private long generation;

    public MeetingsGeneration() {
        // for JPA
    }

    private MeetingsGeneration(String personId) {
        this.personId = personId;
    }

    /**
     * Before the person's first write, in a transaction of its own: two nodes writing a person's first meeting at
     * once both find the row made, whichever insert won, and neither write fails for it.
     */
    static void made(JpaTemplate jpa, String personId) {
        if (exists(jpa, personId)) {
            return;
        }
        try {
            jpa.tx(TransactionType.Required, em -> em.persist(new MeetingsGeneration(personId)));
        } catch (RuntimeException e) {
            if (!exists(jpa, personId)) {
                throw e;
            }
        }
    }

    /** In the write's transaction, last: the row stays locked until the write commits. */
    static void moveOn(EntityManager em, String personId) {
        em.createQuery("update MeetingsGeneration g set g.generation = g.generation + 1 where g.personId = :p")
                .setParameter("p", personId).executeUpdate();
    }

    /** The person's generation as committed now: one read by the primary key. */
    static long of(EntityManager em, String personId) {
        List<Long> found = em.createQuery("select g.generation from MeetingsGeneration g where g.personId = :p",
                Long.class).setParameter("p", personId).getResultList();
        return found.isEmpty() ? 0 : found.get(0);
    }

    private static boolean exists(JpaTemplate jpa, String personId) {
        return jpa.txExpr(TransactionType.Required, em -> em.find(MeetingsGeneration.class, personId)) != null;
    }
}
