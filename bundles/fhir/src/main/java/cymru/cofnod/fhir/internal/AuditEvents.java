package cymru.cofnod.fhir.internal;

import cymru.cofnod.consent.api.AccessLogLine;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.UUID;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;

/**
 * A line of the person's access log as an AuditEvent, shaped as IHE BALP's patient-record access: the
 * DICOM "Patient Record" event type, the requesting user and agency with their purpose of use, the person as the
 * patient entity (with the plain-words sentence as its description), and Cofnod as the observer. The log's lines
 * carry no id of their own, so the id is a name-based UUID of the line.
 */
final class AuditEvents {

    private AuditEvents() {
    }

    static AuditEvent of(String personId, AccessLogLine line) {
        AuditEvent event = new AuditEvent();
        event.setId(UUID.nameUUIDFromBytes((personId + '|' + line.at() + '|' + line.who() + '|' + line.summary())
                .getBytes(StandardCharsets.UTF_8)).toString());
        event.setType(new Coding("http://dicom.nema.org/resources/ontology/DCM", "110110", "Patient Record"));
        event.setRecorded(Date.from(line.at()));
        event.setOutcome(line.refused() ? AuditEvent.AuditEventOutcome._4 : AuditEvent.AuditEventOutcome._0);
        AuditEvent.AuditEventAgentComponent agent = event.addAgent().setRequestor(true)
                .setWho(new Reference().setDisplay(line.agency() == null ? line.who() : line.who() + " (" + line.agency() + ")"));
        if (line.purpose() != null) {
            agent.addPurposeOfUse(new CodeableConcept(new Coding(CofnodSystems.PURPOSE_OF_USE, line.purpose(), null)));
        }
        event.getSource().setObserver(new Reference().setDisplay("Cofnod"));
        event.addEntity().setWhat(new Reference("Patient/" + personId))
                .setType(new Coding("http://terminology.hl7.org/CodeSystem/audit-entity-type", "1", "Person"))
                .setRole(new Coding("http://terminology.hl7.org/CodeSystem/object-role", "1", "Patient"))
                .setDescription(line.summary());
        if (line.breakGlass()) {
            event.addPurposeOfEvent(new CodeableConcept(new Coding(
                    "http://terminology.hl7.org/CodeSystem/v3-ActReason", "ETREAT", "Emergency Treatment")));
        }
        return event;
    }
}
