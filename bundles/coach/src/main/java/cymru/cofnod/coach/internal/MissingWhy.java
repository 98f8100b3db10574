package cymru.cofnod.coach.internal;

import cymru.cofnod.coach.api.AdviceKind;
import cymru.cofnod.coach.api.Field;
import cymru.cofnod.coach.api.Span;
import java.util.Optional;

/**
 * Something done or decided without why ("visit cancelled"), a stock phrase for a why ("as per care
 * plan"), or a disagreement that does not say why.
 */
final class MissingWhy implements Rule {

    @Override
    public AdviceKind kind() {
        return AdviceKind.MISSING_WHY;
    }

    @Override
    public boolean appliesTo(Field field) {
        return field == Field.ENTRY || field == Field.DECISION || field == Field.PERSPECTIVE;
    }

    @Override
    public Optional<Span> check(Statement s) {
        if (s.has(WordList.REASON)) {
            return Optional.empty();
        }
        Optional<PhraseList.Match> found = s.first(WordList.STOCK_REASON);
        if (found.isEmpty()) {
            found = s.first(s.field() == Field.PERSPECTIVE ? WordList.DISSENT : WordList.ACTION);
        }
        return found.map(s::span);
    }
}
