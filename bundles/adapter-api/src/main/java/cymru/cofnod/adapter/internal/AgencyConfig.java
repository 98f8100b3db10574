package cymru.cofnod.adapter.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * Factory PID {@code cymru.cofnod.agency}: one configuration per agency. The adapter's own settings are
 * further properties named {@code setting.<name>}, which metatype cannot list since each adapter has its own.
 */
@ObjectClassDefinition(name = "Cofnod agency",
        description = "One agency that sends records through an adapter; adapter settings go in setting.<name> properties")
@interface AgencyConfig {

    @AttributeDefinition(description = "The agency's id in Cofnod, as users' agency:<id> roles name it")
    String id();

    @AttributeDefinition(required = false, description = "The agency's name as people read it; the id if empty")
    String name();

    @AttributeDefinition(description = "Which installed adapter reads its payloads, e.g. social-work, physio, home-care")
    String adapterKind();

    @AttributeDefinition(required = false, options = {
            @Option(label = "health (an NHS health board's clinical notes)", value = "health"),
            @Option(label = "safeguarding (a safeguarding team's records)", value = "safeguarding"),
            @Option(label = "entries (each entry's kind decides)", value = "entries")},
            description = "The consent category the agency's entries fall in, unless its adapter files one under a "
                    + "category that shares no more; by their kind if empty. Any other value is refused: the agency "
                    + "shows as misconfigured and its payloads wait in quarantine")
    String category();

    @AttributeDefinition(required = false, options = {
            @Option(label = "a local authority's id", value = "LOCAL_AUTHORITY"),
            @Option(label = "the NHS number", value = "NHS"),
            @Option(label = "a provider's id", value = "PROVIDER")},
            description = "The identifier system that is the agency's own: its adapter may attach it to people it matched")
    String identifierSystem();
}
