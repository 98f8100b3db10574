package cymru.cofnod.fhir.internal;

import cymru.cofnod.core.api.MalformedRequestException;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Validation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * What each path answers: {@code Patient}, {@code Goal}, {@code CarePlan}, {@code Observation} and {@code Consent}
 * read by id, {@code Patient?identifier=}, {@code Patient/{id}/$everything}, and {@code Goal}, {@code CarePlan},
 * {@code Observation}, {@code Consent}, {@code AuditEvent} searched by {@code patient}, paged by {@code _count} and
 * the services' own cursor in {@code _cursor}. The access log's lines have no id of their own to be read by.
 */
final class FhirRequests {

    /** A path this server does not serve: answered as not found. */
    static final class NotServed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotServed(String message) {
            super(message);
        }
    }

    private final FhirRecord record;

    FhirRequests(FhirRecord record) {
        this.record = record;
    }

    Resource answer(Requester requester, String path, HttpServletRequest request, String base) {
        String[] at = segments(path);
        if (at.length == 2) {
            return switch (at[0]) {
                case "Patient" -> record.patient(requester, id(at[1]));
                case "Goal" -> record.goal(requester, id(at[1]));
                case "CarePlan" -> carePlan(requester, at[1]);
                case "Observation" -> record.observation(requester, id(at[1]));
                case "Consent" -> record.consent(requester, id(at[1]));
                default -> throw new NotServed("This server does not read " + at[0] + " by id");
            };
        }
        if (at.length == 3 && "Patient".equals(at[0]) && "$everything".equals(at[2])) {
            return searchset(base, path, null, new FhirRecord.Found(record.everything(requester, id(at[1])), null));
        }
        if (at.length != 1) {
            throw new NotServed("This server does not serve " + path);
        }
        if ("Patient".equals(at[0])) {
            String identifier = request.getParameter("identifier");
            if (identifier == null || identifier.isBlank()) {
                throw new MalformedRequestException("identifier", "is required: Patient is searched by identifier only");
            }
            return searchset(base, path, "identifier=" + encode(identifier),
                    record.patientsByIdentifier(requester, identifier.trim()));
        }
        String personId = patientParameter(request);
        if (personId == null) {
            throw new MalformedRequestException("patient", "is required: Patient/<id> or <id>");
        }
        PageRequest page = new PageRequest(request.getParameter("_cursor"), count(request));
        String query = "patient=" + personId + "&_count=" + page.limit();
        FhirRecord.Found found = switch (at[0]) {
            case "Goal" -> record.goals(requester, personId, page);
            case "CarePlan" -> record.carePlans(requester, personId, page);
            case "Observation" -> record.observations(requester, personId, page);
            case "Consent" -> record.consents(requester, personId);
            case "AuditEvent" -> record.auditEvents(requester, personId, page);
            default -> throw new NotServed("This server does not serve " + at[0]);
        };
        return searchset(base, path, query, found);
    }

    /** A CarePlan's id is its plan's id and the version, {@code <plan id>-<version>}. */
    private Resource carePlan(Requester requester, String id) {
        int dash = id.lastIndexOf('-');
        String version = id.substring(dash + 1);
        if (dash < 1 || !new Validation().id(id.substring(0, dash), "id").ok() || !version.matches("[1-9][0-9]{0,17}")) {
            throw new MalformedRequestException("id", "is not a CarePlan id (<plan id>-<version>)");
        }
        return record.carePlan(requester, id.substring(0, dash), Long.parseLong(version));
    }

    /** The person a request is about, for its audit event: the Patient it reads, or the patient it searches by. */
    static String personNamed(String path, HttpServletRequest request) {
        String[] at = segments(path);
        String named = at.length >= 2 && "Patient".equals(at[0]) ? at[1] : patientNamed(request);
        // a refused request is audited too: what it names must fit the audit whatever its shape
        return named != null && new Validation().id(named, "id").ok() ? named : null;
    }

    /** The person a search names in {@code patient} (or {@code subject}): {@code Patient/<id>} or the id. */
    private static String patientNamed(HttpServletRequest request) {
        String patient = request.getParameter("patient");
        if (patient == null) {
            patient = request.getParameter("subject");
        }
        if (patient == null || patient.isBlank()) {
            return null;
        }
        return patient.trim().startsWith("Patient/") ? patient.trim().substring(8) : patient.trim();
    }

    private static String patientParameter(HttpServletRequest request) {
        String named = patientNamed(request);
        return named == null ? null : id(named);
    }

    private static String id(String id) {
        new Validation().id(id, "id").orThrow();
        return id;
    }

    private static int count(HttpServletRequest request) {
        String count = request.getParameter("_count");
        try {
            return count == null ? PageRequest.DEFAULT_LIMIT : Integer.parseInt(count.trim());
        } catch (NumberFormatException e) {
            throw new MalformedRequestException("_count", "is a whole number from 1 to " + PageRequest.MAX_LIMIT);
        }
    }

    private static String[] segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A search's answer, linked to itself and, while there is more, to its next page. */
    static Bundle searchset(String base, String path, String query, FhirRecord.Found found) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        String self = base + path + (query == null ? "" : "?" + query);
        bundle.addLink().setRelation("self").setUrl(self);
        if (found.nextCursor() != null) {
            bundle.addLink().setRelation("next")
                    .setUrl(self + (query == null ? "?" : "&") + "_cursor=" + encode(found.nextCursor()));
        }
        List<Resource> resources = found.resources();
        for (Resource resource : resources) {
            bundle.addEntry().setFullUrl(base + "/" + resource.fhirType() + "/" + resource.getIdElement().getIdPart())
                    .setResource(resource).getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }
}
