package cymru.cofnod.rest.internal;

import cymru.cofnod.rest.api.Contract;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * Whether the API answers with every resource the installed bundles declare, for {@code /health}: none of them
 * waits for a service it needs, and {@link ApiServer} has none left to publish. Its own component, so that health
 * (a resource) and the server (which publishes health) need not refer to each other.
 */
@Component(service = Publication.class)
public class Publication {

    private static final String RESOURCE_PROPERTY = Contract.RESOURCE.substring(0, Contract.RESOURCE.indexOf('='));

    private final ServiceComponentRuntime components;
    private volatile boolean publishing = true;

    @Activate
    public Publication(@Reference ServiceComponentRuntime components) {
        this.components = components;
    }

    static boolean isResource(Map<String, ?> properties) {
        return "true".equals(String.valueOf(properties.get(RESOURCE_PROPERTY)));
    }

    /** Told by the server: true from a change of the published services until the server has taken it in. */
    void publishing(boolean now) {
        publishing = now;
    }

    boolean settled() {
        return !publishing && !awaited();
    }

    /** Whether a resource some installed bundle declares still waits for a service it needs (it will come). */
    boolean awaited() {
        for (ComponentDescriptionDTO resource : components.getComponentDescriptionDTOs()) {
            if (resource.defaultEnabled && isResource(resource.properties)
                    && components.getComponentConfigurationDTOs(resource).stream()
                    .anyMatch(c -> c.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE)) {
                return true;
            }
        }
        return false;
    }
}
