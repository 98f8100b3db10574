package cymru.cofnod.coach.internal;

import cymru.cofnod.coach.api.AdviceKind;
import cymru.cofnod.coach.api.Field;
import cymru.cofnod.coach.api.Span;
import java.util.Optional;

/**
 * A judgement of the person written as fact ("he is manipulative", "no issues of concern"), in a sentence
 * that says neither whose view it is nor what it rests on.
 */
final class OpinionAsFact implements Rule {

    @Override
    public AdviceKind kind() {
        return AdviceKind.OPINION_AS_FACT;
    }

    @Override
    public boolean appliesTo(Field field) {
        return field != Field.OUTCOME;
    }

    @Override
    public Optional<Span> check(Statement s) {
        return s.unquoted(WordList.JUDGEMENT).stream()
                .filter(m -> !s.inSentence(WordList.ATTRIBUTION, m))
                .findFirst().map(s::span);
    }
}
