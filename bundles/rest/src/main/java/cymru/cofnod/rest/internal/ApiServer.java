package cymru.cofnod.rest.internal;

import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import cymru.cofnod.consent.api.AuditTrail;
import cymru.cofnod.rest.api.Contract;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.endpoint.ServerRegistry;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.transport.DestinationFactoryManager;
import org.apache.cxf.transport.http.HTTPTransportFactory;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API's two CXF JAX-RS servers under CXF's servlet ({@code /cofnod/api}, set in
 * {@code etc/org.apache.cxf.osgi.cfg}): {@code /v1} publishes every resource and provider that a bundle registers
 * as a service with the JAX-RS Whiteboard's properties ({@link Contract#RESOURCE}, {@link Contract#EXTENSION}),
 * behind this bundle's server-wide providers; {@code /docs} serves Swagger UI. When resources come or go, {@code /v1}
 * is built again once they have settled, since a feature starts several bundles at once, and the new server takes
 * the old one's place on the same destination, so requests meanwhile are answered by the old one.
 */
@Component(immediate = true)
public class ApiServer {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    /** Long enough for a feature's bundles to start one after another, short enough to go unnoticed. */
    private static final long SETTLE_MILLIS = 300;
    /**
     * How long a change waits for resources that still wait for their services (at boot, the record's services
     * come as their persistence units do), so that the server is built once rather than at each arrival.
     */
    private static final long AWAIT_MILLIS = 20_000;

    private final Set<Object> resources = ConcurrentHashMap.newKeySet();
    private final Set<Object> extensions = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService builder = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "cofnod-api-publisher"));
    private final Publication publication;
    private final Bus bus;
    private final List<Object> serverWide;
    private final Server docs;
    private ScheduledFuture<?> pending; // guarded by this
    private long changedSince; // guarded by this: when the change not yet published began, 0 for none
    private Server api; // guarded by this
    private boolean closed; // guarded by this

    @Activate
    public ApiServer(BundleContext context, @Reference RealmSignIn signIn, @Reference AuditTrail audit,
                     @Reference HTTPTransportFactory servletTransport, @Reference Publication publication) {
        this.publication = publication;
        bus = BusFactory.newInstance().createBus();
        // CXF's servlet serves the destinations of this transport, so the servers must be made with it
        DestinationFactoryManager destinations = bus.getExtension(DestinationFactoryManager.class);
        servletTransport.getTransportIds().forEach(id -> destinations.registerDestinationFactory(id, servletTransport));
        JacksonJsonProvider json = new JacksonJsonProvider(JsonMapping.objectMapper());
        serverWide = List.of(json, signIn.filter(),
                new AuditScopes(audit), new RequestShapes(), new ProblemMapper(), new HttpProblemMapper());
        docs = server("/docs", List.of(new ApiDocs(context)), List.of(json, new HttpProblemMapper()), true);
    }

    @Reference(service = Object.class, target = "(|(" + Contract.RESOURCE + ")(" + Contract.EXTENSION + "))",
            cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "withdraw")
    void add(Object published, Map<String, Object> properties) {
        kindOf(properties).add(published);
        changed();
    }

    void withdraw(Object published, Map<String, Object> properties) {
        kindOf(properties).remove(published);
        changed();
    }

    private Set<Object> kindOf(Map<String, Object> properties) {
        return Publication.isResource(properties) ? resources : extensions;
    }

    @Deactivate
    synchronized void close() {
        closed = true;
        builder.shutdownNow();
        withdraw();
        docs.destroy();
        bus.shutdown(true);
    }

    private synchronized void changed() {
        if (closed) {
            return;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        publication.publishing(true);
        if (changedSince == 0) {
            changedSince = System.currentTimeMillis();
        }
        pending = builder.schedule(this::rebuild, SETTLE_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Puts a /v1 server with the resources of now in the place of the one there was. */
    private synchronized void rebuild() {
        if (closed) {
            return;
        }
        if (publication.awaited() && System.currentTimeMillis() - changedSince < AWAIT_MILLIS) {
            pending = builder.schedule(this::rebuild, SETTLE_MILLIS, TimeUnit.MILLISECONDS);
            return;
        }
        changedSince = 0;
        List<Object> providers = new ArrayList<>(serverWide);
        providers.addAll(extensions);
        try {
            if (resources.isEmpty()) {
                withdraw();
            } else {
                // made on the old one's destination, and started only once it is whole
                Server next = server("/v1", List.copyOf(resources), providers, false);
                if (api != null) {
                    api.stop();
                    bus.getExtension(ServerRegistry.class).unregister(api);
                }
                next.start();
                api = next;
            }
            LOG.info("The API at /v1 publishes {} resources and {} providers of the domains", resources.size(),
                    extensions.size());
        } catch (RuntimeException e) {
            LOG.error("The API at /v1 could not be published anew; it answers as before", e);
        }
        publication.publishing(false);
    }

    private void withdraw() {
        if (api != null) {
            api.destroy();
            api = null;
        }
    }

    private Server server(String address, List<Object> beans, List<Object> providers, boolean start) {
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setBus(bus);
        factory.setAddress(address);
        factory.setServiceBeans(beans);
        factory.setProviders(providers);
        factory.setStart(start);
        return factory.create();
    }
}
