package cymru.cofnod.adapter.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Set;

/**
 * An agency as Cofnod knows it, with the health of its adapter and what waits in its quarantine.
 *
 * @param health     {@code up}; {@code no-adapter} when no adapter of its kind is installed (payloads then wait
 *                   in quarantine); {@code misconfigured} when its configuration is refused, such as a category its
 *                   entries may not be filed under (payloads wait in quarantine too); {@code failing} when its
 *                   adapter threw on the last payload
 * @param detail     why it is not up
 * @param quarantine how many of its items wait in quarantine, and since when
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgencyStatus(String id, String name, String adapterKind, Set<String> mediaTypes, String health,
                           String detail, Waiting quarantine) {

    public static final String UP = "up";
    public static final String NO_ADAPTER = "no-adapter";
    public static final String FAILING = "failing";
    public static final String MISCONFIGURED = "misconfigured";

    /** An agency with nothing in quarantine. */
    public AgencyStatus(String id, String name, String adapterKind, Set<String> mediaTypes, String health,
                        String detail) {
        this(id, name, adapterKind, mediaTypes, health, detail, Waiting.NONE);
    }

    /**
     * An agency's quarantine at a glance.
     *
     * @param count  items waiting
     * @param oldest when the oldest of them was received; null when none waits
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Waiting(long count, Instant oldest) {
        public static final Waiting NONE = new Waiting(0, null);
    }
}
