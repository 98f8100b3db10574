package cymru.cofnod.adapter.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code cymru.cofnod.ingest}. */
@ObjectClassDefinition(name = "Cofnod ingest", description = "How agencies' payloads are taken in")
@interface IngestConfig {

    @AttributeDefinition(description = "The largest payload taken in one go, in megabytes; a larger one is refused whole")
    int maxPayloadMegabytes() default IngestingService.DEFAULT_MAX_MEGABYTES;
}
