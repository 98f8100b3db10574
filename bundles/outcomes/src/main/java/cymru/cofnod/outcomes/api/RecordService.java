package cymru.cofnod.outcomes.api;

import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Requester;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A person's record: every kind of item through one set of operations, so that versions, withdrawal,
 * authorship and the consent check work alike for all of them. Every read passes one check of who may
 * see what; an item the requester may not see is not found, exactly like one that does not exist.
 */
public interface RecordService {

    /**
     * Adds an item to a person's record, written by the requester for their agency.
     *
     * @throws cymru.cofnod.core.api.ValidationException naming each bad field; nothing is stored
     */
    <T extends RecordItem> T add(Requester requester, String personId, ItemKind<T> kind, T item);

    /**
     * Adds an item that came from an agency's own system, keyed by that system's id: the same key sent
     * again returns the item already stored and changes nothing.
     */
    <T extends RecordItem> Ingested<T> ingest(Requester requester, String personId, ItemKind<T> kind, T item,
                                              String sourceKey);

    /**
     * Adds many items from agencies' systems in one transaction, as {@link #ingest} adds one: each item whole
     * or not at all, a key already stored (or earlier in the same batch) a duplicate. An item that cannot be
     * taken in is refused with its reason and the others still land. Consent is asked once per person.
     *
     * @return one answer per item, in the order given
     */
    List<IngestAnswer> ingestAll(Requester requester, List<ToIngest<?>> items);

    /**
     * Adds several items that came from one item of an agency's system (an assessment and the decision it led to)
     * in one transaction, all or nothing: if any is refused, none is stored and each answer carries the first
     * refusal. Keys already stored are duplicates, as in {@link #ingestAll}.
     *
     * @return one answer per item, in the order given
     */
    List<IngestAnswer> ingestTogether(Requester requester, List<ToIngest<?>> items);

    <T extends RecordItem> T get(Requester requester, String personId, ItemKind<T> kind, String id);

    /**
     * An item by its id alone, whoever's record it is in, answered exactly as {@link #get} answers it in that
     * record: an unknown id and one the requester may not see are the same not found.
     */
    <T extends RecordItem> T find(Requester requester, ItemKind<T> kind, String id);

    /** Live items of one kind, newest first, keyset-paged, filtered by consent before paging. */
    <T extends RecordItem> Page<T> list(Requester requester, String personId, ItemKind<T> kind, PageRequest page);

    /**
     * A new version of an item; only its own agency (or the person, for their own words) may change it.
     *
     * @throws cymru.cofnod.core.api.StaleVersionException when {@code expectedVersion} is not the current one
     */
    <T extends RecordItem> T revise(Requester requester, String personId, ItemKind<T> kind, String id,
                                    long expectedVersion, T item);

    /** Withdraws an item with a reason: gone from lists and the timeline, kept in its history. */
    <T extends RecordItem> Versioned<T> withdraw(Requester requester, String personId, ItemKind<T> kind, String id,
                                                 String reason);

    /**
     * Every version of each of the person's items of this kind that was withdrawn (its last version the
     * withdrawal, with who and why), item by item: for the person's own copy of everything held about them,
     * so only the person reads them (a practitioner: refused; another person: not found). Lists, journeys and
     * chronologies never show them.
     */
    <T extends RecordItem> List<Versioned<T>> withdrawn(Requester requester, String personId, ItemKind<T> kind);

    <T extends RecordItem> List<Versioned<T>> history(Requester requester, String personId, ItemKind<T> kind,
                                                      String id);

    /** The person's journey across all agencies, newest first, keyset-paged, never counted. */
    Page<TimelineItem> timeline(Requester requester, String personId, TimelineQuery query, PageRequest page);

    /**
     * Of these ids, those of live items of the person's record that consent hides from the requester today: what
     * a meeting or plan quoting them must leave out. Not audited: the read that asks is.
     */
    Set<String> hiddenOf(Requester requester, String personId, Collection<String> ids);

    /** The current one-page profile, if one has been written. */
    Optional<Profile> profile(Requester requester, String personId);

    /**
     * Hands every live item of the given kinds, as it now stands, to one listener, as if each had just
     * been written: how a bundle that keeps its own view (the nof bundle's report facts) catches up with
     * records written before it listened. Only an administrator may start it, and nothing is returned to
     * them: the items go to the listener only.
     *
     * @return how many items the listener was given
     * @throws cymru.cofnod.core.api.AccessDeniedException unless the requester is an administrator
     */
    int replay(Requester requester, Set<ItemKind<?>> kinds, RecordListener listener);

    /**
     * A draft one-page profile drawn from the person's learning-log rows: what worked becomes a line of
     * what is important to them, what did not work a line of how best to support them, each naming the
     * row it came from. Nothing is stored: a practitioner curates the draft into the profile.
     */
    Profile profileDraft(Requester requester, String personId);

    /** The result of an ingest: the item and whether it was new or already there. */
    record Ingested<T>(T item, boolean duplicate) {
    }

    /**
     * One item of a batch: whose record, what kind, the item, its own id in the sending system, and who did the work
     * as that system names them (none if it names nobody).
     */
    record ToIngest<T extends RecordItem>(String personId, ItemKind<T> kind, T item, String sourceKey,
                                          Practitioner performedBy) {

        /** An item whose sending system names no practitioner. */
        public ToIngest(String personId, ItemKind<T> kind, T item, String sourceKey) {
            this(personId, kind, item, sourceKey, null);
        }
    }

    /**
     * What became of one item of a batch: stored (or already there) as {@code item}, or refused with a
     * {@link cymru.cofnod.core.api.ValidationException}, {@link cymru.cofnod.core.api.RecordNotFoundException} or
     * {@link cymru.cofnod.core.api.AccessDeniedException} saying why.
     */
    record IngestAnswer(RecordItem item, boolean duplicate, RuntimeException refusal) {

        public boolean refused() {
            return refusal != null;
        }
    }
}
