package cymru.cofnod.consent.internal;

import cymru.cofnod.core.api.InList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityManager;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * How many times a person's standing directives have changed: moved on in the transaction that gives or withdraws
 * one, so that every Cofnod node on the database sees the change at its next read and drops what it kept of the
 * person's directives. A person no directive was ever given for has no row: generation 0.
 */
@Entity
@Table(name = "CONSENT_GENERATION")
public class StandingGeneration {

    @Id
    @Column(name = "PERSON_ID", length = 36)
    private String personId;

    @Column(name = "GENERATION", nullable = false)
    private long generation;

    public StandingGeneration() {
        // for JPA
    }

    private StandingGeneration(String personId) {
        this.personId = personId;
    }

    /** Made before the first change, in a transaction of its own ({@link FirstRow}). */
    static StandingGeneration first(String personId) {
        return new StandingGeneration(personId);
    }

    /**
     * In the change's transaction: the person's directives changed. A person whose directives were given before
     * generations were kept gets their row now.
     */
    static void moveOn(EntityManager em, String personId) {
        int moved = em.createQuery("update StandingGeneration g set g.generation = g.generation + 1"
                + " where g.personId = :p").setParameter("p", personId).executeUpdate();
        if (moved == 0) {
            StandingGeneration made = first(personId);
            made.generation = 1;
            em.persist(made);
        }
    }

    /** The generation of each of these people, one indexed read per 500 of them; 0 for those with none. */
    static Map<String, Long> of(EntityManager em, Collection<String> personIds) {
        Map<String, Long> found = new HashMap<>();
        for (List<String> ids : InList.pieces(personIds)) {
            em.createQuery("select g from StandingGeneration g where g.personId in :ids", StandingGeneration.class)
                    .setHint("eclipselink.read-only", Boolean.TRUE)
                    .setParameter("ids", ids).getResultList()
                    .forEach(g -> found.put(g.personId, g.generation));
        }
        return found;
    }
}
