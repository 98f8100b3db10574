package cymru.cofnod.adapter.internal;

import cymru.cofnod.core.api.RecordCategory;
import cymru.cofnod.outcomes.api.PersonService.IdentifierSystem;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One agency, from one ConfigAdmin factory configuration of {@value #PID} (for example
 * {@code etc/cymru.cofnod.agency-cardiff-council.cfg}): its id, name, adapter kind, and the adapter's
 * settings as {@code setting.<name>} properties, the {@code category} its entries fall in, and the
 * {@code identifierSystem} that is its own. Two local
 * authorities share one adapter by naming its kind.
 */
@Component(service = AgencyRegistration.class, configurationPid = AgencyRegistration.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = AgencyConfig.class, factory = true)
public class AgencyRegistration {

    static final String PID = "cymru.cofnod.agency";
    private static final String SETTING = "setting.";
    /**
     * The categories an agency may file its entries under (docs/access.md, "Categories"): the kinds' own
     * ({@code entries}), or one that shares less, for every entry it writes.
     */
    static final Set<RecordCategory> ENTRY_CATEGORIES = Set.of(RecordCategory.ENTRIES, RecordCategory.HEALTH,
            RecordCategory.SAFEGUARDING);
    private static final Logger LOG = LoggerFactory.getLogger(AgencyRegistration.class);

    private String id;
    private String name;
    private String adapterKind;
    private Map<String, String> settings;
    private RecordCategory category;
    private IdentifierSystem identifierSystem;
    /** Why the configuration is refused; null when it is not. */
    private String refused;

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
        identifierSystem = identifierSystem(properties.get("identifierSystem"));
        Object configured = properties.get("category");
        category = null;
        refused = null;
        if (configured != null && !configured.toString().isBlank()) {
            category = entryCategory(configured.toString().trim());
            if (category == null) {
                refused = "its category '" + Reasons.plain(configured.toString().trim()) + "' is not one its entries may be "
                        + "filed under (" + String.join(", ", ENTRY_CATEGORIES.stream().map(RecordCategory::wireName)
                        .sorted().toList()) + "); its payloads wait in quarantine until the configuration is fixed";
                LOG.error("Cofnod agency {} ({}): configuration refused: {}", id, PID, refused);
            }
        }
    }

    /** The category of this name an agency may file its entries under, or null. */
    private static RecordCategory entryCategory(String name) {
        return ENTRY_CATEGORIES.stream().filter(c -> c.wireName().equals(name)).findFirst().orElse(null);
    }

    /** Which identifier system is the agency's own, the one its adapter may attach to people it matched. */
    private static IdentifierSystem identifierSystem(Object given) {
        if (given == null || given.toString().isBlank()) {
            return null;
        }
        try {
            return IdentifierSystem.valueOf(given.toString().trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("an agency's 'identifierSystem' is one of "
                    + java.util.Arrays.toString(IdentifierSystem.values()), e);
        }
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

    /**
     * The category the agency's entries fall in: {@code health} for an NHS health board's clinical notes,
     * {@code safeguarding}, or {@code entries}; none set (or refused), each entry's kind decides.
     */
    Optional<RecordCategory> category() {
        return Optional.ofNullable(category);
    }

    Optional<IdentifierSystem> identifierSystem() {
        return Optional.ofNullable(identifierSystem);
    }

    /** Why its configuration is refused, if it is. */
    Optional<String> refused() {
        return Optional.ofNullable(refused);
    }

    Map<String, String> settings() {
        return settings;
    }
}
