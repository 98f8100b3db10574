package cymru.cofnod.nof.internal;

import cymru.cofnod.nof.api.CatalogueVersion;
import cymru.cofnod.nof.api.Correction;
import cymru.cofnod.nof.api.NofCatalogue;
import cymru.cofnod.nof.api.NofEntry;
import cymru.cofnod.nof.api.StatementFilter;
import cymru.cofnod.rest.api.Bodies;
import cymru.cofnod.rest.api.Contract;
import cymru.cofnod.rest.api.Identity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /nof}: the National Outcomes Framework catalogue, versioned; {@code lang=cy} shows Welsh where written. */
@Component(service = Object.class, property = Contract.RESOURCE)
@Path("/nof")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "nof", description = "The NOF catalogue, personalised statements and reports")
public class NofResource {

    private final NofCatalogue catalogue;

    @Activate
    public NofResource(@Reference NofCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Path("/domains")
    @Operation(operationId = "listNofDomains", summary = "The NOF well-being domains")
    public List<NofEntry> domains(@Context HttpServletRequest request, @QueryParam("appliesTo") String appliesTo,
                                  @QueryParam("lang") String lang) {
        Identity.of(request);
        return catalogue.domains(appliesTo, lang);
    }

    @GET
    @Path("/statements")
    @Operation(operationId = "listNofStatements",
            summary = "The national well-being statements, by domain and who they apply to")
    public List<NofEntry> statements(@Context HttpServletRequest request, @QueryParam("domain") String domain,
                                     @QueryParam("appliesTo") String appliesTo, @QueryParam("q") String text,
                                     @QueryParam("version") Long version, @QueryParam("lang") String lang) {
        Identity.of(request);
        return catalogue.statements(new StatementFilter(domain, appliesTo, text, version, lang));
    }

    @GET
    @Path("/catalogue/{code}")
    @Operation(operationId = "getNofEntry", summary = "One catalogue entry, in Welsh or English, at a version")
    public NofEntry entry(@Context HttpServletRequest request, @PathParam("code") String code,
                          @QueryParam("version") Long version, @QueryParam("lang") String lang) {
        Identity.of(request);
        return catalogue.entry(code, version, lang);
    }

    /** An administrator corrects the wording or adds the Welsh: a new catalogue version. */
    @PUT
    @Path("/catalogue/{code}")
    @Operation(operationId = "correctNofEntry",
            summary = "Corrects a catalogue entry's wording (administrators); a new catalogue version")
    public NofEntry correct(@Context HttpServletRequest request, @PathParam("code") String code,
                            Correction correction) {
        return catalogue.correct(Identity.of(request).asRequester(null), code, Bodies.required(correction));
    }

    @GET
    @Path("/catalogue/versions")
    @Operation(operationId = "listNofVersions", summary = "The versions of the catalogue")
    public List<CatalogueVersion> versions(@Context HttpServletRequest request) {
        Identity.of(request);
        return catalogue.versions();
    }
}
