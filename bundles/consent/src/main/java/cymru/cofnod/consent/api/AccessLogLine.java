package cymru.cofnod.consent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One line of the person's access log: who looked at their record, from which agency, why and when,
 * with a sentence in plain words.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccessLogLine(Instant at, String who, String agency, String purpose, String what, boolean refused,
                            boolean breakGlass, String summary) {
}
