package cymru.cofnod.adapter.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * One agency, from one ConfigAdmin factory configuration of {@value #PID} (for example
 * {@code etc/cymru.cofnod.agency-cardiff-council.cfg}): its id, name, adapter kind, and the adapter's
 * settings as {@code setting.<name>} properties. Two local authorities share one adapter by naming its kind.
 */
@Component(service = AgencyRegistration.class, configurationPid = AgencyRegistration.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = AgencyConfig.class, factory = true)
public class AgencyRegistration {

    static final String PID = "cymru.cofnod.agency";
    private static final String SETTING = "setting.";

    private String id;
    private String name;
    private String adapterKind;
    private Map<String, String> settings;

    public AgencyRegistration() {
        // for DS
    }

    AgencyRegistration(Map<String, ?> properties) {
        activate(properties);
    }

    @Activate
    void activate(Map<String, ?> properties) {
        id = text(properties, "id");
        adapterKind = text(properties, "adapterKind");
        Object given = properties.get("name");
        name = given == null ? id : given.toString();
        Map<String, String> found = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            if (key.startsWith(SETTING)) {
                found.put(key.substring(SETTING.length()), String.valueOf(value));
            }
        });
        settings = Map.copyOf(found);
    }

    private static String text(Map<String, ?> properties, String key) {
        Object value = properties.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException("an agency configuration (" + PID + ") needs '" + key + "'");
        }
        return value.toString().trim();
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    String adapterKind() {
        return adapterKind;
    }

    Map<String, String> settings() {
        return settings;
    }
}
