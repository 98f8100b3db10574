package cymru.cofnod.outcomes.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import cymru.cofnod.coach.api.RecordingCoach;
import cymru.cofnod.consent.api.AccessLogLine;
import cymru.cofnod.consent.api.AuditTrail;
import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.RecordNotFoundException;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.StrictJson;
import cymru.cofnod.core.api.Validation;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Person;
import cymru.cofnod.outcomes.api.PersonService;
import cymru.cofnod.outcomes.api.PersonService.IdentifierSystem;
import cymru.cofnod.outcomes.api.Profile;
import cymru.cofnod.outcomes.api.RecordService;
import cymru.cofnod.outcomes.api.Strength;
import cymru.cofnod.outcomes.api.TimelineItem;
import cymru.cofnod.outcomes.api.Versioned;
import cymru.cofnod.rest.api.Bodies;
import cymru.cofnod.rest.api.Contract;
import cymru.cofnod.rest.api.Identity;
import cymru.cofnod.rest.api.Times;
import cymru.cofnod.rest.api.Versions;
import java.io.IOException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /people}: people who use care and support, and carers. */
@Component(service = Object.class, property = Contract.RESOURCE)
@Path("/people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "people", description = "People who use care and support, and their record")
public class PeopleResource {

    private final PersonService people;
    private final RecordService record;
    private final AuditTrail audit;
    private final ObjectMapper json;
    private final WrittenAdvice advice;

    @Activate
    public PeopleResource(@Reference PersonService people, @Reference RecordService record,
                          @Reference AuditTrail audit, @Reference RecordingCoach coach) {
        this.people = people;
        this.record = record;
        this.audit = audit;
        this.json = StrictJson.mapper();
        this.advice = new WrittenAdvice(coach, json);
    }

    @POST
    @Operation(operationId = "createPerson", summary = "Adds a person",
            parameters = @Parameter(ref = Contract.PURPOSE),
            responses = @ApiResponse(responseCode = "201", description = "The person, with its ETag",
                    content = @Content(schema = @Schema(implementation = Person.class))))
    public Response create(@Context HttpServletRequest request, @Context UriInfo uri, Person person) {
        Person created = people.create(Identity.requester(request), Bodies.required(person));
        return Response.created(URI.create(uri.getAbsolutePath() + "/" + created.id()))
                .tag(Versions.tag(created.version())).entity(created).build();
    }

    /**
     * The requester's caseload, searched with {@code q} (the one search box), or a trace: by one identifier
     * ({@code nhsNumber}, {@code localAuthorityId}, {@code providerId}), or by {@code familyName} with
     * {@code dateOfBirth} (and {@code givenName}).
     */
    @GET
    @Operation(operationId = "listPeople",
            summary = "Your caseload, searched by name or date of birth, or a trace by identifier or name with "
                    + "date of birth; never the whole population",
            parameters = @Parameter(ref = Contract.PURPOSE))
    public Page<Person> list(@Context HttpServletRequest request, @QueryParam("cursor") String cursor,
                             @QueryParam("limit") @DefaultValue("50") int limit, @QueryParam("q") String q,
                             @QueryParam("nhsNumber") String nhsNumber,
                             @QueryParam("localAuthorityId") String localAuthorityId,
                             @QueryParam("providerId") String providerId,
                             @QueryParam("familyName") String familyName, @QueryParam("givenName") String givenName,
                             @QueryParam("dateOfBirth") String dateOfBirth) {
        Requester requester = Identity.requester(request);
        Map<IdentifierSystem, String> identifiers = new EnumMap<>(IdentifierSystem.class);
        putIfGiven(identifiers, IdentifierSystem.NHS, nhsNumber);
        putIfGiven(identifiers, IdentifierSystem.LOCAL_AUTHORITY, localAuthorityId);
        putIfGiven(identifiers, IdentifierSystem.PROVIDER, providerId);
        boolean traceFields = !identifiers.isEmpty() || familyName != null || givenName != null || dateOfBirth != null;
        if (q != null && !traceFields) {
            return people.search(requester, q, new PageRequest(cursor, limit));
        }
        if (!traceFields) {
            return people.list(requester, new PageRequest(cursor, limit));
        }
        Validation v = new Validation();
        v.require(q == null, "q", "search with q, or trace with the trace fields, not both");
        v.require(identifiers.size() <= 1, "nhsNumber", "trace by one identifier at a time");
        LocalDate born = Times.date(dateOfBirth, "dateOfBirth", v);
        v.orThrow();
        Map.Entry<IdentifierSystem, String> by = identifiers.entrySet().stream().findFirst().orElse(null);
        return new Page<>(people.trace(requester, new PersonService.Trace(by == null ? null : by.getKey(),
                by == null ? null : by.getValue(), familyName, born, givenName)), null, false);
    }

    private static void putIfGiven(Map<IdentifierSystem, String> identifiers, IdentifierSystem system, String value) {
        if (value != null) {
            identifiers.put(system, value);
        }
    }

    /** Binds a login to the person, or unbinds it with {@code {"account": null}}: administrators only. */
    @PUT
    @Path("/{id}/account")
    @Operation(operationId = "bindAccount", summary = "Binds a login to the person, or unbinds it (administrators only)")
    public Person bindAccount(@Context HttpServletRequest request, @PathParam("id") String id, Login login) {
        return people.bindAccount(Identity.requesterAnyPurpose(request), id, Bodies.required(login).account());
    }

    /** The login to bind. */
    public record Login(String account) {
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPerson", summary = "A person, with the ETag of their version",
            parameters = @Parameter(ref = Contract.PURPOSE),
            responses = @ApiResponse(responseCode = "200", description = "The person",
                    content = @Content(schema = @Schema(implementation = Person.class))))
    public Response get(@Context HttpServletRequest request, @PathParam("id") String id) {
        Person person = people.get(Identity.requester(request), id);
        return Response.ok(person).tag(Versions.tag(person.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updatePerson", summary = "Changes a person's details (If-Match); a new version",
            parameters = @Parameter(ref = Contract.PURPOSE),
            responses = @ApiResponse(responseCode = "200", description = "The new version",
                    content = @Content(schema = @Schema(implementation = Person.class))))
    public Response update(@Context HttpServletRequest request, @PathParam("id") String id,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Person person) {
        long expected = Versions.expected(ifMatch);
        Person updated = people.update(Identity.requester(request), id, expected, Bodies.required(person));
        return Response.ok(updated).tag(Versions.tag(updated.version())).build();
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "personHistory", summary = "A person's versions",
            parameters = @Parameter(ref = Contract.PURPOSE))
    public List<Versioned<Person>> history(@Context HttpServletRequest request, @PathParam("id") String id) {
        return people.history(Identity.requester(request), id);
    }

    /** The person's journey across every agency, newest first; filters by outcome, agency, kind and period. */
    @GET
    @Path("/{id}/timeline")
    @Operation(operationId = "timeline",
            summary = "The journey across every agency, newest first, paged; by outcome, agency, kind, period",
            parameters = @Parameter(ref = Contract.PURPOSE))
    public Page<TimelineItem> timeline(@Context HttpServletRequest request, @PathParam("id") String id,
                                       @QueryParam("outcome") String outcome, @QueryParam("agency") String agency,
                                       @QueryParam("kind") List<String> kinds, @QueryParam("from") String from,
                                       @QueryParam("to") String to, @QueryParam("cursor") String cursor,
                                       @QueryParam("limit") @DefaultValue("50") int limit) {
        return record.timeline(Identity.requester(request), id,
                JourneyFilter.of(outcome, agency, kinds, from, to), new PageRequest(cursor, limit));
    }

    /**
     * The one-page profile as curated, a draft drawn from the learning logs to curate it from, and whether consent
     * withholds any of the record (one answer for the whole record, as every list gives it).
     */
    @GET
    @Path("/{id}/profile")
    @Operation(operationId = "getProfile",
            summary = "The one-page profile as curated, and a draft drawn from the learning logs",
            parameters = @Parameter(ref = Contract.PURPOSE))
    public Map<String, Object> profile(@Context HttpServletRequest request, @PathParam("id") String id) {
        Requester requester = Identity.requester(request);
        Map<String, Object> answer = new LinkedHashMap<>();
        Page<Profile> newest = record.list(requester, id, ItemKind.PROFILE, PageRequest.first(1));
        answer.put("profile", newest.items().stream().findFirst().orElse(null));
        answer.put("fromLearningLogs", record.profileDraft(requester, id));
        answer.put("withheld", newest.withheld());
        return answer;
    }

    @POST
    @Path("/{id}/profile")
    @Operation(operationId = "createProfile", summary = "Writes the one-page profile",
            parameters = @Parameter(ref = Contract.PURPOSE),
            responses = @ApiResponse(responseCode = "201", description = "The profile, with its ETag",
                    content = @Content(schema = @Schema(implementation = Profile.class))))
    public Response createProfile(@Context HttpServletRequest request, @Context UriInfo uri,
                                  @PathParam("id") String id,
                                  @RequestBody(content = @Content(schema = @Schema(implementation = Profile.class)))
                                  byte[] body) throws IOException {
        return collection(id, ItemKind.PROFILE.collection()).add(request, uri, body);
    }

    @PUT
    @Path("/{id}/profile")
    @Operation(operationId = "reviseProfile", summary = "Revises the one-page profile (If-Match)",
            parameters = @Parameter(ref = Contract.PURPOSE),
            responses = @ApiResponse(responseCode = "200", description = "The new version",
                    content = @Content(schema = @Schema(implementation = Profile.class))))
    public Response reviseProfile(@Context HttpServletRequest request, @PathParam("id") String id,
                                  @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @RequestBody(content = @Content(schema = @Schema(implementation = Profile.class)))
                                  byte[] body) throws IOException {
        Profile current = record.profile(Identity.requester(request), id)
                .orElseThrow(() -> new RecordNotFoundException("profile", id));
        return collection(id, ItemKind.PROFILE.collection()).revise(request, current.id(), ifMatch, body);
    }

    /**
     * Strengths beside priority risks, as the Signs of Safety lay them out, and whether consent withholds any of
     * the record (one answer for the whole record, as every list gives it).
     */
    @GET
    @Path("/{id}/strengths-and-risks")
    @Operation(operationId = "strengthsAndRisks", summary = "Strengths beside priority risks",
            parameters = @Parameter(ref = Contract.PURPOSE))
    public Map<String, Object> strengthsAndRisks(@Context HttpServletRequest request, @PathParam("id") String id) {
        Requester requester = Identity.requester(request);
        PageRequest all = PageRequest.first(PageRequest.MAX_LIMIT);
        Map<String, Object> answer = new LinkedHashMap<>();
        Page<Strength> strengths = record.list(requester, id, ItemKind.STRENGTH, all);
        answer.put("strengths", strengths.items());
        answer.put("risks", record.list(requester, id, ItemKind.RISK, all).items());
        answer.put("withheld", strengths.withheld());
        return answer;
    }

    /** Who looked at this person's record, from which agency, why and when, in plain words. */
    @GET
    @Path("/{id}/access-log")
    @Operation(operationId = "accessLog",
            summary = "Who looked at this person's record, from which agency, why and when",
            parameters = @Parameter(ref = Contract.PURPOSE))
    public Page<AccessLogLine> accessLog(@Context HttpServletRequest request, @PathParam("id") String id,
                                         @QueryParam("cursor") String cursor,
                                         @QueryParam("limit") @DefaultValue("50") int limit) {
        return audit.accessLog(Identity.requester(request), id, new PageRequest(cursor, limit));
    }

    /** {@code /people/{id}/outcomes}, {@code /entries}, {@code /strengths}, ...: one resource for every kind. */
    @Path("/{id}/{collection}")
    public RecordItemsResource<?> collection(@PathParam("id") String id,
            @Parameter(schema = @Schema(allowableValues = {"outcomes", "strengths", "risks", "entries", "perspectives",
                    "decisions", "reviews", "profiles"})) @PathParam("collection") String collection) {
        ItemKind<?> kind = ItemKind.byCollection(collection)
                .orElseThrow(() -> new NotFoundException("No collection '" + collection + "' in a person's record"));
        return new RecordItemsResource<>(record, json, advice, kind, id);
    }
}
