package cymru.cofnod.fhir.internal;

import cymru.cofnod.outcomes.api.Entry;
import cymru.cofnod.outcomes.api.Practitioner;
import cymru.cofnod.outcomes.api.Provenance;
import java.util.Date;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * An entry as an Observation: what happened, when, by whom, about which outcomes ({@code focus}, the Goals), with
 * one component per part, coded in Cofnod's entry-part system as a fact ({@code observation}), an
 * {@code opinion} (whose, in the code's text) or the person's {@code own-words}, each with its language.
 */
final class Observations {

    private Observations() {
    }

    static Observation of(Entry entry) {
        Observation observation = new Observation();
        observation.setId(entry.id());
        observation.getMeta().setVersionId(String.valueOf(entry.version()));
        observation.addIdentifier().setSystem(CofnodSystems.ENTRY).setValue(entry.id());
        if (entry.provenance() != null && entry.provenance().sourceKey() != null) {
            observation.addIdentifier().setSystem(CofnodSystems.SOURCE_KEY).setValue(entry.provenance().sourceKey());
        }
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.setCode(new CodeableConcept(new Coding(CofnodSystems.ENTRY_KIND, entry.kind(), null))
                .setText(entry.kind()));
        observation.setSubject(new Reference("Patient/" + entry.personId()));
        entry.outcomeIds().forEach(id -> observation.addFocus(new Reference("Goal/" + id)));
        observation.setEffective(new DateTimeType(Date.from(entry.occurredAt())));
        if (entry.provenance() != null) {
            observation.addPerformer(performer(entry.provenance()));
        }
        // the entry's language is its first part's; a part in another says so in its code's text (R4 has no
        // language extension for a plain string)
        String language = entry.parts().stream().map(Entry.Part::language).filter(l -> l != null).findFirst()
                .orElse(null);
        observation.setLanguage(language);
        for (Entry.Part part : entry.parts()) {
            String says = part.whose() == null ? part.type() : part.type() + " of " + part.whose();
            if (part.language() != null && !part.language().equals(language)) {
                says += " (" + part.language() + ")";
            }
            observation.addComponent().setCode(new CodeableConcept(new Coding(CofnodSystems.ENTRY_PART, part.type(),
                    null)).setText(says)).setValue(new StringType(part.text()));
        }
        if (entry.learningLog() != null) {
            Entry.LearningLog log = entry.learningLog();
            addText(observation, "activity", log.activity());
            addText(observation, "who", log.who());
            addText(observation, "what-worked", log.whatWorked());
            addText(observation, "what-did-not-work", log.whatDidNotWork());
        }
        if (entry.progress() != null) {
            if (entry.progress().rating() != null) {
                observation.addComponent().setCode(partCode("progress-rating"))
                        .setValue(new IntegerType(entry.progress().rating()));
            }
            addText(observation, "progress-narrative", entry.progress().narrative());
        }
        return observation;
    }

    private static void addText(Observation observation, String code, String text) {
        if (text != null) {
            observation.addComponent().setCode(partCode(code)).setValue(new StringType(text));
        }
    }

    private static CodeableConcept partCode(String code) {
        return new CodeableConcept(new Coding(CofnodSystems.ENTRY_PART, code, null)).setText(code);
    }

    /**
     * Who did the work an entry records: the practitioner the sending system named (with their role and identifier),
     * else who recorded it, for which agency.
     */
    private static Reference performer(Provenance provenance) {
        Practitioner named = provenance.performedBy();
        if (named == null || provenance.sentBy() == null) {
            return new Reference().setDisplay(byline(provenance));
        }
        Reference performer = new Reference().setDisplay(named.role() == null ? named.name()
                : named.name() + " (" + named.role() + ")");
        if (named.identifier() != null) {
            performer.setIdentifier(new Identifier().setValue(named.identifier()));
        }
        return performer;
    }

    /** Who recorded an item, for which agency: {@code physio (cardiff-vale-uhb)}. */
    static String byline(Provenance provenance) {
        if (provenance == null) {
            return "unknown";
        }
        return provenance.agency() == null ? provenance.recordedBy()
                : provenance.recordedBy() + " (" + provenance.agency() + ")";
    }
}
