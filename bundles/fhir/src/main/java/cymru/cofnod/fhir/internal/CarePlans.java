package cymru.cofnod.fhir.internal;

import cymru.cofnod.meetings.api.Meeting;
import cymru.cofnod.meetings.api.Plan;
import java.sql.Date;
import java.util.List;
import java.util.StringJoiner;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * One version of a plan as a CarePlan ({@code <plan id>-<version>}, replacing the version before): its outcomes as
 * Goals, the support towards each and who does what as activities (what, by whom, why, by when), contingencies as
 * activities not started, and each party's view and every disagreement as notes with their author.
 */
final class CarePlans {

    private CarePlans() {
    }

    static String id(String planId, long version) {
        return planId + "-" + version;
    }

    /**
     * @param current whether this is the plan's live version
     * @param parties who was at the meeting that made this version, each with their view
     */
    static CarePlan of(Plan plan, boolean current, List<Meeting.Party> parties) {
        CarePlan care = new CarePlan();
        care.setId(id(plan.id(), plan.version()));
        care.getMeta().setVersionId(String.valueOf(plan.version()));
        if (plan.language() != null) {
            care.setLanguage(plan.language());
        }
        care.addIdentifier().setSystem(CofnodSystems.PLAN).setValue(plan.id());
        care.setStatus(current ? CarePlan.CarePlanStatus.ACTIVE : CarePlan.CarePlanStatus.REVOKED);
        care.setIntent(CarePlan.CarePlanIntent.PLAN);
        care.setSubject(new Reference("Patient/" + plan.personId()));
        if (plan.version() > 1) {
            care.addReplaces(new Reference("CarePlan/" + id(plan.id(), plan.version() - 1)));
        }
        if (plan.provenance() != null && plan.provenance().recordedAt() != null) {
            care.setCreatedElement(new DateTimeType(java.util.Date.from(plan.provenance().recordedAt())));
            care.setAuthor(new Reference().setDisplay(Observations.byline(plan.provenance())));
        }
        for (Plan.PlanOutcome outcome : plan.outcomes()) {
            Reference goal = new Reference("Goal/" + outcome.outcomeId());
            care.addGoal(goal);
            for (Meeting.Support support : outcome.support()) {
                activity(care, support.what(), who(support.by(), support.agency()), CarePlan.CarePlanActivityStatus.INPROGRESS)
                        .addGoal(goal).addReasonCode(new CodeableConcept().setText(support.why()));
            }
        }
        for (Meeting.Action action : plan.whoDoesWhat()) {
            CarePlan.CarePlanActivityDetailComponent detail = activity(care, action.what(),
                    who(action.owner(), action.agency()), CarePlan.CarePlanActivityStatus.NOTSTARTED);
            if (action.due() != null) {
                detail.setScheduled(new Period().setEnd(Date.valueOf(action.due())));
            }
        }
        for (Meeting.Contingency contingency : plan.contingencies()) {
            activity(care, "If " + contingency.whatIf() + ": " + contingency.then(), null,
                    CarePlan.CarePlanActivityStatus.NOTSTARTED).setCode(new CodeableConcept().setText("contingency"));
        }
        for (Meeting.Party party : parties) {
            if (party.view() != null) {
                care.addNote().setAuthor(new StringType(party.name() + " (" + (party.agency() == null ? party.role()
                        : party.role() + ", " + party.agency()) + ")")).setText(words(party.view()));
            }
        }
        for (Plan.PlanView view : plan.views()) {
            Annotation note = care.addNote().setText(view.view())
                    .setAuthor(new StringType(view.name() == null ? view.whose() : view.name() + " (" + view.whose() + ")"));
            if (view.recordedAt() != null) {
                note.setTime(java.util.Date.from(view.recordedAt()));
            }
        }
        for (Meeting.Disagreement disagreement : plan.disagreements()) {
            for (Meeting.Position position : disagreement.positions()) {
                care.addNote().setAuthor(new StringType(position.party()))
                        .setText("Disagreement about " + disagreement.about() + ": " + position.view());
            }
        }
        if (plan.nextReview() != null) {
            care.addNote().setText("Next review: " + plan.nextReview());
        }
        if (plan.note() != null) {
            care.setDescription(plan.note());
        }
        return care;
    }

    /** A party's view under the Exchange Model's headings, those they spoke to. */
    private static String words(Meeting.View view) {
        StringJoiner words = new StringJoiner("\n");
        heading(words, "What matters", view.whatMatters());
        heading(words, "What is working", view.whatIsWorking());
        heading(words, "Worries", view.worries());
        heading(words, "What should happen", view.whatShouldHappen());
        return words.toString();
    }

    private static void heading(StringJoiner words, String heading, String said) {
        if (said != null) {
            words.add(heading + ": " + said);
        }
    }

    private static String who(String name, String agency) {
        return name == null ? agency : agency == null ? name : name + " (" + agency + ")";
    }

    private static CarePlan.CarePlanActivityDetailComponent activity(CarePlan care, String what, String who,
                                                                      CarePlan.CarePlanActivityStatus status) {
        CarePlan.CarePlanActivityDetailComponent detail = care.addActivity().getDetail()
                .setStatus(status).setDescription(what);
        if (who != null) {
            detail.addPerformer(new Reference().setDisplay(who));
        }
        return detail;
    }
}
