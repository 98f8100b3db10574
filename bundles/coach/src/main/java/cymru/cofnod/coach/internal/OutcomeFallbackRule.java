package cymru.cofnod.coach.internal;

import cymru.cofnod.coach.api.AdviceKind;
import cymru.cofnod.coach.api.Field;

/** A rule about an outcome's own words that speaks only when no rule before it has. */
abstract class OutcomeFallbackRule implements Rule {

    private final AdviceKind kind;

    OutcomeFallbackRule(AdviceKind kind) {
        this.kind = kind;
    }

    @Override
    public final AdviceKind kind() {
        return kind;
    }

    @Override
    public final boolean appliesTo(Field field) {
        return field == Field.OUTCOME;
    }

    @Override
    public final boolean fallback() {
        return true;
    }
}
