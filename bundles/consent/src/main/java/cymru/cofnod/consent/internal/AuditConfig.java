package cymru.cofnod.consent.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code cymru.cofnod.audit}. */
@ObjectClassDefinition(name = "Cofnod audit", description = "The audit chain's key file and its checkpoints")
public @interface AuditConfig {

    @AttributeDefinition(description = "The file of HMAC keys the chain is made with, outside the database; "
            + "made with one fresh key if absent. Empty: ${karaf.etc}/cymru.cofnod.audit.keys")
    String keyFile() default "";

    @AttributeDefinition(description = "The file signed checkpoints of the chain's head are appended to. "
            + "Empty: ${karaf.data}/audit/checkpoints")
    String checkpointFile() default "";

    @AttributeDefinition(description = "A checkpoint at most this often, in seconds, while events are written")
    int checkpointSeconds() default 10;

    @AttributeDefinition(description = "A checkpoint at the latest after this many events")
    int checkpointEvents() default 1000;
}
