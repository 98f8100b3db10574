package cymru.cofnod.adapter.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Set;

/**
 * An agency as Cofnod knows it, with the health of its adapter.
 *
 * @param health {@code up}; {@code no-adapter} when no adapter of its kind is installed (payloads then wait
 *               in quarantine); {@code failing} when its adapter threw on the last payload
 * @param detail why it is not up
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgencyStatus(String id, String name, String adapterKind, Set<String> mediaTypes, String health,
                           String detail) {

    public static final String UP = "up";
    public static final String NO_ADAPTER = "no-adapter";
    public static final String FAILING = "failing";
}
