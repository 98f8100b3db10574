package cymru.cofnod.outcomes.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * A person who uses care and support, or a carer. {@code id} and {@code version} are Cofnod's;
 * everything else is what the person and the agencies told us.
 *
 * @param preferredLanguage   {@code cy} or {@code en}; required, since the Active Offer depends on it
 * @param activeOffer         whether and when Welsh was offered without being asked for
 * @param communicationNeeds  how best to communicate with the person, in plain words
 * @param identifiers         what each agency knows the person by
 * @param account             the login of the person themselves, if they use Cofnod
 * @param caresFor            ids of the people this person is a carer of
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Person(
        String id,
        Long version,
        String givenName,
        String familyName,
        String preferredName,
        LocalDate dateOfBirth,
        String preferredLanguage,
        ActiveOffer activeOffer,
        String communicationNeeds,
        Identifiers identifiers,
        String account,
        List<String> caresFor) {

    public Person {
        caresFor = caresFor == null ? List.of() : List.copyOf(caresFor);
        identifiers = identifiers == null ? new Identifiers(null, null, null) : identifiers;
    }

    public Person withIdentity(String newId, long newVersion) {
        return new Person(newId, newVersion, givenName, familyName, preferredName, dateOfBirth,
                preferredLanguage, activeOffer, communicationNeeds, identifiers, account, caresFor);
    }

    /** The Welsh language Active Offer: Welsh offered without the person having to ask. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActiveOffer(boolean made, java.time.OffsetDateTime madeAt, String madeBy) {
    }

    /** The identifiers agencies know the person by; each names at most one person in Cofnod. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Identifiers(String localAuthorityId, String nhsNumber, String providerId) {
    }
}
