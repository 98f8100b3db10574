package cymru.cofnod.consent.internal;

import cymru.cofnod.consent.api.AccessLogLine;
import cymru.cofnod.consent.api.AuditEvent;
import cymru.cofnod.consent.api.AuditTrail;
import cymru.cofnod.consent.api.PersonDirectory;
import cymru.cofnod.core.api.AccessDeniedException;
import cymru.cofnod.core.api.FieldError;
import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.RecordNotFoundException;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.core.api.ValidationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit as a hash chain in the consent bundle's own tables. Each event's hash covers its fields
 * and the previous event's hash, so changing or removing a stored event breaks the chain from there.
 */
@Component(service = AuditTrail.class)
public class JpaAuditTrail implements AuditTrail {

    private static final Logger LOG = LoggerFactory.getLogger(JpaAuditTrail.class);
    private static final int VERIFY_BATCH = 1000;
    private final ThreadLocal<OpenScope> current = new ThreadLocal<>();
    /** Reads wait up to this long to share a transaction; an event someone waits for goes at once. */
    private static final Duration READS_LINGER = Duration.ofMillis(20);

    private final AuditWriter<Pending> writer = new AuditWriter<>("cofnod-audit-writer", this::write,
            Pending::awaited, READS_LINGER);

    @Reference(target = "(osgi.unit.name=cofnod-consent)")
    private JpaTemplate jpa;

    @Reference
    private PersonDirectory directory;

    public JpaAuditTrail() {
        // for DS
    }

    /** Outside a container, as the unit tests of this and other bundles use it. */
    public JpaAuditTrail(JpaTemplate jpa, PersonDirectory directory) {
        this.jpa = jpa;
        this.directory = directory;
        start();
    }

    @Activate
    void start() {
        writer.start();
    }

    /** Writes what is still waiting, then stops the writer. */
    @Deactivate
    public void stop() {
        writer.stop();
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

    /** A request's scope: the notes services make, written as one event when it closes. */
    private final class OpenScope implements Scope {
        private final Requester requester;
        private final String action;
        private final String resource;
        private String personId;
        private final StringBuilder detail = new StringBuilder();
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
            if (detail.length() < 3000) {
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
            append(requester, action, resource, personId, detail.length() == 0 ? null : detail.toString(), result,
                    breakGlass);
        }
    }

    /**
     * Appends one event. Reads are written by the writer thread with whatever else is waiting, in one
     * transaction and one log flush, and the caller goes on; writes, consent and break-glass wait until
     * their event is on disk, so no acknowledged change goes unaudited.
     */
    void append(Requester who, String action, String resource, String personId, String detail, String result,
                boolean breakGlass) {
        Pending pending = new Pending(new AuditEvent(0, Instant.now().truncatedTo(ChronoUnit.MICROS), who.user(),
                who.agency(), who.role().wireName(), who.purpose() == null ? null : who.purpose().wireName(), personId,
                action, cut(resource, 500), cut(detail, 4000), cut(result, 200), breakGlass, null, null));
        writer.submit(pending);
        if (pending.awaited()) {
            pending.written.orTimeout(30, TimeUnit.SECONDS).join();
        }
    }

    /** Waits until every event submitted so far is written: readers of the audit see all of it. */
    private void flush() {
        Pending barrier = new Pending(null);
        writer.submit(barrier);
        barrier.written.orTimeout(30, TimeUnit.SECONDS).join();
    }

    /** An event waiting for the writer; a barrier carries none. */
    private static final class Pending {
        final AuditEvent event;
        final CompletableFuture<Void> written = new CompletableFuture<>();

        Pending(AuditEvent event) {
            this.event = event;
        }

        /** Barriers and every event but a read have someone waiting for them. */
        boolean awaited() {
            return event == null || !"read".equals(event.action());
        }
    }

    /** Chains and writes waiting events in batches: one transaction, one log flush, for many requests. */
    private void write(List<Pending> batch) {
        try {
            jpa.tx(TransactionType.Required, em -> {
                AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
                if (head == null) {
                    head = AuditHead.genesis();
                    em.persist(head);
                }
                for (Pending p : batch) {
                    if (p.event == null) {
                        continue;
                    }
                    AuditEvent e = p.event;
                    long seq = head.sequence() + 1;
                    AuditEvent unsigned = new AuditEvent(seq, e.at(), e.user(), e.agency(), e.role(), e.purpose(),
                            e.personId(), e.action(), e.resource(), e.detail(), e.result(), e.breakGlass(), head.hash(),
                            null);
                    String hash = hash(unsigned);
                    em.persist(new AuditEventRow(new AuditEvent(seq, e.at(), e.user(), e.agency(), e.role(),
                            e.purpose(), e.personId(), e.action(), e.resource(), e.detail(), e.result(), e.breakGlass(),
                            head.hash(), hash)));
                    head.advance(seq, hash);
                }
            });
            batch.forEach(p -> p.written.complete(null));
        } catch (RuntimeException e) {
            LOG.error("Audit events could not be written ({} waiting)", batch.size(), e);
            batch.forEach(p -> p.written.completeExceptionally(e));
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** SHA-256 over every field but the hash itself, the previous hash included. */
    static String hash(AuditEvent e) {
        String canonical = String.join("\u001f", e.previousHash(), Long.toString(e.sequence()),
                e.at().toString(), e.user(), String.valueOf(e.agency()), e.role(), String.valueOf(e.purpose()),
                String.valueOf(e.personId()), e.action(), String.valueOf(e.resource()), String.valueOf(e.detail()),
                String.valueOf(e.result()), Boolean.toString(e.breakGlass()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e1);
        }
    }

    @Override
    public Verification verify() {
        flush();
        return jpa.txExpr(TransactionType.Required, em -> {
            String expectedPrevious = AuditHead.GENESIS;
            long checked = 0;
            long after = 0;
            while (true) {
                List<AuditEventRow> batch = em.createQuery(
                                "select e from AuditEventRow e where e.sequence > :after order by e.sequence",
                                AuditEventRow.class)
                        .setParameter("after", after).setMaxResults(VERIFY_BATCH).getResultList();
                for (AuditEventRow row : batch) {
                    AuditEvent e = row.toEvent();
                    if (!e.previousHash().equals(expectedPrevious)) {
                        return broken(checked, e, "its link to the event before does not match: an event before "
                                + "it was removed or changed");
                    }
                    if (!hash(e).equals(e.hash())) {
                        return broken(checked, e, "its content does not match its hash: it was changed after it "
                                + "was written");
                    }
                    expectedPrevious = e.hash();
                    checked++;
                    after = e.sequence();
                }
                if (batch.size() < VERIFY_BATCH) {
                    break;
                }
            }
            AuditHead head = em.find(AuditHead.class, AuditHead.ID);
            if (head != null && (head.sequence() != after || !head.hash().equals(expectedPrevious))) {
                return new Verification("BROKEN", checked, after + 1,
                        "events after " + after + " are missing: the chain's head is at " + head.sequence());
            }
            return new Verification("OK", checked, null, "all " + checked + " events match their hashes");
        });
    }

    private static Verification broken(long checked, AuditEvent e, String why) {
        return new Verification("BROKEN", checked, e.sequence(), "event " + e.sequence() + ": " + why);
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
            List<AccessLogLine> lines = p.items().stream().map(e -> AccessLogWords.line(e, requester.user())).toList();
            return new Page<>(lines, p.nextCursor(), false);
        });
    }

    private static List<AuditEventRow> newestFirst(EntityManager em, String personId, PageRequest page) {
        long before = Long.MAX_VALUE;
        if (page.cursor() != null) {
            try {
                before = Long.parseLong(page.cursor());
            } catch (NumberFormatException e) {
                throw new ValidationException(List.of(new FieldError("cursor", "is not a cursor this list gave out")));
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

    private static Page<AuditEvent> pageOf(List<AuditEvent> events, int limit) {
        boolean more = events.size() > limit;
        List<AuditEvent> items = more ? events.subList(0, limit) : events;
        return new Page<>(items, more ? Long.toString(items.get(items.size() - 1).sequence()) : null, false);
    }
}
