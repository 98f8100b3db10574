package cymru.cofnod.coach.internal;

import cymru.cofnod.coach.api.AdviceKind;
import cymru.cofnod.coach.api.Span;
import java.util.List;
import java.util.Optional;

/**
 * An aim anyone could have ("be healthier", "I want to be happy") with nothing of what it looks like for
 * this person or why: at most one more word of content, and no reason. The advice asks for more, not for
 * other words.
 */
final class Generic extends OutcomeFallbackRule {

    Generic() {
        super(AdviceKind.GENERIC);
    }

    @Override
    public Optional<Span> check(Statement s) {
        return s.first(WordList.GENERIC)
                .filter(m -> !s.has(WordList.REASON) && s.contentBeyond(List.of(m), WordList.FRAME) <= 1)
                .map(s::span);
    }
}
