package cymru.cofnod.consent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One line of the person's access log: who looked at their record ({@code who} their login, {@code whoName} the
 * name the realm gives them), from which agency, why and when, with a sentence in plain English. {@code action}
 * ({@code read}, {@code write}, {@code consent}, {@code break-glass}) and {@code part} (the part of the record:
 * {@code details}, {@code outcomes}, {@code journey}...) let a page say the same in its own language; {@code what}
 * is the part in English. {@code selfGranted}: the reader recorded consent for their own agency.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccessLogLine(Instant at, String who, String whoName, String agency, String purpose, String action,
                            String part, String what, boolean refused, boolean breakGlass, boolean selfGranted,
                            String summary) {
}
