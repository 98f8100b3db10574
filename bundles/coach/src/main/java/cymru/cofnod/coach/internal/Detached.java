package cymru.cofnod.coach.internal;

import cymru.cofnod.coach.api.AdviceKind;
import cymru.cofnod.coach.api.Span;
import java.util.Optional;

/**
 * An outcome written about the person, not in their voice, and saying nothing of what matters to them
 * ("Mr Price's meals will be delivered"): it begins with someone spoken about, or says what will be done
 * to them. Quoted words are their voice.
 */
final class Detached extends OutcomeFallbackRule {

    Detached() {
        super(AdviceKind.DETACHED);
    }

    @Override
    public Optional<Span> check(Statement s) {
        if (s.firstPerson() || s.quotes() || s.has(WordList.VOICE)
                || !s.beginsWithThirdPerson() && !s.has(WordList.DONE_TO)) {
            return Optional.empty();
        }
        return Optional.of(s.whole());
    }
}
