package cymru.cofnod.coach.internal;

import cymru.cofnod.coach.api.AdviceKind;
import cymru.cofnod.coach.api.Field;
import cymru.cofnod.coach.api.Span;
import java.util.Optional;

/** One kind of advice: when it applies and which words prompt it. */
interface Rule {

    AdviceKind kind();

    boolean appliesTo(Field field);

    /**
     * A rule that speaks only when no rule before it has: one clear piece of advice beats two overlapping
     * ones ("needs to accept the care package" is the organisation's goal; that it names a service adds
     * nothing).
     */
    default boolean fallback() {
        return false;
    }

    /** The words that prompt this advice, if any. */
    Optional<Span> check(Statement s);
}
