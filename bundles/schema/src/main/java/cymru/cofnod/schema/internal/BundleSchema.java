package cymru.cofnod.schema.internal;

import cymru.cofnod.schema.api.Changelog;
import cymru.cofnod.schema.api.MigratedSchema;
import java.util.Dictionary;
import java.util.Hashtable;
import javax.sql.DataSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One started bundle's schema: migrated once, announced while the bundle runs, withdrawn when it stops. */
final class BundleSchema implements MigratedSchema {

    private static final Logger LOG = LoggerFactory.getLogger(BundleSchema.class);

    private final Bundle bundle;
    private final Changelog changelog;
    private ServiceRegistration<MigratedSchema> registration;
    private boolean closed;

    BundleSchema(Bundle bundle, Changelog changelog) {
        this.bundle = bundle;
        this.changelog = changelog;
    }

    @Override
    public String name() {
        return changelog.name();
    }

    void migrate(DataSource dataSource, BundleContext context) {
        if (isClosed()) {
            return;
        }
        try {
            changelog.applyTo(dataSource);
        } catch (RuntimeException | LinkageError e) { // a part of Liquibase missing must not stop the bundle starting
            // its components stay waiting: better than running on tables that are not what they expect
            LOG.error("The schema of {} was not migrated; its services stay down until it is fixed and the bundle restarted",
                    bundle.getSymbolicName(), e);
            return;
        }
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(MigratedSchema.NAME, name());
        synchronized (this) {
            if (!closed) {
                registration = context.registerService(MigratedSchema.class, this, properties);
                LOG.info("Schema {} migrated ({})", name(), changelog.path());
            }
        }
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    synchronized void close() {
        closed = true;
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the schema bundle is stopping, which unregistered it first
            }
            registration = null;
        }
    }
}
