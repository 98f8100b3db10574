package cymru.cofnod.fhir.internal;

import java.util.Date;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;

/** What this server answers, and nothing more: read-only, JSON and XML, HTTP Basic, reads by id, searches by patient. */
final class Capabilities {

    private Capabilities() {
    }

    static CapabilityStatement statement(Date published) {
        CapabilityStatement cs = new CapabilityStatement();
        cs.setStatus(Enumerations.PublicationStatus.ACTIVE);
        cs.setDate(published);
        cs.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        cs.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        cs.addFormat("json");
        cs.addFormat("xml");
        cs.getSoftware().setName("Cofnod");
        cs.getImplementation().setDescription("Cofnod's shared record, read-only, under the person's consent");
        CapabilityStatement.CapabilityStatementRestComponent rest = cs.addRest()
                .setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.getSecurity().addService(new CodeableConcept(new Coding(
                        "http://terminology.hl7.org/CodeSystem/restful-security-service", "Basic", "Basic")))
                .setDescription("HTTP Basic against Cofnod's users; every request but this one states its purpose "
                        + "in X-Purpose-Of-Use (direct-care, care-planning or safeguarding; commissioning is refused); "
                        + "what consent hides is not found; every request is audited");
        CapabilityStatementRestResourceComponent patient = resource(rest, "Patient", TypeRestfulInteraction.READ,
                TypeRestfulInteraction.SEARCHTYPE);
        patient.addSearchParam().setName("identifier").setType(Enumerations.SearchParamType.TOKEN)
                .setDocumentation("https://fhir.nhs.uk/Id/nhs-number|<NHS number>, or Cofnod's person id");
        patient.addOperation().setName("everything")
                .setDefinition("http://hl7.org/fhir/OperationDefinition/Patient-everything");
        for (String type : new String[] {"Goal", "CarePlan", "Observation", "Consent", "AuditEvent"}) {
            // the access log's lines have no id of their own: AuditEvents are searched, never read by id
            TypeRestfulInteraction[] interactions = "AuditEvent".equals(type)
                    ? new TypeRestfulInteraction[] {TypeRestfulInteraction.SEARCHTYPE}
                    : new TypeRestfulInteraction[] {TypeRestfulInteraction.READ, TypeRestfulInteraction.SEARCHTYPE};
            resource(rest, type, interactions).addSearchParam().setName("patient")
                    .setType(Enumerations.SearchParamType.REFERENCE)
                    .setDocumentation("Required: Patient/<id> or <id>; paged by _count (at most 500) and _cursor");
        }
        return cs;
    }

    private static CapabilityStatementRestResourceComponent resource(
            CapabilityStatement.CapabilityStatementRestComponent rest, String type, TypeRestfulInteraction... interactions) {
        CapabilityStatementRestResourceComponent resource = rest.addResource().setType(type);
        for (TypeRestfulInteraction interaction : interactions) {
            resource.addInteraction().setCode(interaction);
        }
        return resource;
    }
}
