package cymru.cofnod.coach.internal;

import cymru.cofnod.coach.api.AdviceKind;
import cymru.cofnod.coach.api.Field;
import cymru.cofnod.coach.api.Span;
import java.util.Optional;

/**
 * What the organisation wants ("remain compliant", "reduce the risk of readmission") as an outcome or as
 * a decision's why; in an outcome also what others require of someone spoken about ("he needs to ..."),
 * never what the person says of themselves ("not have to sleep downstairs").
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
        if (goal.isEmpty() && s.field() == Field.OUTCOME && !s.firstPerson() && s.thirdPerson()) {
            goal = s.first(WordList.OBLIGATION);
        }
        return goal.map(s::span);
    }
}
