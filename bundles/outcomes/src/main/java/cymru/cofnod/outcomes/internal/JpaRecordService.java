package cymru.cofnod.outcomes.internal;

import cymru.cofnod.consent.api.AuditTrail;
import cymru.cofnod.consent.api.SharingPolicy;
import cymru.cofnod.core.api.AccessDeniedException;
import cymru.cofnod.core.api.AgencyCategories;
import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.RecordCategory;
import cymru.cofnod.core.api.RecordNotFoundException;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.core.api.UniqueKeys;
import cymru.cofnod.core.api.Validation;
import cymru.cofnod.core.api.ValidationException;
import cymru.cofnod.outcomes.api.Decision;
import cymru.cofnod.outcomes.api.Entry;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Outcome;
import cymru.cofnod.outcomes.api.Perspective;
import cymru.cofnod.outcomes.api.Practitioner;
import cymru.cofnod.outcomes.api.Profile;
import cymru.cofnod.outcomes.api.Provenance;
import cymru.cofnod.outcomes.api.RecordItem;
import cymru.cofnod.outcomes.api.RecordListener;
import cymru.cofnod.outcomes.api.RecordListener.RecordChange;
import cymru.cofnod.outcomes.api.RecordService;
import cymru.cofnod.outcomes.api.Review;
import cymru.cofnod.outcomes.api.Risk;
import cymru.cofnod.outcomes.api.Strength;
import cymru.cofnod.outcomes.api.TimelineItem;
import cymru.cofnod.outcomes.api.TimelineQuery;
import cymru.cofnod.outcomes.api.Versioned;
import cymru.cofnod.schema.api.MigratedSchema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The personal outcomes record on versioned rows: one code path for every kind of item. */
@Component(service = RecordService.class,
        reference = @Reference(name = "schema", service = MigratedSchema.class, target = "(cofnod.schema=cofnod-outcomes)"))
public class JpaRecordService implements RecordService {

    private static final Logger LOG = LoggerFactory.getLogger(JpaRecordService.class);
    /** What the person may add to their own record: their outcomes, their words, their view. */
    private static final Set<ItemKind<?>> PERSON_MAY_ADD = Set.of(ItemKind.OUTCOME, ItemKind.ENTRY, ItemKind.PERSPECTIVE);
    /** Rows written before the persistence context is flushed and cleared: the JDBC batch size of persistence.xml. */
    private static final int FLUSH_EVERY = 500;

    @Reference(target = "(osgi.unit.name=cofnod-outcomes)")
    private JpaTemplate jpa;

    @Reference
    private SharingPolicy policy;

    @Reference
    private AuditTrail audit;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<RecordListener> listeners = new ArrayList<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile AgencyCategories agencyCategories;

    private RecordAccess access;

    public JpaRecordService() {
        // for DS
    }

    JpaRecordService(JpaTemplate jpa, SharingPolicy policy, AuditTrail audit) {
        this.jpa = jpa;
        this.policy = policy;
        this.audit = audit;
        activate();
    }

    @Activate
    void activate() {
        access = new RecordAccess(jpa, policy, audit);
    }

    @Override
    public <T extends RecordItem> T add(Requester requester, String personId, ItemKind<T> kind, T item) {
        return ingest(requester, personId, kind, item, null).item();
    }

    @Override
    public <T extends RecordItem> Ingested<T> ingest(Requester requester, String personId, ItemKind<T> kind, T item,
                                                     String sourceKey) {
        IngestAnswer answer = ingestAll(requester, List.of(new ToIngest<>(personId, kind, item, sourceKey))).get(0);
        if (answer.refused()) {
            throw answer.refusal();
        }
        return new Ingested<>(kind.type().cast(answer.item()), answer.duplicate());
    }

    @Override
    public List<IngestAnswer> ingestAll(Requester requester, List<ToIngest<?>> items) {
        return ingestAll(requester, items, true);
    }

    @Override
    public List<IngestAnswer> ingestTogether(Requester requester, List<ToIngest<?>> items) {
        Batch batch = batch(requester, items);
        try {
            jpa.tx(TransactionType.Required, em -> {
                batch.store(em, items);
                Optional<IngestAnswer> refused = batch.answers.stream().filter(IngestAnswer::refused).findFirst();
                if (refused.isPresent()) {
                    throw new PartRefused(refused.get().refusal()); // rolls back the parts stored before it
                }
                batch.record(em, items);
                RecordGeneration.moveOn(em, batch.written.changes().stream().map(RecordChange::personId).toList());
            });
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof PartRefused part) {
                    return items.stream().map(i -> new IngestAnswer(null, false, part.refusal)).toList();
                }
            }
            throw e;
        }
        announce(batch.written.changes());
        return batch.answers;
    }

    /** One part of items that go together was refused: the transaction is undone, and each part answers why. */
    private static final class PartRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient RuntimeException refusal;

        PartRefused(RuntimeException refusal) {
            super(refusal.getMessage(), null, false, false);
            this.refusal = refusal;
        }
    }

    private List<IngestAnswer> ingestAll(Requester requester, List<ToIngest<?>> items, boolean firstTry) {
        Batch batch = batch(requester, items);
        try {
            jpa.tx(TransactionType.Required, em -> {
                batch.store(em, items);
                batch.record(em, items);
                RecordGeneration.moveOn(em, batch.written.changes().stream().map(RecordChange::personId).toList());
            });
        } catch (RuntimeException e) {
            if (items.size() == 1) {
                if (!firstTry || !UniqueKeys.violatedBy(e)) {
                    throw e;
                }
                // a concurrent sender stored this key between our look and our commit: asked again, it is a duplicate
                return ingestAll(requester, items, false);
            }
            // a concurrent sender may have stored one of these keys first: each item on its own then sees it
            LOG.info("A batch of {} items failed as a whole ({}); taking its items one at a time", items.size(),
                    e.toString());
            return items.stream().map(i -> ingestAll(requester, List.of(i)).get(0)).toList();
        }
        announce(batch.written.changes());
        return batch.answers;
    }

    /** A batch of these items, having asked once per person whether the requester may write in their record. */
    private Batch batch(Requester requester, List<ToIngest<?>> items) {
        items.forEach(i -> Objects.requireNonNull(i.item(), "item"));
        Set<String> personIds = new LinkedHashSet<>();
        items.forEach(i -> personIds.add(i.personId()));
        Map<String, Visibility> decided = access.mayWriteAll(requester, personIds);
        Map<String, Writer> writers = new HashMap<>();
        for (String personId : personIds) {
            writers.put(personId, decided.containsKey(personId) ? new Writer(decided.get(personId), null)
                    : writer(requester, personId));
        }
        return new Batch(requester, writers);
    }

    /** Whether the requester may write in this person's record, asked once per person of a batch. */
    private Writer writer(Requester requester, String personId) {
        try {
            return new Writer(access.checkMayWrite(requester, personId), null);
        } catch (ValidationException | RecordNotFoundException | AccessDeniedException e) {
            return new Writer(null, e);
        }
    }

    /** What the requester may see of one person's record, or why they may not write in it. */
    private record Writer(Visibility visibility, RuntimeException refusal) {
    }

    /** One batch of ingested items in one transaction: its answers, in order, and what it wrote. */
    private final class Batch {

        private final Requester requester;
        private final Map<String, Writer> writers;
        private final List<IngestAnswer> answers = new ArrayList<>();
        private final Written written = new Written();
        /** Keys stored earlier in this batch: sent twice in one batch is still stored once. */
        private final Map<String, RecordItem> storedNow = new HashMap<>();
        private final Set<String> profiled = new HashSet<>();
        private Set<String> people;
        private Map<String, ItemRow> earlier;

        Batch(Requester requester, Map<String, Writer> writers) {
            this.requester = requester;
            this.writers = writers;
        }

        void store(EntityManager em, List<ToIngest<?>> items) {
            people = ItemStore.livePeople(em, writers.entrySet().stream().filter(w -> w.getValue().refusal() == null)
                    .map(Map.Entry::getKey).toList());
            earlier = ItemStore.bySources(em, requester.agency(),
                    items.stream().map(ToIngest::sourceKey).filter(Objects::nonNull).collect(Collectors.toSet()));
            int written = 0;
            for (ToIngest<?> item : items) {
                try {
                    answers.add(store(em, item));
                } catch (ValidationException | RecordNotFoundException | AccessDeniedException e) {
                    answers.add(new IngestAnswer(null, false, e));
                }
                if (++written % FLUSH_EVERY == 0) {
                    // the rows are written; a smaller persistence context keeps the next chunk cheap
                    em.flush();
                    em.clear();
                }
            }
        }

        /** One item, whole or not at all: checked and prepared before anything of it is written. */
        private <T extends RecordItem> IngestAnswer store(EntityManager em, ToIngest<T> ingest) {
            String personId = ingest.personId();
            ItemKind<T> kind = ingest.kind();
            Writer writer = writers.get(personId);
            if (writer.refusal() != null) {
                throw writer.refusal();
            }
            checkMayAdd(requester, kind);
            if (!people.contains(personId)) {
                throw new RecordNotFoundException(JpaPersonService.KIND, personId);
            }
            String sourceKey = ingest.sourceKey();
            if (sourceKey != null && storedNow.containsKey(sourceKey)) {
                return new IngestAnswer(storedNow.get(sourceKey), true, null);
            }
            if (sourceKey != null && earlier.containsKey(sourceKey)) {
                ItemRow before = earlier.get(sourceKey);
                if (!before.personId().equals(personId) || !before.kind().equals(kind.name())) {
                    new Validation().add("sourceKey", "names another item this agency sent earlier").orThrow();
                }
                return new IngestAnswer(ItemStore.fresh(before, kind), true, null);
            }
            // one profile as each writer sees the record: a profile they may not see is never hinted at
            if (kind == ItemKind.PROFILE && (profiled.contains(personId)
                    || ItemStore.liveOfKind(em, personId, kind.name()).stream()
                    .anyMatch(r -> writer.visibility().allows(r, ItemStore.item(r, kind).links())))) {
                new Validation().add("profile", "this person already has a one-page profile: change it with PUT and If-Match")
                        .orThrow();
            }
            if (ingest.performedBy() != null) {
                Validation v = new Validation();
                ingest.performedBy().validate(v, "performedBy");
                v.orThrow();
            }
            T prepared = prepare(em, requester, writer.visibility(), personId, kind, ingest.item(), written);
            ItemStore.Content content = content(prepared, null, sourceKey == null ? byWriter(requester)
                    : new Provenance(null, null, null, null, ingest.performedBy(), requester.user()));
            ItemRow row = ItemStore.insert(em, requester, ItemStore.newId(), kind.name(), personId, sourceKey, content);
            // what the body was written from: no need to read it back
            T stored = ItemStore.stamped(row, (RecordItem) content.body(), kind);
            written.add(row, stored);
            if (sourceKey != null) {
                storedNow.put(sourceKey, stored);
            }
            if (kind == ItemKind.PROFILE) {
                profiled.add(personId);
            }
            return new IngestAnswer(stored, false, null);
        }

        /**
         * One audit event per person the batch touched, in the batch's transaction, with the digest of every
         * version it stored in their record; its words name the items, or count them when there are several.
         */
        void record(EntityManager em, List<ToIngest<?>> items) {
            Map<String, List<String>> done = new LinkedHashMap<>();
            Map<String, Map<String, Map<ItemKind<?>, Integer>>> counted = new LinkedHashMap<>();
            for (int i = 0; i < items.size(); i++) {
                IngestAnswer answer = answers.get(i);
                if (!answer.refused()) {
                    String personId = items.get(i).personId();
                    ItemKind<?> kind = items.get(i).kind();
                    String verb = answer.duplicate() ? "already had" : "added";
                    done.computeIfAbsent(personId, p -> new ArrayList<>()).add(verb + " " + kind + " " + answer.item().id());
                    counted.computeIfAbsent(personId, p -> new LinkedHashMap<>())
                            .computeIfAbsent(verb, v -> new LinkedHashMap<>()).merge(kind, 1, Integer::sum);
                }
            }
            List<AuditTrail.Change> events = new ArrayList<>();
            done.forEach((personId, what) -> events.add(access.change(personId,
                    what.size() == 1 ? what.get(0) : summary(counted.get(personId)), writers.get(personId).visibility(),
                    written.versions(personId))));
            access.recorded(em, requester, events);
        }

        /** "added 12 entries, already had 1 outcome". */
        private static String summary(Map<String, Map<ItemKind<?>, Integer>> counted) {
            List<String> parts = new ArrayList<>();
            counted.forEach((verb, kinds) -> kinds.forEach((kind, n) ->
                    parts.add(verb + " " + n + " " + (n == 1 ? kind.name() : kind.collection()))));
            return String.join(", ", parts);
        }
    }

    @Override
    public <T extends RecordItem> T get(Requester requester, String personId, ItemKind<T> kind, String id) {
        Visibility visibility = access.visibility(requester, personId);
        T found = jpa.txExpr(TransactionType.Required, em -> {
            ItemRow row = ItemStore.live(em, kind.name(), id);
            T item = ItemStore.item(row, kind);
            requireVisible(visibility, row, item, personId, requester);
            return shown(item, WhatConsentHides.among(em, personId, visibility, item.links()));
        });
        access.note(requester, personId, "read " + kind + " " + id, visibility);
        return found;
    }

    @Override
    public <T extends RecordItem> T find(Requester requester, ItemKind<T> kind, String id) {
        String personId = jpa.txExpr(TransactionType.Required, em -> ItemStore.live(em, kind.name(), id).personId());
        return get(requester, personId, kind, id);
    }

    @Override
    public <T extends RecordItem> Page<T> list(Requester requester, String personId, ItemKind<T> kind,
                                               PageRequest page) {
        Page<TimelineItem> items = journey(requester, personId, TimelineQuery.all(), kind.name(), page);
        List<T> typed = items.items().stream().map(t -> kind.type().cast(t.item())).toList();
        return new Page<>(typed, items.nextCursor(), items.withheld());
    }

    @Override
    public <T extends RecordItem> T revise(Requester requester, String personId, ItemKind<T> kind, String id,
                                           long expectedVersion, T item) {
        Objects.requireNonNull(item, "item");
        Visibility visibility = access.checkMayWrite(requester, personId);
        Written written = new Written();
        T result = jpa.txExpr(TransactionType.Required, em -> {
            ItemRow current = ownedForChange(em, requester, visibility, personId, kind, id);
            T prepared = prepare(em, requester, visibility, personId, kind, sharedAsBefore(item, current), written);
            ItemRow next = ItemStore.revise(em, requester, current, expectedVersion,
                    content(prepared, current.occurredAt(), byWriter(requester)));
            T stored = ItemStore.fresh(next, kind);
            written.add(next, stored);
            access.recorded(em, requester, List.of(access.change(personId,
                    "changed " + kind + " " + id + " to version " + next.version(), visibility,
                    written.versions(personId))));
            RecordGeneration.moveOn(em, List.of(personId));
            return stored;
        });
        announce(written.changes());
        return result;
    }

    @Override
    public <T extends RecordItem> Versioned<T> withdraw(Requester requester, String personId, ItemKind<T> kind,
                                                        String id, String reason) {
        new Validation().requireText(reason, "reason").maxLength(reason, 2000, "reason").orThrow();
        Visibility visibility = access.checkMayWrite(requester, personId);
        Written written = new Written();
        Versioned<T> result = jpa.txExpr(TransactionType.Required, em -> {
            ItemRow current = ownedForChange(em, requester, visibility, personId, kind, id);
            ItemRow withdrawn = ItemStore.withdraw(em, requester, current, reason);
            T item = ItemStore.fresh(withdrawn, kind);
            written.add(withdrawn, item);
            access.recorded(em, requester, List.of(access.change(personId, "withdrew " + kind + " " + id + ": "
                    + reason, visibility, written.versions(personId))));
            RecordGeneration.moveOn(em, List.of(personId));
            return versioned(withdrawn, item);
        });
        announce(written.changes());
        return result;
    }

    @Override
    public <T extends RecordItem> List<Versioned<T>> history(Requester requester, String personId, ItemKind<T> kind,
                                                             String id) {
        Visibility visibility = access.visibility(requester, personId);
        List<Versioned<T>> versions = jpa.txExpr(TransactionType.Required, em -> {
            List<ItemRow> rows = ItemStore.history(em, kind.name(), id);
            ItemRow latest = rows.get(rows.size() - 1);
            requireVisible(visibility, latest, ItemStore.item(latest, kind), personId, requester);
            Set<String> linked = new HashSet<>();
            rows.forEach(r -> linked.addAll(ItemStore.item(r, kind).links()));
            Set<String> hidden = WhatConsentHides.among(em, personId, visibility, linked);
            return rows.stream().map(r -> versioned(r, shown(ItemStore.item(r, kind), hidden))).toList();
        });
        access.note(requester, personId, "read the history of " + kind + " " + id, visibility);
        return versions;
    }

    @Override
    public <T extends RecordItem> List<Versioned<T>> withdrawn(Requester requester, String personId, ItemKind<T> kind) {
        Visibility visibility = access.visibility(requester, personId);
        if (requester.role() != Role.PERSON) {
            throw new AccessDeniedException("Withdrawn items are the person's to read, in their copy of everything held");
        }
        List<Versioned<T>> versions = jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                        "select r from ItemRow r where r.personId = :person and r.kind = :kind and r.itemId in"
                                + " (select w.itemId from ItemRow w where w.personId = :person and w.kind = :kind"
                                + " and w.state = :withdrawn) order by r.itemId, r.version", ItemRow.class)
                .setParameter("person", personId).setParameter("kind", kind.name())
                .setParameter("withdrawn", ItemRow.WITHDRAWN).getResultList().stream()
                .map(r -> versioned(r, ItemStore.item(r, kind))).toList());
        access.note(requester, personId, "read the withdrawn " + kind.name() + " items", visibility);
        return versions;
    }

    @Override
    public Page<TimelineItem> timeline(Requester requester, String personId, TimelineQuery query, PageRequest page) {
        return journey(requester, personId, query, null, page);
    }

    /** A page of the journey, or of one collection (one kind of item) when {@code collection} names it. */
    private Page<TimelineItem> journey(Requester requester, String personId, TimelineQuery query, String collection,
                                       PageRequest page) {
        Visibility visibility = access.visibility(requester, personId);
        Cursor after = page.cursor() == null ? null : Cursor.decode(page.cursor());
        Page<TimelineItem> result = jpa.txExpr(TransactionType.Required, em -> {
            Journey.Slice slice = Journey.slice(em, personId, query, collection, visibility, after,
                    page.limit());
            if (slice.rows().isEmpty()) {
                // a person's items exist only while they do, so only an empty page needs to ask
                requirePerson(em, personId);
            }
            List<RecordItem> found = new ArrayList<>();
            Set<String> linked = new HashSet<>();
            for (ItemRow row : slice.rows()) {
                RecordItem item = ItemStore.item(row, ItemKind.byName(row.kind()).orElseThrow());
                found.add(item);
                linked.addAll(item.links());
            }
            // the page's own items are visible; of what they link to beyond the page, consent may hide some
            found.forEach(i -> linked.remove(i.id()));
            Set<String> hidden = WhatConsentHides.among(em, personId, visibility, linked);
            List<TimelineItem> items = new ArrayList<>();
            for (int i = 0; i < found.size(); i++) {
                ItemRow row = slice.rows().get(i);
                RecordItem item = shown(found.get(i), hidden);
                items.add(new TimelineItem(row.itemId(), row.kind(), row.occurredAt(), row.agency(),
                        item.provenance().recordedBy(), item.links(), item));
            }
            String next = null;
            if (slice.more()) {
                TimelineItem last = items.get(items.size() - 1);
                next = new Cursor(last.occurredAt(), last.id()).encode();
            }
            return new Page<>(items, next, slice.withheld());
        });
        access.note(requester, personId, "read " + result.items().size() + " item(s) of the journey"
                + (collection != null ? " [" + collection + "]"
                : query.kinds().isEmpty() ? "" : " " + new java.util.TreeSet<>(query.kinds()))
                + (result.withheld() ? ", some withheld by consent" : ""), visibility);
        return result;
    }

    @Override
    public Set<String> hiddenOf(Requester requester, String personId, Collection<String> ids) {
        Visibility visibility = access.visibility(requester, personId);
        return jpa.txExpr(TransactionType.Required, em -> WhatConsentHides.among(em, personId, visibility, ids));
    }

    @Override
    public Optional<Profile> profile(Requester requester, String personId) {
        return list(requester, personId, ItemKind.PROFILE, PageRequest.first(1)).items().stream().findFirst();
    }

    @Override
    public int replay(Requester requester, Set<ItemKind<?>> kinds, RecordListener listener) {
        if (requester.role() != Role.ADMINISTRATOR) {
            throw new AccessDeniedException("Only an administrator may replay the record to a listener");
        }
        int replayed = 0;
        for (ItemKind<?> kind : ItemKind.ALL) {
            if (kinds.contains(kind)) {
                replayed += replay(kind, listener);
            }
        }
        return replayed;
    }

    /** One kind, page by page in the order first recorded, each page read in its own transaction. */
    private int replay(ItemKind<?> kind, RecordListener listener) {
        int pageSize = PageRequest.MAX_LIMIT;
        int replayed = 0;
        Cursor after = null;
        do {
            Cursor from = after;
            List<ItemRow> rows = jpa.txExpr(TransactionType.Required,
                    em -> ItemStore.registryPage(em, kind.name(), from, pageSize));
            boolean more = rows.size() > pageSize;
            for (ItemRow row : more ? rows.subList(0, pageSize) : rows) {
                listener.changed(Written.change(row, ItemStore.fresh(row, kind)));
                replayed++;
            }
            after = more ? new Cursor(rows.get(pageSize - 1).createdAt(), rows.get(pageSize - 1).itemId()) : null;
        } while (after != null);
        return replayed;
    }

    @Override
    public Profile profileDraft(Requester requester, String personId) {
        List<Profile.Line> important = new ArrayList<>();
        List<Profile.Line> support = new ArrayList<>();
        String cursor = null;
        do {
            Page<TimelineItem> page = timeline(requester, personId,
                    new TimelineQuery(null, null, Set.of("learning-log"), null, null),
                    new PageRequest(cursor, PageRequest.MAX_LIMIT));
            for (TimelineItem t : page.items()) {
                Entry.LearningLog log = ((Entry) t.item()).learningLog();
                if (log != null && log.whatWorked() != null && !log.whatWorked().isBlank()) {
                    important.add(new Profile.Line(log.whatWorked(), null, List.of(t.id())));
                }
                if (log != null && log.whatDidNotWork() != null && !log.whatDidNotWork().isBlank()) {
                    support.add(new Profile.Line(log.whatDidNotWork(), null, List.of(t.id())));
                }
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        return new Profile(null, null, personId, null, null, important, support);
    }

    private static void checkMayAdd(Requester requester, ItemKind<?> kind) {
        if (requester.role() == Role.PERSON && !PERSON_MAY_ADD.contains(kind)) {
            throw new AccessDeniedException("The person adds outcomes, entries in their own words and their views; "
                    + "a practitioner records " + kind.collection());
        }
    }

    /** The current version of an item its requester may change: only the agency that wrote it, or its author. */
    private ItemRow ownedForChange(EntityManager em, Requester requester, Visibility visibility,
                                   String personId, ItemKind<?> kind, String id) {
        ItemRow current = ItemStore.latestForUpdate(em, kind.name(), id);
        requireVisible(visibility, current, ItemStore.item(current, kind), personId, requester);
        if (!mayChange(requester, current)) {
            throw new AccessDeniedException("Only the agency that wrote this " + kind + " may change it; "
                    + "add a perspective to record a different view");
        }
        return current;
    }

    /** An item of another person, or one consent hides, is not found; the audit keeps the reason. */
    private void requireVisible(Visibility visibility, ItemRow row, RecordItem item, String personId,
                                Requester requester) {
        if (!row.personId().equals(personId)) {
            throw new RecordNotFoundException(row.kind(), row.itemId());
        }
        if (!visibility.allows(row, item.links())) {
            access.note(requester, personId, "refused " + row.kind() + " " + row.itemId()
                    + ": no consent covers " + row.category() + " for " + requester.purpose().wireName(), visibility);
            throw new RecordNotFoundException(row.kind(), row.itemId());
        }
    }

    /** The item as a reader who may not see {@code hidden} is shown it: the same item when it names none of them. */
    @SuppressWarnings("unchecked") // every item's shownWithout answers an item of its own type
    private static <T extends RecordItem> T shown(T item, Set<String> hidden) {
        return hidden.isEmpty() || item.links().stream().noneMatch(hidden::contains) ? item
                : (T) item.shownWithout(hidden);
    }

    private static void requirePerson(EntityManager em, String personId) {
        if (ItemStore.livePeople(em, List.of(personId)).isEmpty()) {
            throw new RecordNotFoundException(JpaPersonService.KIND, personId);
        }
    }

    /** Validates an item against its own rules and the record it joins, and applies what adding it means. */
    @SuppressWarnings("unchecked")
    private <T extends RecordItem> T prepare(EntityManager em, Requester requester, Visibility visibility,
                                             String personId, ItemKind<T> kind, T given, Written written) {
        T item = given instanceof Entry e ? (T) e.filedBy(agencyCategory(requester)) : given;
        Validation v = new Validation();
        item.validate(v);
        v.eventTime(item.occurredAt(), "occurredAt");
        if (item instanceof Perspective p) {
            Signature.check(requester, p.whose(), v);
        }
        v.require(!(item instanceof Entry e && e.sharedWith() != null) || requester.role() == Role.PERSON,
                "sharedWith", "is the person's own choice for what they write themselves");
        v.orThrow();
        // room for who did the work and who sent it, which the body keeps beside the item
        v.fitsStorage(item, ItemRow.BODY_CHARS - ItemRow.PROVENANCE_CHARS, kind.name()).orThrow();
        checkReferences(em, visibility, personId, item, v);
        v.orThrow();
        if (item instanceof Review r) {
            return (T) applyReview(em, requester, personId, r, written);
        }
        return item;
    }

    private RecordCategory agencyCategory(Requester requester) {
        AgencyCategories categories = agencyCategories;
        return categories == null ? null : categories.entriesOf(requester.agency()).orElse(null);
    }

    /** Every id an item refers to must be a live item of the right kind in the same person's record. */
    private static void checkReferences(EntityManager em, Visibility visibility, String personId, RecordItem item,
                                        Validation v) {
        if (item instanceof Outcome o) {
            requireExisting(em, visibility, personId, o.strengthIds(), Set.of(ItemKind.STRENGTH), "strengthIds", v);
            requireExisting(em, visibility, personId, o.riskIds(), Set.of(ItemKind.RISK), "riskIds", v);
        } else if (item instanceof Strength || item instanceof Risk || item instanceof Entry
                || item instanceof Decision) {
            requireExisting(em, visibility, personId, item.links(), Set.of(ItemKind.OUTCOME), "outcomeIds", v);
        } else if (item instanceof Review r) {
            requireExisting(em, visibility, personId, r.results().stream().map(Review.OutcomeResult::outcomeId).toList(),
                    Set.of(ItemKind.OUTCOME), "results.outcomeId", v);
            requireExisting(em, visibility, personId, r.emergedOutcomeIds(), Set.of(ItemKind.OUTCOME), "emergedOutcomeIds", v);
        } else if (item instanceof Profile) {
            requireExisting(em, visibility, personId, item.links(), Set.of(ItemKind.ENTRY), "fromEntries", v);
        } else if (item instanceof Perspective p) {
            boolean aboutPerson = personId.equals(p.aboutId());
            if (!aboutPerson) {
                requireExisting(em, visibility, personId, p.links(), Set.copyOf(ItemKind.ALL), "aboutId", v);
            }
        }
    }

    private static void requireExisting(EntityManager em, Visibility visibility, String personId, List<String> ids,
                                        Set<ItemKind<?>> kinds, String field, Validation v) {
        Set<String> wanted = new HashSet<>(ids);
        wanted.removeIf(Objects::isNull);
        if (wanted.isEmpty() || !v.ids(wanted, field).ok()) {
            return;
        }
        Set<String> found = new HashSet<>();
        for (ItemRow row : ItemStore.existing(em, personId, wanted,
                kinds.stream().map(ItemKind::name).collect(Collectors.toSet()))) {
            if (visibility.allows(row, List.of())) {
                found.add(row.itemId());
            }
        }
        wanted.removeAll(found);
        if (!wanted.isEmpty()) {
            v.add(field, "no " + kinds.stream().map(ItemKind::name).sorted().collect(Collectors.joining(" or "))
                    + " of this person with id " + String.join(", ", new java.util.TreeSet<>(wanted)));
        }
    }

    /**
     * A review's emerging outcomes become outcomes of the record, and an outcome reviewed as achieved,
     * changed or no longer wanted takes that status, all in the review's transaction. A maintenance outcome
     * reviewed as maintained held steady: that is progress, and it stays active.
     */
    private Review applyReview(EntityManager em, Requester requester, String personId, Review review,
                               Written written) {
        Validation v = new Validation();
        for (int i = 0; i < review.results().size(); i++) {
            Review.OutcomeResult result = review.results().get(i);
            String status = switch (result.result()) {
                case "achieved", "changed", "no-longer-wanted" -> result.result();
                default -> null;
            };
            ItemRow current = ItemStore.latestForUpdate(em, ItemKind.OUTCOME.name(), result.outcomeId());
            Outcome outcome = ItemStore.item(current, ItemKind.OUTCOME);
            v.require(!Review.MAINTAINED.equals(result.result()) || "maintenance".equals(outcome.type()),
                    "results[" + i + "].result", "only a maintenance outcome is reviewed as maintained");
            if (status != null && !status.equals(outcome.status()) && mayChange(requester, current)) {
                ItemRow next = ItemStore.revise(em, requester, current, current.version(),
                        content(outcome.withStatus(status), current.occurredAt(), byWriter(requester)));
                written.add(next, ItemStore.fresh(next, ItemKind.OUTCOME));
            }
        }
        v.orThrow();
        List<String> emerged = new ArrayList<>(review.emergedOutcomeIds());
        for (Outcome draft : review.emergingOutcomes()) {
            ItemRow row = ItemStore.insert(em, requester, ItemStore.newId(), ItemKind.OUTCOME.name(), personId, null,
                    content(draft, null, byWriter(requester)));
            written.add(row, ItemStore.fresh(row, ItemKind.OUTCOME));
            emerged.add(row.itemId());
        }
        return review.withEmerged(emerged);
    }

    /**
     * Whether a writer may make the next version of an item: its own agency, or the person for their own words.
     * Anyone else's review or view stands beside the item and never rewrites it.
     */
    private static boolean mayChange(Requester requester, ItemRow current) {
        return requester.agency() != null && requester.agency().equals(current.agency())
                || current.agency() == null && requester.user().equals(current.author());
    }

    /** A person's entry changed without saying who reads it is read by whom it was read by before. */
    @SuppressWarnings("unchecked") // an entry's next version is an entry
    private static <T extends RecordItem> T sharedAsBefore(T item, ItemRow current) {
        if (item instanceof Entry e && e.sharedWith() == null && ItemRow.ONLY_ME.equals(current.category())) {
            return (T) e.sharedWith(Entry.SHARED_WITH_ONLY_ME);
        }
        return item;
    }

    /**
     * What an item is stored as; a note the person keeps to themselves is filed under no consent category
     * ({@link ItemRow#ONLY_ME}), so no directive reaches it and every list leaves it out in the same query.
     */
    private static ItemStore.Content content(RecordItem item, java.time.Instant keepOccurredAt, Provenance who) {
        String subkind = item instanceof Entry e ? e.kind() : item instanceof Outcome o ? o.type() : null;
        java.time.Instant occurredAt = item.occurredAt() != null ? item.occurredAt() : keepOccurredAt;
        String category = item instanceof Entry e && e.onlyMe() ? ItemRow.ONLY_ME : item.category().wireName();
        // the body keeps who did the work and who sent it, never a provenance the client gave (its id and version
        // are the row's when read)
        RecordItem body = item.stamped(item.id(), item.version() == null ? 0L : item.version(), item.personId(),
                item.occurredAt(), who);
        return new ItemStore.Content(body, item.links(), subkind, category, occurredAt);
    }

    /** Written through the API (or the shell): the writer did the work. */
    private static Provenance byWriter(Requester requester) {
        return new Provenance(null, null, null, null, Practitioner.named(requester.user()), null);
    }

    private static <T> Versioned<T> versioned(ItemRow row, T item) {
        return new Versioned<>(row.version(), row.state(), row.author(), row.agency(), row.recordedAt(), row.reason(),
                item);
    }

    /** Tells the listeners after the commit; one that fails is logged and does not undo the change. */
    private void announce(List<RecordChange> changes) {
        for (RecordListener listener : listeners) {
            for (RecordChange change : changes) {
                try {
                    listener.changed(change);
                } catch (RuntimeException e) {
                    LOG.warn("Record listener {} failed on {} {}", listener.getClass().getName(), change.kind(),
                            change.itemId(), e);
                }
            }
        }
    }
}
