package cymru.cofnod.nof.internal;

import cymru.cofnod.consent.api.PersonDirectory;
import cymru.cofnod.core.api.JobLeases;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.core.api.Validation;
import cymru.cofnod.nof.api.NofFacts;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Outcome;
import cymru.cofnod.outcomes.api.RecordItem;
import cymru.cofnod.outcomes.api.RecordListener;
import cymru.cofnod.outcomes.api.RecordService;
import cymru.cofnod.outcomes.api.Review;
import java.time.Duration;
import cymru.cofnod.schema.api.MigratedSchema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the de-identified facts reports count (and, apart from them, each outcome's words shortened and
 * without names, for stories that consent lets beside a report), from every committed change to a record (outcomes and
 * reviews), and rebuilds them when asked by having the record service replay every live outcome and
 * review to it (administrators never read records themselves). At first start with an empty fact
 * table it rebuilds once in the background, so records written before this bundle listened count too.
 * Changes are applied one at a time (in this node, and across nodes by locking the outcome's fact row), and a
 * newer outcome version always wins, so the listener and a rebuild running together end in the same facts.
 */
@Component(service = {RecordListener.class, NofFacts.class}, immediate = true,
        reference = @Reference(name = "schema", service = MigratedSchema.class, target = "(cofnod.schema=cofnod-nof)"))
public class JpaNofFacts implements RecordListener, NofFacts {

    private static final Logger LOG = LoggerFactory.getLogger(JpaNofFacts.class);
    private static final String NO_AGENCY = "none";
    static final String REBUILD = "nof-facts-rebuild";
    /** Longer than a rebuild of a large record takes; a node that dies holding it holds it no longer after. */
    private static final Duration REBUILD_LEASE = Duration.ofHours(1);

    @Reference(target = "(osgi.unit.name=cofnod-nof)")
    private JpaTemplate jpa;

    /** The names each person is known by, taken out of their stories. */
    @Reference
    private PersonDirectory people;

    /** A rebuild runs on one node at a time: two at once on one database would insert the same facts. */
    @Reference
    private JobLeases leases;

    /**
     * Optional and dynamic: the record service binds this listener, so a mandatory reference back to it
     * would be a cycle. It is only needed to rebuild.
     */
    private volatile RecordService records;

    private volatile PersonKeys keys;
    private final AtomicBoolean firstRebuild = new AtomicBoolean();
    private final ExecutorService background =
            Executors.newSingleThreadExecutor(r -> new Thread(r, "cofnod-nof-facts-rebuild"));

    public JpaNofFacts() {
    }

    JpaNofFacts(JpaTemplate jpa, RecordService records, PersonDirectory people, JobLeases leases) {
        this.jpa = jpa;
        this.records = records;
        this.people = people;
        this.leases = leases;
        this.keys = prepared();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindRecords(RecordService service) {
        records = service;
        rebuildIfFirstStart();
    }

    void unbindRecords(RecordService service) {
        if (records == service) {
            records = null;
        }
    }

    @Activate
    void activate() {
        keys = prepared();
        rebuildIfFirstStart();
        recountIfNeverCounted();
    }

    /** This installation's person keys, and the report counts' lock rows made if they are not yet. */
    private PersonKeys prepared() {
        for (int attempt = 1; ; attempt++) {
            try {
                return jpa.txExpr(TransactionType.Required, em -> {
                    Counts.prepare(em);
                    return PersonKeys.of(em);
                });
            } catch (RuntimeException e) {
                // two nodes starting together on a new database: one insert wins, the other reads the winner's
                if (attempt == 2) {
                    throw e;
                }
            }
        }
    }

    @Deactivate
    void deactivate() {
        background.shutdownNow();
    }

    /** With no facts yet and the record service at hand, rebuild once, in the background. */
    private void rebuildIfFirstStart() {
        if (keys == null || records == null || count() > 0 || !firstRebuild.compareAndSet(false, true)) {
            return;
        }
        background.submit(() -> {
            try {
                // another node may have rebuilt meanwhile: asked again under the lease
                leases.runOnce(REBUILD, REBUILD_LEASE, () -> {
                    if (count() == 0) {
                        LOG.info("NOF facts rebuilt from {} outcomes at first start", rebuildAll(Requester.system(null)));
                    }
                });
            } catch (RuntimeException e) {
                LOG.warn("NOF facts could not be rebuilt at start; run cofnod:nof-rebuild-facts", e);
            }
        });
    }

    /** Facts kept before the counts were (an upgrade): count them once, in the background. */
    private void recountIfNeverCounted() {
        if (count() == 0 || !jpa.txExpr(TransactionType.Required, Counts::none)) {
            return;
        }
        background.submit(() -> {
            try {
                // another node may have counted meanwhile: asked again under the rebuild's lease
                leases.runOnce(REBUILD, REBUILD_LEASE, () -> {
                    if (jpa.txExpr(TransactionType.Required, Counts::none)) {
                        int cells = jpa.txExpr(TransactionType.Required, em -> Counts.recount(em));
                        LOG.info("NOF report counts made: {} cells", cells);
                    }
                });
            } catch (RuntimeException e) {
                LOG.warn("NOF report counts could not be made at start; run cofnod:nof-rebuild-facts", e);
            }
        });
    }

    @Override
    public void changed(RecordChange change) {
        changed(change, true);
    }

    /** Takes one change into the facts, and into the report counts unless a recount follows anyway. */
    private void changed(RecordChange change, boolean counting) {
        if (change.item() instanceof Outcome outcome) {
            outcome(outcome, change.personId(), change.version(), change.state(), change.agency(), known(change),
                    counting);
        } else if (change.item() instanceof Review review && FactRow.LIVE.equals(change.state())) {
            review(review, change.personId(), counting);
        }
    }

    @Override
    public int rebuild(Requester requester) {
        Access.require(requester, "rebuild the report facts", Role.ADMINISTRATOR);
        int[] outcomes = {0};
        boolean ran = leases.runOnce(REBUILD, REBUILD_LEASE, () -> outcomes[0] = rebuildAll(requester));
        new Validation().require(ran, "facts", "are being rebuilt by another Cofnod node (see cofnod:jobs); "
                + "try again when it has finished").orThrow();
        return outcomes[0];
    }

    @Override
    public long count(Requester requester) {
        Access.require(requester, "count the report facts", Role.ADMINISTRATOR, Role.COMMISSIONER);
        return count();
    }

    private long count() {
        return jpa.txExpr(TransactionType.Required, em -> em
                .createQuery("select count(f) from FactRow f where f.state = :s", Long.class)
                .setParameter("s", FactRow.LIVE).getSingleResult());
    }

    /** The record service hands every live outcome, then every live review, to this listener. */
    private int rebuildAll(Requester requester) {
        RecordService service = records;
        if (service == null) {
            throw new IllegalStateException("The record service is not running; start cofnod-outcomes first");
        }
        int[] outcomes = {0};
        service.replay(requester, Set.of(ItemKind.OUTCOME, ItemKind.REVIEW), change -> {
            changed(change, false);
            if (change.item() instanceof Outcome) {
                outcomes[0]++;
            }
        });
        jpa.tx(TransactionType.Required, em -> Counts.recount(em));
        return outcomes[0];
    }

    /**
     * The names around one change: the person's in any case; the writing agency's and user's (when the login is
     * a name such as sian.jones) only with a capital, as they are often ordinary words too.
     */
    private NameFinder.Known known(RecordChange change) {
        Set<String> around = new HashSet<>();
        if (change.agency() != null) {
            around.addAll(List.of(change.agency().split("[-_.]")));
        }
        String by = change.item().provenance() == null ? null : change.item().provenance().recordedBy();
        if (by != null && by.contains(".")) {
            around.addAll(List.of(by.split("[-_.@]")));
        }
        return new NameFinder.Known(people.namesOf(change.personId()), around);
    }

    private synchronized void outcome(Outcome o, String personId, long version, String state, String agency,
                                      NameFinder.Known known, boolean counting) {
        LocalDate firstSaid = LocalDate.ofInstant(firstSaid(o), ZoneOffset.UTC);
        String personKey = keys.key(personId);
        jpa.tx(TransactionType.Required, em -> counted(em, personKey, counting, () -> {
            // locked: another node applying another version of the outcome waits, then sees which is newer
            FactRow fact = em.find(FactRow.class, o.id(), LockModeType.PESSIMISTIC_WRITE);
            if (fact == null) {
                fact = new FactRow(o.id(), personKey, agency == null ? NO_AGENCY : agency);
                em.persist(fact);
            }
            fact.update(version, state, o.type(), o.status(), firstSaid);
            StoryRow story = em.find(StoryRow.class, o.id(), LockModeType.PESSIMISTIC_WRITE);
            if (story == null) {
                story = new StoryRow(o.id(), personId);
                em.persist(story);
            }
            story.update(version, StoryWords.of(o.ownWords(), known), o.language());
        }));
    }

    private synchronized void review(Review r, String personId, boolean counting) {
        Instant at = r.occurredAt() != null ? r.occurredAt()
                : r.provenance() != null ? r.provenance().recordedAt() : Instant.now();
        String personKey = keys.key(personId);
        jpa.tx(TransactionType.Required, em -> counted(em, personKey, counting, () -> r.results().forEach(result -> {
            FactRow fact = em.find(FactRow.class, result.outcomeId(), LockModeType.PESSIMISTIC_WRITE);
            if (fact != null && fact.personKey().equals(personKey)) {
                fact.reviewed(result.result(), Times.utc(at));
            }
        })));
    }

    private static void counted(EntityManager em, String personKey, boolean counting, Runnable change) {
        if (counting) {
            Counts.around(em, personKey, change);
        } else {
            change.run();
        }
    }

    private static Instant firstSaid(RecordItem o) {
        if (o.occurredAt() != null) {
            return o.occurredAt();
        }
        return o.provenance() != null && o.provenance().recordedAt() != null ? o.provenance().recordedAt() : Instant.now();
    }
}
