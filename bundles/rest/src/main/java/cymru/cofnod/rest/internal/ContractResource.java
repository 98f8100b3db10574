package cymru.cofnod.rest.internal;

import cymru.cofnod.rest.api.Contract;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.stream.Collectors;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.apache.cxf.jaxrs.JAXRSServiceImpl;
import org.apache.cxf.jaxrs.model.ClassResourceInfo;
import org.apache.cxf.jaxrs.utils.JAXRSUtils;
import org.osgi.service.component.annotations.Component;

/**
 * {@code GET /openapi.json} and {@code /openapi.yaml}: the contract of the resources this server publishes now,
 * open to all (it is in the repository too). Made again only when the published resources change.
 */
@Component(service = Object.class, property = Contract.RESOURCE)
@Hidden
@Path("/")
public class ContractResource {

    private volatile Published published = new Published(List.of(), null);

    @GET
    @Path("openapi.json")
    @Produces(MediaType.APPLICATION_JSON)
    public String json() {
        return contract().json();
    }

    @GET
    @Path("openapi.yaml")
    @Produces("application/yaml")
    public String yaml() {
        return contract().yaml();
    }

    private ApiContract contract() {
        List<Class<?>> resources = ((JAXRSServiceImpl) JAXRSUtils.getCurrentMessage().getExchange().getService())
                .getClassResourceInfos().stream().map(ClassResourceInfo::getServiceClass)
                .filter(c -> c != ContractResource.class).collect(Collectors.toList());
        Published known = published;
        if (!resources.equals(known.resources())) {
            known = new Published(resources, ApiContract.of(resources));
            published = known;
        }
        return known.contract();
    }

    private record Published(List<Class<?>> resources, ApiContract contract) {
    }
}
