package cymru.cofnod.fhir.internal;

import cymru.cofnod.outcomes.api.Person;
import java.sql.Date;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Patient;

/** A person as a minimal Patient: the demographics the requester may see, and the identifiers they are traced by. */
final class Patients {

    private Patients() {
    }

    static Patient of(Person person) {
        Patient patient = new Patient();
        patient.setId(person.id());
        if (person.version() != null) {
            patient.getMeta().setVersionId(person.version().toString());
        }
        patient.addIdentifier().setSystem(CofnodSystems.PERSON).setValue(person.id());
        if (person.identifiers().nhsNumber() != null) {
            patient.addIdentifier().setSystem(CofnodSystems.NHS_NUMBER).setValue(person.identifiers().nhsNumber());
        }
        if (person.familyName() != null || person.givenName() != null) {
            HumanName name = patient.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(person.familyName());
            if (person.givenName() != null) {
                name.addGiven(person.givenName());
            }
        }
        if (person.preferredName() != null) {
            patient.addName().setUse(HumanName.NameUse.USUAL).setText(person.preferredName());
        }
        if (person.dateOfBirth() != null) {
            patient.setBirthDate(Date.valueOf(person.dateOfBirth()));
        }
        if (person.preferredLanguage() != null) {
            patient.addCommunication().setPreferred(true).setLanguage(language(person.preferredLanguage()));
        }
        return patient;
    }

    static CodeableConcept language(String code) {
        return new CodeableConcept(new Coding(CofnodSystems.BCP47, code, "cy".equals(code) ? "Welsh" : "English"));
    }
}
