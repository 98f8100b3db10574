package cymru.cofnod.consent.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code cymru.cofnod.consent}. */
@ObjectClassDefinition(name = "Cofnod consent", description = "Break-glass, self-granted directives and safeguarding leads")
public @interface ConsentConfig {

    @AttributeDefinition(description = "How long a safeguarding break-glass lasts, in hours")
    int breakGlassHours() default 4;

    @AttributeDefinition(description = "The longest a practitioner's directive for their own agency lasts, in days")
    int selfGrantMaxDays() default 30;

    @AttributeDefinition(description = "Each agency's safeguarding leads, as comma-separated agency:user pairs")
    String safeguardingLeads() default "";
}
