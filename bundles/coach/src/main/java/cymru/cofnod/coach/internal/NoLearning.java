package cymru.cofnod.coach.internal;

import cymru.cofnod.coach.api.AdviceKind;
import cymru.cofnod.coach.api.Field;
import cymru.cofnod.coach.api.Span;
import java.util.List;
import java.util.Optional;

/**
 * A review result that says nothing learnt: a stock answer ("n/a", "no change") with at most one more
 * word of content, or only words every review has ("outcome partly achieved").
 */
final class NoLearning implements Rule {

    @Override
    public AdviceKind kind() {
        return AdviceKind.NO_LEARNING;
    }

    @Override
    public boolean appliesTo(Field field) {
        return field == Field.REVIEW;
    }

    @Override
    public Optional<Span> check(Statement s) {
        List<PhraseList.Match> stock = s.unquoted(WordList.NO_LEARNING);
        if (!stock.isEmpty() && s.contentBeyond(stock, WordList.FILLER) <= 1) {
            return Optional.of(s.span(stock.get(0)));
        }
        return s.contentBeyond(List.of(), WordList.FILLER) == 0 ? Optional.of(s.whole()) : Optional.empty();
    }
}
