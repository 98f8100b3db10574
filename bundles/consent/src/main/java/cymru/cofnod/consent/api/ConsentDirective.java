package cymru.cofnod.consent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import cymru.cofnod.core.api.RecordCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The person's decision about who sees what of their record, for which purpose, until when. Never
 * edited: a change is a withdrawal and a new directive, both kept.
 *
 * @param givenBy     who gave it: the person, a representative, or a best-interests decision
 * @param grantee     who may see: an agency, a role within an agency, or a named person
 * @param purposes    {@code direct-care}, {@code care-planning}, {@code safeguarding}, {@code commissioning}
 *                    (commissioning only ever lets a person's words into de-identified reports)
 * @param outcomeIds  empty for the whole record, or only items about these outcomes
 * @param how         {@code verbal}, {@code written} or {@code own-login}
 * @param status      {@code active}, {@code not-yet-valid}, {@code expired} or {@code withdrawn}, as of now
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ConsentDirective(String id, String personId, GivenBy givenBy, Grantee grantee, Set<String> purposes,
                               Set<RecordCategory> categories, List<String> outcomeIds, Instant validFrom,
                               Instant validUntil, String how, String status, Withdrawal withdrawal,
                               String recordedBy, String recordedByAgency, Instant recordedAt) {

    public static final Set<String> HOW = Set.of("verbal", "written", "own-login");

    public ConsentDirective {
        purposes = purposes == null ? Set.of() : Set.copyOf(purposes);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        outcomeIds = outcomeIds == null ? List.of() : List.copyOf(outcomeIds);
    }

    /**
     * True when a practitioner recorded it for their own agency (or a colleague by name) to read the record: allowed
     * for direct care only, time-limited, flagged in the person's access log and raised to the agency's leads.
     */
    @JsonProperty(value = "selfGranted", access = JsonProperty.Access.READ_ONLY)
    public boolean selfGranted() {
        return selfGranted(recordedByAgency, grantee, purposes);
    }

    /**
     * Whether a directive recorded by a practitioner of this agency grants that same agency a read of the record
     * (any purpose but commissioning, which only ever lets words into de-identified reports).
     */
    public static boolean selfGranted(String recorderAgency, Grantee grantee, Set<String> purposes) {
        return recorderAgency != null && grantee != null && recorderAgency.equals(grantee.agency())
                && purposes.stream().anyMatch(p -> !"commissioning".equals(p));
    }

    /**
     * Who gave the consent.
     *
     * @param kind     {@code person}, {@code representative} or {@code best-interests}
     * @param name     the representative's or decision maker's name
     * @param reason   for a best-interests decision, why it was made
     * @param givenAt  when the person or representative gave it (recorded by a practitioner)
     * @param heardBy  who heard it given (recorded by a practitioner)
     * @param reviewBy for a best-interests decision, when it is to be reviewed
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GivenBy(String kind, String name, String relationship, String reason, Instant givenAt,
                          String heardBy, LocalDate reviewBy) {
        public static final Set<String> KINDS = Set.of("person", "representative", "best-interests");

        public GivenBy(String kind, String name, String relationship, String reason) {
            this(kind, name, relationship, reason, null, null, null);
        }

        /** The same, without the best-interests reason: for readers who did not record it. */
        public GivenBy withoutReason() {
            return new GivenBy(kind, name, relationship, null, givenAt, heardBy, reviewBy);
        }
    }

    /**
     * Who may see.
     *
     * @param kind   {@code agency}, {@code role} (a role within an agency) or {@code named-person}
     * @param user   for a named person, their Cofnod login
     * @param agency for an agency or a role, that agency; for a named practitioner, their agency (recorded by Cofnod)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Grantee(String kind, String agency, String role, String name, String user) {
        public static final Set<String> KINDS = Set.of("agency", "role", "named-person");
    }

    /** When and why it was withdrawn, and by whom. */
    public record Withdrawal(Instant at, String reason, String by) {
    }
}
