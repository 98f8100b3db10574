package cymru.cofnod.schema.internal;

import cymru.cofnod.schema.api.Changelog;
import cymru.cofnod.schema.api.MigratedSchema;
import javax.sql.DataSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;

/**
 * Applies the changelog of every bundle whose manifest names one ({@code Cofnod-Schema}), when it starts, whether it
 * came with the distribution or was installed later, then registers {@link MigratedSchema} for it; the bundle's
 * components wait for that service. The changelog is applied on the thread that starts the bundle (or, for bundles
 * started before the datasource came, the thread that brought it), as Declarative Services activates components on
 * it: a service registered from a thread of our own raced the start-level thread's activations in Karaf.
 */
@Component(service = {}, immediate = true)
public class SchemaExtender implements BundleTrackerCustomizer<BundleSchema> {

    private final DataSource dataSource;
    private final BundleContext context;
    private final BundleTracker<BundleSchema> bundles;

    @Activate
    public SchemaExtender(@Reference(target = "(osgi.jndi.service.name=cofnod)") DataSource dataSource,
                          BundleContext context) {
        this.dataSource = dataSource;
        this.context = context;
        this.bundles = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, this);
        bundles.open();
    }

    @Deactivate
    void stop() {
        bundles.close();
    }

    @Override
    public BundleSchema addingBundle(Bundle bundle, BundleEvent event) {
        String path = bundle.getHeaders().get(MigratedSchema.HEADER);
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        if (path == null || wiring == null) {
            return null;
        }
        BundleSchema schema = new BundleSchema(bundle, new Changelog(path.trim(), wiring.getClassLoader()));
        schema.migrate(dataSource, context);
        return schema;
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, BundleSchema schema) {
        // STARTING to ACTIVE: the changelog was applied when it began to start
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, BundleSchema schema) {
        schema.close();
    }
}
