package cymru.cofnod.outcomes.internal;

import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.outcomes.api.RecordService;
import cymru.cofnod.outcomes.api.TimelineItem;
import cymru.cofnod.outcomes.api.TimelineQuery;
import cymru.cofnod.rest.api.Contract;
import cymru.cofnod.rest.api.Identity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /people/{id}/chronology}: the journey as the requester may see it, filtered as the journey is, oldest
 * first, as CSV to print or keep ({@link Chronology}). Read through the record service's own journey, so consent
 * decides every step; one audit event for the whole chronology.
 */
@Component(service = Object.class, property = Contract.RESOURCE)
@Path("/people")
@Tag(name = "record")
public class ChronologyResource {

    /** The most steps one chronology holds: a narrower period or filter gives the rest. */
    static final int MAX_STEPS = 10_000;
    private final RecordService record;

    @Activate
    public ChronologyResource(@Reference RecordService record) {
        this.record = record;
    }

    @GET
    @Path("/{id}/chronology")
    @Produces("text/csv;charset=UTF-8")
    @Operation(operationId = "chronology",
            summary = "The journey as a chronology, oldest first, as CSV (UTF-8 with BOM); by outcome, agency, kind, "
                    + "period; at most 10,000 steps",
            parameters = @Parameter(ref = Contract.PURPOSE))
    public Response chronology(@Context HttpServletRequest request, @PathParam("id") String id,
                               @QueryParam("outcome") String outcome, @QueryParam("agency") String agency,
                               @QueryParam("kind") List<String> kinds, @QueryParam("from") String from,
                               @QueryParam("to") String to) {
        TimelineQuery query = JourneyFilter.of(outcome, agency, kinds, from, to);
        Requester requester = Identity.requester(request);
        List<TimelineItem> steps = new ArrayList<>();
        String cursor = null;
        do {
            Page<TimelineItem> page = record.timeline(requester, id, query,
                    new PageRequest(cursor, PageRequest.MAX_LIMIT));
            steps.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null && steps.size() < MAX_STEPS);
        boolean more = cursor != null || steps.size() > MAX_STEPS;
        return Response.ok(Chronology.csv(more ? steps.subList(0, Math.min(MAX_STEPS, steps.size())) : steps, more))
                .header("Content-Disposition", "attachment; filename=\"chronology-" + id + ".csv\"").build();
    }
}
