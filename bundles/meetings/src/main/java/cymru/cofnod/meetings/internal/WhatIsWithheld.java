package cymru.cofnod.meetings.internal;

import cymru.cofnod.consent.api.Disclosure;
import cymru.cofnod.core.api.Memo;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;

/**
 * Whether consent withholds any of a person's meetings (or plans) from a reader, kept under the person's
 * {@link MeetingsGeneration} (which every write of their meetings and plans moves on in its own transaction, and
 * every list reads: one row by its key) and what the reader's disclosure is made of (which a directive given,
 * withdrawn or expired changes). A list then reads one page of its index, not every row of the person's; a write
 * or a consent change through any node is seen by the next list through every node.
 */
final class WhatIsWithheld {

    private final Memo<Boolean> answers = new Memo<>(50_000);

    /** The answer for this disclosure of the person's record; {@code everyRow} works it out when it is not kept. */
    boolean of(EntityManager em, String personId, Disclosure disclosure, BooleanSupplier everyRow) {
        if (disclosure.everything()) {
            return false;
        }
        return answers.get(personId + '@' + MeetingsGeneration.of(em, personId) + '#' + madeOf(disclosure),
                everyRow::getAsBoolean);
    }

    /**
     * Everything {@link Disclosure#allows} decides by, as a key: two disclosures with the same key allow the same
     * meetings and plans. Not the directives' ids: a directive replaced by one granting the same is the same answer.
     */
    private static String madeOf(Disclosure disclosure) {
        return disclosure.ownAgency() + disclosure.grants().stream()
                .map(g -> "|" + new TreeSet<>(g.categories()) + "/" + new TreeSet<>(g.outcomeScope()))
                .sorted().collect(Collectors.joining());
    }
}
