package cymru.cofnod.schema.internal;

import cymru.cofnod.schema.api.Changelog;
import cymru.cofnod.schema.api.MigratedSchema;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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
 * components wait for that service. One thread applies them in turn, off the framework's thread.
 */
@Component(service = {}, immediate = true)
public class SchemaExtender implements BundleTrackerCustomizer<BundleSchema> {

    /** How long stopping waits for a changelog being applied, rather than cutting it off halfway. */
    private static final long STOP_WAIT_SECONDS = 60;

    private final DataSource dataSource;
    private final BundleContext context;
    private final ExecutorService migrations = Executors.newSingleThreadExecutor(r -> new Thread(r, "cofnod-schema"));
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
    void stop() throws InterruptedException {
        bundles.close();
        migrations.shutdown();
        migrations.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public BundleSchema addingBundle(Bundle bundle, BundleEvent event) {
        String path = bundle.getHeaders().get(MigratedSchema.HEADER);
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        if (path == null || wiring == null) {
            return null;
        }
        BundleSchema schema = new BundleSchema(bundle, new Changelog(path.trim(), wiring.getClassLoader()));
        migrations.execute(() -> schema.migrate(dataSource, context));
        return schema;
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, BundleSchema schema) {
        // STARTING to ACTIVE: the changelog is already on its way
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, BundleSchema schema) {
        schema.close();
    }
}
