package cymru.cofnod.rest.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.outcomes.api.PersonService;
import cymru.cofnod.rest.api.Contract;
import cymru.cofnod.rest.api.Identity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /me}: who the credentials belong to, so a client (the web pages) can check a login and know
 * what to show. It reads no one's record, so it needs no purpose of use.
 */
@Component(service = Object.class, property = Contract.RESOURCE)
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "people")
public class MeResource {

    private final PersonService people;

    @Activate
    public MeResource(@Reference PersonService people) {
        this.people = people;
    }

    /** @param personId the user's own record, when the user is a person who uses care and support */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Me(String user, String agency, String role, String personId) {
    }

    @GET
    @Operation(operationId = "me", summary = "Who is signed in: user, agency, role, and their own person record if any")
    public Me me(@Context HttpServletRequest request) {
        Identity who = Identity.of(request);
        String personId = who.role() == Role.PERSON ? people.findByAccount(who.user()).orElse(null) : null;
        return new Me(who.user(), who.agency(), who.role().wireName(), personId);
    }
}
