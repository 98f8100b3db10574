package cymru.cofnod.meetings.internal;

import cymru.cofnod.consent.api.AuditTrail;
import cymru.cofnod.consent.api.Disclosure;
import cymru.cofnod.consent.api.SharingPolicy;
import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.outcomes.api.RecordService;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * What the meetings and plans services share as parts of a person's record: the bundle's own tables,
 * the record they link into, and the one read check.
 */
abstract class RecordPart {

    final JpaTemplate jpa;
    final RecordService records;
    final RecordAccess access;
    private final WhatIsWithheld withheld = new WhatIsWithheld();

    RecordPart(JpaTemplate jpa, RecordService records, SharingPolicy policy, AuditTrail audit) {
        this.jpa = jpa;
        this.records = records;
        this.access = new RecordAccess(policy, audit);
    }

    /** A list of one person's (or of everyone's) items the requester may see, filtered before paging. */
    <R extends StoredRow, T> Page<T> list(Keyset<R, T> keyset, Requester requester, String personId,
                                          PageRequest page, String what) {
        access.checkRole(requester);
        // one person's list: their disclosure, asked first so a refusal is said, serves the filter too
        Map<String, Disclosure> known = personId == null ? Map.of()
                : Map.of(personId, access.disclosure(requester, personId));
        Keyset.Found<T> found = jpa.txExpr(TransactionType.Required, em -> keyset.page(em, personId, page,
                access.listFilter(requester, known), (p, everyRow) -> withheld.of(em, p, known.get(p), everyRow)));
        Page<T> shown = keyset.shown(found.page(), found.personIds(), (p, ids) -> records.hiddenOf(requester, p, ids));
        access.note(requester, personId, "listed " + shown.items().size() + " " + what);
        if (personId != null && seesNoneUnbidden(known.get(personId), shown)) {
            return new Page<>(shown.items(), shown.nextCursor(), true);
        }
        return shown;
    }

    /**
     * A practitioner with no directive for this purpose who sees none of the person's items is told that some are
     * withheld whatever the person has: whether anyone met about them is more than a trace tells.
     */
    private static boolean seesNoneUnbidden(Disclosure disclosure, Page<?> shown) {
        return !disclosure.everything() && disclosure.ownAgency() != null && disclosure.grants().isEmpty()
                && shown.items().isEmpty();
    }

    /**
     * A write in the person's meetings and plans, with their {@link MeetingsGeneration} moved on last in the same
     * transaction: every node's next list of them asks again what is withheld.
     */
    <T> T write(String personId, EmFunction<T> work) {
        MeetingsGeneration.made(jpa, personId);
        return jpa.txExpr(TransactionType.Required, em -> {
            T written = work.apply(em);
            MeetingsGeneration.moveOn(em, personId);
            return written;
        });
    }

    /** The outcomes of a person's record among these that the requester may not see today. */
    Set<String> hidden(Requester requester, String personId, Collection<String> outcomeIds) {
        return records.hiddenOf(requester, personId, outcomeIds);
    }
}
