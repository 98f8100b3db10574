package cymru.cofnod.outcomes.internal;

import cymru.cofnod.core.api.InList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityManager;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * How many times a person's record has been written: moved on in every transaction that writes in it, so that
 * every Cofnod node on the database sees the write at its next read and asks again what consent hides of the
 * record ({@link WhatConsentHides}). Made with the person, so two nodes never race to make it.
 */
@Entity
@Table(name = "OUTCOMES_GENERATION")
public class RecordGeneration {

    @Id
    @Column(name = "PERSON_ID", length = 36)
    private String personId;

    @Column(name = "GENERATION", nullable = false)
    private long generation;

    public RecordGeneration() {
        // for JPA
    }

    private RecordGeneration(String personId, long generation) {
        this.personId = personId;
        this.generation = generation;
    }

    /** In the transaction that records the person. */
    static void first(EntityManager em, String personId) {
        em.persist(new RecordGeneration(personId, 0));
    }

    /**
     * In a write's transaction, last (the rows stay locked until it commits): these people's records changed. A
     * person recorded before generations were kept gets their row now.
     */
    static void moveOn(EntityManager em, Collection<String> personIds) {
        // in one order, so that two writers of the same people lock their rows in the same order
        for (List<String> ids : InList.pieces(new TreeSet<>(personIds))) {
            int moved = em.createQuery("update RecordGeneration g set g.generation = g.generation + 1"
                    + " where g.personId in :ids").setParameter("ids", ids).executeUpdate();
            if (moved < ids.size()) {
                Set<String> missing = new HashSet<>(ids);
                missing.removeAll(em.createQuery("select g.personId from RecordGeneration g where g.personId in :ids",
                        String.class).setParameter("ids", ids).getResultList());
                missing.forEach(p -> em.persist(new RecordGeneration(p, 1)));
            }
        }
    }

    /** The person's generation as committed now: one read by the primary key; 0 for a person without a row. */
    static long of(EntityManager em, String personId) {
        List<Long> found = em.createQuery("select g.generation from RecordGeneration g where g.personId = :p",
                Long.class).setParameter("p", personId).getResultList();
        return found.isEmpty() ? 0 : found.get(0);
    }
}
