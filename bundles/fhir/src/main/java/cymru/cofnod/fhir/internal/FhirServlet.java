package cymru.cofnod.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import cymru.cofnod.consent.api.AuditTrail;
import cymru.cofnod.consent.api.ConsentService;
import cymru.cofnod.core.api.AccessDeniedException;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.RecordNotFoundException;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.ValidationException;
import cymru.cofnod.meetings.api.MeetingService;
import cymru.cofnod.meetings.api.PlanService;
import cymru.cofnod.nof.api.NofMappings;
import cymru.cofnod.outcomes.api.PersonService;
import cymru.cofnod.outcomes.api.RecordService;
import cymru.cofnod.rest.api.ApiSignIn;
import java.io.IOException;
import java.util.Date;
import java.util.stream.Collectors;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The read-only FHIR R4 face of the record at {@code /cofnod/fhir/r4}, registered with the HTTP whiteboard: a plain
 * servlet rather than a second CXF server, since it answers a handful of fixed GETs and HAPI writes the resources
 * itself. Sign-in and purpose of use are the HTTP API's ({@link ApiSignIn}); each request but {@code metadata} is
 * one audit event, as in the API; what the services do not find or refuse is a 404 or 403 OperationOutcome.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/cofnod/fhir/r4/*",
        "osgi.http.whiteboard.servlet.name=cofnod-fhir"})
public class FhirServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(FhirServlet.class);
    /** What the audit keeps of a request's method and path (its EVENT_RESOURCE column). */
    private static final int MAX_RESOURCE = 500;

    @Reference
    private transient ApiSignIn signIn;
    @Reference
    private transient AuditTrail audit;
    @Reference
    private transient PersonService people;
    @Reference
    private transient RecordService record;
    @Reference
    private transient ConsentService consents;
    @Reference
    private transient MeetingService meetings;
    @Reference
    private transient PlanService plans;
    @Reference
    private transient NofMappings nof;

    private transient FhirContext fhir;
    private transient FhirRequests requests;
    private transient Date started;

    @Activate
    void activate() {
        fhir = FhirContext.forR4Cached();
        // the first use scans the model (about a second): pay it now, not on the first request
        fhir.newJsonParser().encodeResourceToString(new OperationOutcome());
        requests = new FhirRequests(new FhirRecord(people, record, consents, audit, meetings, plans, nof));
        started = new Date();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FhirFormat format;
        try {
            format = FhirFormat.of(request);
        } catch (ValidationException e) {
            write(response, FhirFormat.JSON, 400, outcome(OperationOutcome.IssueType.INVALID, details(e)));
            return;
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (!"GET".equals(request.getMethod())) {
            write(response, format, 405, outcome(OperationOutcome.IssueType.NOTSUPPORTED, "This server is read-only"));
            return;
        }
        if ("/metadata".equals(path)) {
            write(response, format, 200, Capabilities.statement(started));
            return;
        }
        Requester who;
        try {
            who = signIn.signedIn(request);
        } catch (ApiSignIn.Refused e) {
            response.setHeader("WWW-Authenticate", e.challenge());
            write(response, format, e.status(), outcome(OperationOutcome.IssueType.LOGIN, e.getMessage()));
            return;
        }
        String resource = "GET /fhir/r4" + path;
        try (AuditTrail.Scope scope = audit.begin(who, "read",
                resource.length() <= MAX_RESOURCE ? resource : resource.substring(0, MAX_RESOURCE - 1) + "…",
                FhirRequests.personNamed(path, request))) {
            scope.result(Integer.toString(answer(request, response, path, format)));
        }
    }

    private int answer(HttpServletRequest request, HttpServletResponse response, String path, FhirFormat format)
            throws IOException {
        Resource answer;
        int status = 200;
        try {
            answer = requests.answer(signIn.reading(request), path, request, base(request));
        } catch (ApiSignIn.Refused e) {
            status = e.status();
            answer = outcome(OperationOutcome.IssueType.INVALID, e.getMessage());
        } catch (RecordNotFoundException e) {
            // said of the path asked for, never of what the services found: unknown and hidden read alike
            status = 404;
            answer = outcome(OperationOutcome.IssueType.NOTFOUND, "Not found, or not shared with you: " + path);
        } catch (FhirRequests.NotServed e) {
            status = 404;
            answer = outcome(OperationOutcome.IssueType.NOTFOUND, e.getMessage());
        } catch (AccessDeniedException e) {
            status = 403;
            answer = outcome(OperationOutcome.IssueType.FORBIDDEN, e.getMessage());
        } catch (ValidationException e) {
            status = 400;
            answer = outcome(OperationOutcome.IssueType.INVALID, details(e));
        } catch (RuntimeException e) {
            LOG.error("FHIR request {} failed", path, e);
            status = 500;
            answer = outcome(OperationOutcome.IssueType.EXCEPTION, "The server could not answer this request");
        }
        write(response, format, status, answer);
        return status;
    }

    private static String base(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath() + request.getServletPath();
    }

    private void write(HttpServletResponse response, FhirFormat format, int status, Resource resource)
            throws IOException {
        response.setStatus(status);
        response.setContentType(format.contentType());
        response.setCharacterEncoding("UTF-8");
        format.parser(fhir).encodeResourceToWriter(resource, response.getWriter());
    }

    private static String details(ValidationException e) {
        return e.errors().stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
    }

    private static OperationOutcome outcome(OperationOutcome.IssueType type, String diagnostics) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(type).setDiagnostics(diagnostics);
        return outcome;
    }
}
