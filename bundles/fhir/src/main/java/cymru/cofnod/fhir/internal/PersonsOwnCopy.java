package cymru.cofnod.fhir.internal;

import cymru.cofnod.consent.api.AuditTrail;
import cymru.cofnod.consent.api.ConsentService;
import cymru.cofnod.core.api.RecordNotFoundException;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.meetings.api.MeetingService;
import cymru.cofnod.meetings.api.PlanService;
import cymru.cofnod.nof.api.NofMappings;
import cymru.cofnod.outcomes.api.PersonService;
import cymru.cofnod.outcomes.api.RecordService;
import cymru.cofnod.rest.api.RecordCopies;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The person's own copy of their record, as {@code GET /people/{id}/export} sends it: a ZIP of the FHIR Bundle of
 * everything they may see (every version of their outcomes and entries, their plans' versions, consents and access
 * log), the same as one readable page in Welsh and English, and a manifest with each file's SHA-256. Only the
 * person with their own login may have it: the record services refuse anyone else, as not found.
 */
@Component(service = RecordCopies.class)
public class PersonsOwnCopy implements RecordCopies {

    @Reference
    private PersonService people;
    @Reference
    private RecordService record;
    @Reference
    private ConsentService consents;
    @Reference
    private AuditTrail audit;
    @Reference
    private MeetingService meetings;
    @Reference
    private PlanService plans;
    @Reference
    private NofMappings nof;

    private FhirRecord fhirRecord;

    @Activate
    void activate() {
        fhirRecord = new FhirRecord(people, record, consents, audit, meetings, plans, nof);
    }

    @Override
    public void write(Requester requester, String personId, OutputStream out) throws IOException {
        if (requester.role() != Role.PERSON) {
            // a practitioner's copy of someone's record is the FHIR face, under consent; this is the person's own
            throw new RecordNotFoundException("person", personId);
        }
        CopyZip.write(fhirRecord.everyVersion(requester, personId), personId, requester.user(), Instant.now(), out);
    }
}
