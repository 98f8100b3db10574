package cymru.cofnod.core.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One piece of work falling due.
 *
 * @param kind     what the work is: {@code plan-review}, {@code action}, {@code consent-ending},
 *                 {@code break-glass-ending}, {@code quarantined}
 * @param dueOn    the day it falls due, for work due on a date (a review, an action)
 * @param dueAt    the moment it falls due, for work that ends at a time (consent, emergency access, an item
 *                 waiting since it was received)
 * @param personId whose record it is in, if any
 * @param what     what is to be done, in the words it was recorded in (an action's "what", an item's reason)
 * @param owner    who is to do it, when the record names them
 * @param agency   the agency it belongs to
 * @param about    the API path of what the work is done on ({@code /plans/{id}}, {@code /consents/{id}}, ...)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DueItem(String kind, LocalDate dueOn, Instant dueAt, String personId, String what, String owner,
                      String agency, String about) {

    public static final String PLAN_REVIEW = "plan-review";
    public static final String ACTION = "action";
    public static final String CONSENT_ENDING = "consent-ending";
    public static final String BREAK_GLASS_ENDING = "break-glass-ending";
    public static final String QUARANTINED = "quarantined";

    /** When it falls due, as one moment to order by: a date's start (UTC). */
    @JsonIgnore
    public Instant when() {
        return dueAt != null ? dueAt : dueOn.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }
}
