package cymru.cofnod.consent.internal;

import cymru.cofnod.consent.api.AccessLogLine;
import cymru.cofnod.consent.api.AuditEvent;
import cymru.cofnod.consent.api.AuditTrail;
import cymru.cofnod.consent.api.PersonDirectory;
import cymru.cofnod.consent.api.RecordVersions;
import cymru.cofnod.consent.api.VersionDigest;
import cymru.cofnod.consent.api.Workforce;
import cymru.cofnod.core.api.AccessDeniedException;
import cymru.cofnod.core.api.MalformedRequestException;
import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Purpose;
import cymru.cofnod.core.api.RecordNotFoundException;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.schema.api.MigratedSchema;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit as a keyed hash chain in the consent bundle's own tables, checkpointed outside the database.
 * Changes' events arrive through the outbox, written in the changes' own transactions; reads' events and
 * requests' closing events are queued here. One writer thread chains both, many to a transaction.
 */
@Component(service = AuditTrail.class, configurationPid = "cymru.cofnod.audit",
        reference = @Reference(name = "schema", service = MigratedSchema.class, target = "(cofnod.schema=cofnod-consent)"))
@Designate(ocd = AuditConfig.class)
public class JpaAuditTrail implements AuditTrail {

    private static final Logger LOG = LoggerFactory.getLogger(JpaAuditTrail.class);
    /** Reads wait up to this long to share a transaction; an event someone waits for goes at once. */
    private static final Duration READS_LINGER = Duration.ofMillis(20);
    /** Outbox events older than this that nobody handed on (their writer had no scope, or died) are swept up. */
    private static final Duration LEFT_BEHIND = Duration.ofSeconds(2);
    private static final long SWEEP_EVERY_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final int SWEEP_BATCH = 500;

    private final ThreadLocal<OpenScope> current = new ThreadLocal<>();
    private final AuditWriter<Pending> writer = new AuditWriter<>("cofnod-audit-writer", this::write,
            Pending::awaited, READS_LINGER, this::idle);
    private final List<RecordVersions> sources = new CopyOnWriteArrayList<>();
    private long sweptAt = System.nanoTime();

    @Reference(target = "(osgi.unit.name=cofnod-consent)")
    private JpaTemplate jpa;

    @Reference
    private PersonDirectory directory;

    /** Names the readers in the access log; without it (rest not started) a line names the login. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Workforce workforce;

    private AuditKeys keys;
    private AuditChain chain;
    private AuditCheckpoints checkpoints;

    public JpaAuditTrail() {
        // for DS
    }

    /**
     * Outside a container, as the unit tests of this and other bundles use it: the key file and the
     * checkpoints in {@code folder}, a checkpoint after every batch.
     */
    public JpaAuditTrail(JpaTemplate jpa, PersonDirectory directory, Workforce workforce, Path folder) {
        this.jpa = jpa;
        this.directory = directory;
        this.workforce = workforce;
        start(folder.resolve("audit.keys"), folder.resolve("checkpoints"), Duration.ZERO, 1);
    }

    @Activate
    void activate(AuditConfig config) {
        start(file(config.keyFile(), "karaf.etc", "cymru.cofnod.audit.keys"),
                file(config.checkpointFile(), "karaf.data", "audit/checkpoints"),
                Duration.ofSeconds(Math.max(0, config.checkpointSeconds())), Math.max(1, config.checkpointEvents()));
    }

    private static Path file(String configured, String folderProperty, String name) {
        if (!configured.isBlank()) {
            return Paths.get(configured.trim());
        }
        return Paths.get(System.getProperty(folderProperty, folderProperty.substring("karaf.".length())), name);
    }

    private void start(Path keyFile, Path checkpointFile, Duration every, long everyEvents) {
        keys = new AuditKeys(keyFile);
        chain = new AuditChain(keys);
        checkpoints = new AuditCheckpoints(checkpointFile, keys, every, everyEvents);
        FirstRow.make(jpa, AuditHead.class, AuditHead.ID, AuditHead::genesis);
        writer.start();
        // what a crash left in the outbox is chained first
        writer.submit(new Pending(null, sweep(Instant.now()), false));
    }

    /** Writes what is still waiting, then stops the writer. */
    @Deactivate
    public void stop() {
        writer.stop();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addVersions(RecordVersions source) {
        sources.add(source);
    }

    public void removeVersions(RecordVersions source) {
        sources.remove(source);
    }

    @Override
    public String rotateKey(Requester requester) {
        if (requester.role() != Role.ADMINISTRATOR) {
            throw new AccessDeniedException("Only administrators rotate the audit key");
        }
        String id = keys.rotate();
        LOG.info("{} made '{}' the audit key; the earlier keys are kept to verify the events made with them",
                requester.user(), id);
        note(requester, null, "rotated the audit key to '" + id + "'", false);
        return id;
    }

    @Override
    public Scope begin(Requester requester, String action, String resource, String personId) {
        OpenScope scope = new OpenScope(requester, action, resource, personId);
        current.set(scope);
        return scope;
    }

    @Override
    public void note(Requester requester, String personId, String what, boolean breakGlass) {
        OpenScope scope = current.get();
        if (scope != null) {
            scope.add(personId, what, breakGlass);
        } else {
            append(requester, "read", null, personId, what, null, breakGlass);
        }
    }

    @Override
    public void recorded(EntityManager em, Requester requester, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        OpenScope scope = current.get();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<AuditEvent> events = new ArrayList<>(changes.size());
        for (Change c : changes) {
            Requester who = scope == null ? requester : scope.requester;
            events.add(EventFields.fit(new AuditEvent(0, now, who.user(), who.agency(), who.role().wireName(),
                    who.purpose() == null ? null : who.purpose().wireName(), c.personId(),
                    scope == null ? "write" : scope.action, scope == null ? null : scope.resource, c.what(),
                    "committed", c.breakGlass(), c.versions(), null, null, null)));
        }
        List<String> ids = AuditOutbox.put(em, events);
        if (scope != null) {
            scope.changed.addAll(ids);
        } else {
            // no scope to hand them on after the commit: the writer takes them now, waiting for the commit
            // on their rows' locks on Derby (nothing waits for the writer inside a transaction); on PostgreSQL it
            // does not wait, and rows not yet committed are left to the sweep
            writer.submit(new Pending(null, ids, false));
        }
    }

    /**
     * A request's scope: the notes services make, and the changes recorded in their transactions. Closing it
     * hands the changes' events on to be chained, and writes one event of its own if anything is left to
     * say: notes, a refusal or failure, or a request that changed nothing.
     */
    private final class OpenScope implements Scope {
        private final Requester requester;
        private final String action;
        private final String resource;
        private String personId;
        private final StringBuilder detail = new StringBuilder();
        private final List<String> changed = new ArrayList<>();
        private boolean breakGlass;
        private String result;

        OpenScope(Requester requester, String action, String resource, String personId) {
            this.requester = requester;
            this.action = action;
            this.resource = resource;
            this.personId = personId;
        }

        void add(String aboutPerson, String what, boolean glass) {
            if (personId == null) {
                personId = aboutPerson;
            }
            if (detail.length() < 4000) {
                detail.append(detail.length() == 0 ? "" : "; ").append(what);
            }
            breakGlass |= glass;
        }

        @Override
        public void result(String value) {
            this.result = value;
        }

        @Override
        public void close() {
            if (current.get() == this) {
                current.remove();
            }
            if (!changed.isEmpty()) {
                writer.submit(new Pending(null, List.copyOf(changed), false));
            }
            boolean failed = result != null && (result.startsWith("4") || result.startsWith("5"));
            if (changed.isEmpty() || detail.length() > 0 || failed) {
                append(requester, action, resource, personId, detail.length() == 0 ? null : detail.toString(),
                        result, breakGlass);
            }
        }
    }

    /**
     * Appends one event. Reads are written by the writer thread with whatever else is waiting, in one
     * transaction and one log flush, and the caller goes on; any other event is waited for.
     */
    void append(Requester who, String action, String resource, String personId, String detail, String result,
                boolean breakGlass) {
        Pending pending = new Pending(EventFields.fit(new AuditEvent(0, Instant.now().truncatedTo(ChronoUnit.MICROS),
                who.user(), who.agency(), who.role().wireName(), who.purpose() == null ? null : who.purpose().wireName(),
                personId, action, resource, detail, result, breakGlass, List.of(), null, null, null)), List.of(),
                !"read".equals(action));
        writer.submit(pending);
        if (pending.awaited()) {
            pending.written().orTimeout(30, TimeUnit.SECONDS).join();
        }
    }

    /** Chains whatever waits in the outbox and in the queue: readers of the audit then see all of it. */
    private void flush() {
        Pending barrier = new Pending(null, sweep(Instant.now()), true);
        writer.submit(barrier);
        barrier.written().orTimeout(60, TimeUnit.SECONDS).join();
    }

    /** Everything in the outbox queued before {@code before}. */
    private List<String> sweep(Instant before) {
        return jpa.txExpr(TransactionType.Required, em -> AuditOutbox.waiting(em, before, Integer.MAX_VALUE));
    }

    /** Between batches: what was left in the outbox by writers with no scope, and a checkpoint if one is due. */
    private void idle() {
        if (System.nanoTime() - sweptAt >= SWEEP_EVERY_NANOS) {
            sweptAt = System.nanoTime();
            List<String> left = jpa.txExpr(TransactionType.Required,
                    em -> AuditOutbox.waiting(em, Instant.now().minus(LEFT_BEHIND), SWEEP_BATCH));
            if (!left.isEmpty()) {
                write(List.of(new Pending(null, left, false)));
            }
        }
        checkpoints.due();
    }

    /**
     * An event waiting for the writer, or changes' events waiting in the outbox, by id; and whether someone
     * waits for it (a barrier, or an event that is not a read), so that its batch goes at once.
     */
    private record Pending(AuditEvent event, List<String> outbox, boolean awaited, CompletableFuture<Void> written) {
        Pending(AuditEvent event, List<String> outbox, boolean awaited) {
            this(event, outbox, awaited, new CompletableFuture<>());
        }
    }

    /**
     * Chains a batch in one transaction and one log flush. If the batch fails, each of its items is tried
     * on its own, so one bad event cannot take the others with it; one that fails alone is reported.
     */
    private void write(List<Pending> batch) {
        try {
            AuditHead head = jpa.txExpr(TransactionType.Required, em -> {
                // the head first: when two nodes sweep the outbox, the second takes its events after the first
                // committed, so an event is chained once
                AuditHead locked = AuditChain.lockedHead(em);
                List<AuditEvent> events = new ArrayList<>();
                for (Pending p : batch) {
                    if (p.event() != null) {
                        events.add(p.event());
                    } else if (!p.outbox().isEmpty()) {
                        events.addAll(AuditOutbox.take(em, p.outbox()));
                    }
                }
                if (events.isEmpty()) {
                    return null;
                }
                chain.append(em, locked, events);
                return locked;
            });
            if (head != null) {
                checkpoints.advanced(head.sequence(), head.hash());
            }
            batch.forEach(p -> p.written().complete(null));
        } catch (RuntimeException e) {
            if (batch.size() > 1) {
                LOG.warn("A batch of {} audit events failed ({}); writing them one at a time", batch.size(),
                        e.toString());
                batch.forEach(p -> write(List.of(p)));
                return;
            }
            Pending p = batch.get(0);
            LOG.error("Audit event could not be written: {}", p.event() != null ? p.event() : "outbox " + p.outbox(), e);
            p.written().completeExceptionally(e);
        }
    }

    /**
     * Checks while Cofnod keeps working, so in an order that a write landing meanwhile cannot look like a break:
     * the stored versions are read between two flushes of the chain (every version read then has its event
     * chained by the second), only events up to the head read after the checkpoints are walked, and only a
     * version carried by an event chained before the versions were read can be missing.
     */
    @Override
    public Verification verify() {
        flush();
        long settled = jpa.txExpr(TransactionType.Required, em -> {
            AuditHead head = em.find(AuditHead.class, AuditHead.ID);
            return head == null ? 0L : head.sequence();
        });
        // with no record bundle running (yet) nothing can be said of item versions: unchecked, never "missing"
        Map<String, VersionDigest> stored = sources.isEmpty() ? null : new HashMap<>();
        for (RecordVersions source : sources) {
            source.each(v -> stored.put(v.key(), v));
        }
        flush();
        keys.current(); // reads the key file again if it changed
        List<AuditCheckpoints.Checkpoint> marks = checkpoints.read();
        return jpa.txExpr(TransactionType.Required, em -> new ChainCheck(chain).run(em, marks, stored, settled));
    }

    @Override
    public Page<AuditEvent> list(Requester requester, PageRequest page) {
        if (requester.role() != Role.ADMINISTRATOR) {
            throw new AccessDeniedException("Only administrators read the audit trail");
        }
        flush();
        return jpa.txExpr(TransactionType.Required, em -> {
            List<AuditEvent> events = newestFirst(em, null, page).stream().map(AuditEventRow::toEvent).toList();
            return pageOf(events, page.limit());
        });
    }

    @Override
    public Page<AccessLogLine> accessLog(Requester requester, String personId, PageRequest page) {
        if (requester.purpose() == Purpose.COMMISSIONING) {
            throw new AccessDeniedException("Commissioning sees de-identified reports only, never a person's record");
        }
        boolean own = requester.role() == Role.PERSON
                && directory.personOf(requester.user()).filter(personId::equals).isPresent();
        if (!own && requester.role() != Role.ADMINISTRATOR) {
            if (requester.role() == Role.PERSON) {
                throw new RecordNotFoundException("person", personId);
            }
            throw new AccessDeniedException("The access log is the person's own, and the administrators'");
        }
        flush();
        return jpa.txExpr(TransactionType.Required, em -> {
            List<AuditEvent> events = newestFirst(em, personId, page).stream().map(AuditEventRow::toEvent).toList();
            Page<AuditEvent> p = pageOf(events, page.limit());
            // each reader's name is looked up once a page, not once a line
            Workforce names = workforce;
            Map<String, Optional<String>> named = new HashMap<>();
            Function<String, Optional<String>> nameOf = user -> named.computeIfAbsent(user, u -> names == null
                    ? Optional.empty() : names.member(u).map(Workforce.Member::name));
            List<AccessLogLine> lines = p.items().stream().map(e -> AccessLogWords.line(e, requester.user(), nameOf))
                    .toList();
            return new Page<>(lines, p.nextCursor(), false);
        });
    }

    static List<AuditEventRow> newestFirst(EntityManager em, String personId, PageRequest page) {
        long before = Long.MAX_VALUE;
        if (page.cursor() != null) {
            try {
                before = Long.parseLong(page.cursor());
            } catch (NumberFormatException e) {
                throw new MalformedRequestException("cursor", "is not a cursor this list gave out");
            }
        }
        TypedQuery<AuditEventRow> q = em.createQuery("select e from AuditEventRow e where e.sequence < :before"
                + (personId == null ? "" : " and e.personId = :person") + " order by e.sequence desc",
                AuditEventRow.class).setParameter("before", before);
        if (personId != null) {
            q.setParameter("person", personId);
        }
        return q.setMaxResults(page.limit() + 1).getResultList();
    }

    static Page<AuditEvent> pageOf(List<AuditEvent> events, int limit) {
        boolean more = events.size() > limit;
        List<AuditEvent> items = more ? events.subList(0, limit) : events;
        return new Page<>(items, more ? Long.toString(items.get(items.size() - 1).sequence()) : null, false);
    }
}
