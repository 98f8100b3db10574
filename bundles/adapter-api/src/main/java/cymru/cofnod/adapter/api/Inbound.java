package cymru.cofnod.adapter.api;

import java.util.Map;

/**
 * A payload as an agency sent it: the text, its media type, and the agency's own adapter settings.
 *
 * @param agency    the agency id it came from
 * @param mediaType the media type it was sent as, without parameters
 * @param text      the payload, decoded as UTF-8
 * @param settings  the agency's adapter settings from its configuration
 */
public record Inbound(String agency, String mediaType, String text, Map<String, String> settings) {

    public Inbound {
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }

    /** One setting, or its default when the agency's configuration does not give it. */
    public String setting(String name, String defaultValue) {
        return settings.getOrDefault(name, defaultValue);
    }
}
