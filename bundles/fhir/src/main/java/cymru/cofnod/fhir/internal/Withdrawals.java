package cymru.cofnod.fhir.internal;

import cymru.cofnod.outcomes.api.Versioned;
import java.util.Date;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.StringType;

/**
 * Marks the version that withdrew an item, in the person's copy of everything held: tagged {@code withdrawn}
 * (Cofnod's item-state system), entered in error by FHIR's statuses (the recorder took it back), and a note of who
 * withdrew it, when and why. Its earlier versions stand as they were.
 */
final class Withdrawals {

    static final String WITHDRAWN = "withdrawn";

    private Withdrawals() {
    }

    static <R extends DomainResource> R marked(R resource, Versioned<?> version) {
        if (!WITHDRAWN.equals(version.state())) {
            return resource;
        }
        resource.getMeta().addTag(new Coding(CofnodSystems.ITEM_STATE, WITHDRAWN, "Withdrawn by the recorder"));
        Annotation note = new Annotation().setText("Withdrawn" + (version.reason() == null ? "" : ": " + version.reason()))
                .setAuthor(new StringType(version.agency() == null ? version.recordedBy()
                        : version.recordedBy() + " (" + version.agency() + ")"));
        if (version.recordedAt() != null) {
            note.setTime(Date.from(version.recordedAt()));
        }
        if (resource instanceof Goal goal) {
            goal.setLifecycleStatus(Goal.GoalLifecycleStatus.ENTEREDINERROR).addNote(note);
        } else if (resource instanceof Observation observation) {
            observation.setStatus(Observation.ObservationStatus.ENTEREDINERROR).addNote(note);
        }
        return resource;
    }

    static boolean isWithdrawn(DomainResource resource) {
        return resource.getMeta().getTag(CofnodSystems.ITEM_STATE, WITHDRAWN) != null;
    }
}
