package cymru.cofnod.fhir.internal;

import cymru.cofnod.consent.api.ConsentDirective;
import cymru.cofnod.core.api.RecordCategory;
import java.util.Date;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

/**
 * A consent directive as a privacy Consent: who gave it, the one permit provision naming the grantee, the purposes,
 * the record categories, the outcomes it is limited to and its period; withdrawn or expired directives are inactive.
 */
final class Consents {

    private Consents() {
    }

    static Consent of(ConsentDirective directive) {
        Consent consent = new Consent();
        consent.setId(directive.id());
        consent.addIdentifier().setSystem(CofnodSystems.CONSENT).setValue(directive.id());
        consent.setStatus(status(directive.status()));
        consent.setScope(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/consentscope",
                "patient-privacy", "Privacy Consent")));
        consent.addCategory(new CodeableConcept(new Coding("http://loinc.org", "59284-0", "Patient Consent")));
        consent.setPatient(new Reference("Patient/" + directive.personId()));
        if (directive.recordedAt() != null) {
            consent.setDateTime(Date.from(directive.recordedAt()));
        }
        if (directive.givenBy() != null) {
            consent.addPerformer("person".equals(directive.givenBy().kind())
                    ? new Reference("Patient/" + directive.personId())
                    : new Reference().setDisplay(directive.givenBy().kind()
                            + (directive.givenBy().name() == null ? "" : ": " + directive.givenBy().name())));
        }
        consent.addPolicy().setUri(CofnodSystems.ACCESS_POLICY);
        Consent.provisionComponent provision = consent.getProvision().setType(Consent.ConsentProvisionType.PERMIT);
        if (directive.validFrom() != null || directive.validUntil() != null) {
            Period period = new Period();
            if (directive.validFrom() != null) {
                period.setStart(Date.from(directive.validFrom()));
            }
            if (directive.validUntil() != null) {
                period.setEnd(Date.from(directive.validUntil()));
            }
            provision.setPeriod(period);
        }
        if (directive.grantee() != null) {
            provision.addActor().setRole(new CodeableConcept(new Coding(
                            "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "IRCP", "information recipient")))
                    .setReference(new Reference().setDisplay(grantee(directive.grantee())));
        }
        directive.purposes().stream().sorted()
                .forEach(p -> provision.addPurpose(new Coding(CofnodSystems.PURPOSE_OF_USE, p, null)));
        directive.categories().stream().map(RecordCategory::wireName).sorted()
                .forEach(c -> provision.addClass_(new Coding(CofnodSystems.RECORD_CATEGORY, c, null)));
        directive.outcomeIds().forEach(id -> provision.addData()
                .setMeaning(Consent.ConsentDataMeaning.RELATED).setReference(new Reference("Goal/" + id)));
        return consent;
    }

    private static Consent.ConsentState status(String status) {
        return switch (status == null ? "" : status) {
            case "active" -> Consent.ConsentState.ACTIVE;
            case "not-yet-valid" -> Consent.ConsentState.PROPOSED;
            default -> Consent.ConsentState.INACTIVE;
        };
    }

    private static String grantee(ConsentDirective.Grantee grantee) {
        return switch (grantee.kind()) {
            case "role" -> grantee.role() + " of " + grantee.agency();
            case "named-person" -> (grantee.name() == null ? grantee.user() : grantee.name())
                    + (grantee.agency() == null ? "" : " (" + grantee.agency() + ")");
            default -> grantee.agency();
        };
    }
}
