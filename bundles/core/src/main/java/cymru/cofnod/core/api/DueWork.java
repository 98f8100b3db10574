package cymru.cofnod.core.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * One domain's work falling due (plans to review, actions, consent and emergency access ending, items waiting in
 * quarantine): each domain bundle that has some provides this as a service, and {@code GET /due} asks them all, so
 * a plug-in brings its own due work and takes it away when it is removed. Each answers only what the requester may
 * see, under the same rules as its own lists, and leaves its audit event.
 */
public interface DueWork {

    /** The longest window a requester may look ahead. */
    int MAX_DAYS = 92;

    /** The most items one domain answers with, soonest first. */
    int MAX_ITEMS = 200;

    /**
     * The requester's work due by {@code until} (already overdue included), soonest first, at most
     * {@link #MAX_ITEMS}.
     *
     * @throws AccessDeniedException for a role or purpose that has no work in a record (commissioning, administrators)
     */
    List<DueItem> due(Requester requester, Instant until);

    /**
     * The end of the window an ISO 8601 period ({@code P14D}, {@code P2W}) from {@code clock}'s now: days or weeks,
     * at most {@value #MAX_DAYS} days.
     *
     * @throws MalformedRequestException naming {@code within} for anything else
     */
    static Instant until(String within, Clock clock) {
        Period period;
        try {
            period = Period.parse(within);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new MalformedRequestException("within", "is not an ISO 8601 period of days or weeks (P14D, P2W)");
        }
        if (period.getYears() != 0 || period.getMonths() != 0 || period.getDays() < 0
                || period.getDays() > MAX_DAYS) {
            throw new MalformedRequestException("within", "must be 0 to " + MAX_DAYS + " days (P0D to P" + MAX_DAYS
                    + "D)");
        }
        return clock.instant().plus(java.time.Duration.ofDays(period.getDays()));
    }

    /** The last day of the window, for work that falls due on a date (UTC, as dates are stored). */
    static LocalDate lastDay(Instant until) {
        return LocalDate.ofInstant(until, ZoneOffset.UTC);
    }
}
