package cymru.cofnod.rest.internal;

import cymru.cofnod.core.api.DueItem;
import cymru.cofnod.core.api.DueWork;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.rest.api.Contract;
import cymru.cofnod.rest.api.Identity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@code /due}: the requester's work falling due, from every domain installed ({@link DueWork} services: each
 * answers only what the requester may see), soonest first.
 */
@Component(service = Object.class, property = Contract.RESOURCE)
@Path("/due")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "people")
public class DueResource {

    /** The {@link DueWork} services there are now: replaced whole as domains come and go. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<DueWork> domains;

    @GET
    @Operation(operationId = "listDue",
            summary = "Your work falling due: plan reviews, actions, consent and break-glass ending, quarantined items",
            parameters = @Parameter(ref = Contract.PURPOSE))
    public Due due(@Context HttpServletRequest request,
                   @QueryParam("within") @DefaultValue("P14D") String within) {
        Requester requester = Identity.requester(request);
        Instant until = DueWork.until(within, Clock.systemUTC());
        List<DueItem> items = new ArrayList<>();
        for (DueWork domain : domains) {
            items.addAll(domain.due(requester, until));
        }
        items.sort(Comparator.comparing(DueItem::when));
        return new Due(until, items);
    }

    /** What falls due by {@code until} (already overdue included). */
    public record Due(Instant until, List<DueItem> items) {
    }
}
