package cymru.cofnod.consent.internal;

import cymru.cofnod.consent.api.AuditTrail;
import cymru.cofnod.consent.api.PersonDirectory;
import cymru.cofnod.consent.api.SubjectAccess;
import cymru.cofnod.core.api.AccessDeniedException;
import cymru.cofnod.core.api.Purpose;
import cymru.cofnod.core.api.RecordNotFoundException;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.core.api.Validation;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Decides who may have a person's copy of their whole record (docs/access.md): the person, or an administrator on
 * their behalf for a named subject access request, read as the person's own login so that the copy is exactly
 * what the person would get. An administrator's copy is noted as made on the person's behalf, so the person's
 * access log says so.
 */
@Component(service = SubjectAccess.class)
public class SubjectAccessDesk implements SubjectAccess {

    /** What an audit event's detail carries for a copy made on the person's behalf (the access log shows it). */
    static final String ON_BEHALF = "made the person's copy of their record on their behalf";

    /** A reference as organisations write them: letters, digits, spaces and a little punctuation. */
    private static final Pattern REFERENCE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ./:#_()-]*");

    private final PersonDirectory directory;
    private final AuditTrail audit;

    @Activate
    public SubjectAccessDesk(@Reference PersonDirectory directory, @Reference AuditTrail audit) {
        this.directory = directory;
        this.audit = audit;
    }

    @Override
    public Requester readerOfCopy(Requester requester, String personId, String reference) {
        new Validation().id(personId, "id").orThrow();
        String named = reference == null || reference.isBlank() ? null : reference.strip();
        if (requester.role() == Role.COMMISSIONER || requester.purpose() == Purpose.COMMISSIONING) {
            throw refused(requester, personId, "Commissioning sees de-identified reports only, never a person's record");
        }
        if (requester.role() == Role.PRACTITIONER) {
            throw refused(requester, personId, "A person's copy of their record is theirs: they ask for it, or an "
                    + "administrator makes it on their behalf");
        }
        if (requester.role() == Role.PERSON) {
            if (directory.personOf(requester.user()).filter(personId::equals).isEmpty()) {
                audit.note(requester, personId, "refused: the copy of someone else's record", false);
                throw new RecordNotFoundException("person", personId);
            }
            checked(named, false);
            return requester;
        }
        checked(named, true);
        if (!directory.exists(personId)) {
            throw new RecordNotFoundException("person", personId);
        }
        String account = directory.accountOf(personId).orElse(null);
        new Validation().require(account != null, "personId",
                "opens no record with a login: bind the person's login first (PUT /people/{id}/account)").orThrow();
        audit.note(requester, personId, ON_BEHALF + " (subject access request " + named + ")", false);
        return new Requester(account, null, Role.PERSON,
                requester.purpose() == null ? Purpose.DIRECT_CARE : requester.purpose());
    }

    private static void checked(String reference, boolean required) {
        new Validation().require(!required || reference != null, "reason",
                        "is required: the reference of the subject access request this copy answers")
                .maxLength(reference, MAX_REFERENCE, "reason")
                .require(reference == null || REFERENCE.matcher(reference).matches(), "reason",
                        "is a reference: letters, digits, spaces and . / : # _ ( ) -")
                .orThrow();
    }

    private AccessDeniedException refused(Requester requester, String personId, String why) {
        audit.note(requester, personId, "refused: " + why, false);
        return new AccessDeniedException(why);
    }
}
