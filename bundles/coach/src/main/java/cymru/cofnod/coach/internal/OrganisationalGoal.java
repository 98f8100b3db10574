package cymru.cofnod.coach.internal;

import cymru.cofnod.coach.api.AdviceKind;
import cymru.cofnod.coach.api.Field;
import cymru.cofnod.coach.api.Span;
import java.util.Optional;

/**
 * What the organisation wants ("remain compliant", "reduce the risk of readmission") as an outcome or as
 * a decision's why; in an outcome also what others require of the person ("he needs to ..."), unless the
 * person says it of themselves.
 */
final class OrganisationalGoal implements Rule {

    @Override
    public AdviceKind kind() {
        return AdviceKind.ORGANISATIONAL_GOAL;
    }

    @Override
    public boolean appliesTo(Field field) {
        return field == Field.OUTCOME || field == Field.DECISION;
    }

    @Override
    public Optional<Span> check(Statement s) {
        Optional<PhraseList.Match> goal = s.first(WordList.ORGANISATIONAL);
        if (goal.isEmpty() && s.field() == Field.OUTCOME && !s.firstPerson()) {
            goal = s.first(WordList.OBLIGATION);
        }
        return goal.map(s::span);
    }
}
