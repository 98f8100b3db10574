package cymru.cofnod.coach.internal;

import cymru.cofnod.coach.api.AdviceKind;
import cymru.cofnod.coach.api.Field;
import cymru.cofnod.coach.api.Span;
import java.util.Optional;

/** A professional's goal or jargon as the outcome ("improve gait pattern"), even put in the first person. */
final class ProfessionalGoal implements Rule {

    @Override
    public AdviceKind kind() {
        return AdviceKind.PROFESSIONAL_GOAL;
    }

    @Override
    public boolean appliesTo(Field field) {
        return field == Field.OUTCOME;
    }

    @Override
    public Optional<Span> check(Statement s) {
        return s.first(WordList.PROFESSIONAL).map(s::span);
    }
}
