package cymru.cofnod.fhir.internal;

import cymru.cofnod.consent.api.AuditTrail;
import cymru.cofnod.consent.api.ConsentService;
import cymru.cofnod.consent.api.SubjectAccess;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.meetings.api.MeetingService;
import cymru.cofnod.meetings.api.PlanService;
import cymru.cofnod.nof.api.NofMappings;
import cymru.cofnod.pdf.api.PdfPages;
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
 * log), the same as one readable page in Welsh and English (HTML and PDF), and a manifest with each file's SHA-256. The person
 * has it with their own login, or an administrator on their behalf for a subject access request, as
 * {@link SubjectAccess} decides; it is read as the person, so both get the same.
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
    @Reference
    private SubjectAccess subjectAccess;
    @Reference
    private PdfPages pdf;

    private FhirRecord fhirRecord;

    @Activate
    void activate() {
        fhirRecord = new FhirRecord(people, record, consents, audit, meetings, plans, nof);
    }

    @Override
    public void write(Requester requester, String personId, String reason, OutputStream out) throws IOException {
        // who may have it is consent's decision; the copy is always read as the person reads their record
        Requester reader = subjectAccess.readerOfCopy(requester, personId, reason);
        CopyZip.write(fhirRecord.everyVersion(reader, personId), new CopyZip.Made(personId, reader.user(),
                requester.user(), reader == requester ? null : reason.strip(), Instant.now()), pdf, out);
    }
}
