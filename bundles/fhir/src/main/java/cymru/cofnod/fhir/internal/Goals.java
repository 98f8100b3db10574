package cymru.cofnod.fhir.internal;

import cymru.cofnod.nof.api.NofMapping;
import cymru.cofnod.outcomes.api.Outcome;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * A personal outcome as a Goal: the person's own words, in their language, are the description; the professional
 * restatement is a note of its author, never the description; NOF tags are categories in Cofnod's NOF code system.
 */
final class Goals {

    private Goals() {
    }

    /**
     * @param lastResult the outcome's result at its latest review ({@code achieved}, {@code partly}...), or null
     */
    static Goal of(Outcome outcome, String lastResult, List<NofMapping> tags) {
        Goal goal = new Goal();
        goal.setId(outcome.id());
        goal.getMeta().setVersionId(String.valueOf(outcome.version()));
        goal.addIdentifier().setSystem(CofnodSystems.OUTCOME).setValue(outcome.id());
        goal.setLifecycleStatus(lifecycle(outcome.status()));
        String achievement = achievement(outcome.status(), lastResult);
        if (achievement != null) {
            goal.setAchievementStatus(new CodeableConcept(new Coding(
                    "http://terminology.hl7.org/CodeSystem/goal-achievement", achievement, null)));
        }
        // the resource's language is the person's words' (R4 has no language extension for a plain text)
        goal.setLanguage(outcome.language());
        goal.setDescription(new CodeableConcept().setText(outcome.ownWords()));
        goal.setSubject(new Reference("Patient/" + outcome.personId()));
        goal.setExpressedBy("person".equals(outcome.expressedBy())
                ? new Reference("Patient/" + outcome.personId())
                : new Reference().setDisplay(outcome.expressedBy()));
        goal.addCategory(new CodeableConcept(new Coding(CofnodSystems.OUTCOME_TYPE, outcome.type(), null)));
        for (NofMapping tag : tags) {
            goal.addCategory(new CodeableConcept(new Coding(CofnodSystems.NOF, tag.code(),
                    tag.statement() == null ? null : tag.statement().text())));
        }
        if (outcome.occurredAt() != null) {
            goal.setStart(new DateType(Date.from(outcome.occurredAt())));
        }
        if (outcome.professionalRestatement() != null) {
            goal.addNote(new Annotation().setText(outcome.professionalRestatement())
                    .setAuthor(new StringType("professional restatement, "
                            + Observations.byline(outcome.provenance()))));
        }
        return goal;
    }

    private static Goal.GoalLifecycleStatus lifecycle(String status) {
        return switch (status) {
            case "achieved" -> Goal.GoalLifecycleStatus.COMPLETED;
            case "changed", "no-longer-wanted" -> Goal.GoalLifecycleStatus.CANCELLED;
            default -> Goal.GoalLifecycleStatus.ACTIVE;
        };
    }

    private static String achievement(String status, String lastResult) {
        if ("achieved".equals(status)) {
            return "achieved";
        }
        if (lastResult == null) {
            return null;
        }
        return switch (lastResult) {
            case "achieved" -> "achieved";
            case "partly" -> "improving";
            case "not-yet" -> "no-progress";
            case "maintained" -> "sustaining";
            case "no-longer-wanted", "changed" -> "not-achieved";
            default -> null;
        };
    }
}
