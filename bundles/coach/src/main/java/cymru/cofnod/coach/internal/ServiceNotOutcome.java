package cymru.cofnod.coach.internal;

import cymru.cofnod.coach.api.AdviceKind;
import cymru.cofnod.coach.api.Span;
import java.util.Optional;

/**
 * A service, referral or activity written as the outcome ("to attend day centre twice weekly"), with
 * nothing of what it is for. The person's own "I want to go to the day centre", or what they want said of
 * them ("Ahmed wants to go to the mosque"), is theirs to say.
 */
final class ServiceNotOutcome extends OutcomeFallbackRule {

    ServiceNotOutcome() {
        super(AdviceKind.SERVICE_NOT_OUTCOME);
    }

    @Override
    public Optional<Span> check(Statement s) {
        if (s.firstPerson() || s.has(WordList.VOICE) || s.has(WordList.REASON)) {
            return Optional.empty();
        }
        return s.first(WordList.SERVICE).map(s::span);
    }
}
