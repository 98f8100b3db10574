package cymru.cofnod.adapter.testkit;

import cymru.cofnod.adapter.internal.IngestFixture;
import cymru.cofnod.outcomes.api.Person;

/**
 * A person to register in the kit's Cofnod, named by the identifiers their agencies' systems use. Unless
 * {@link #sharingWithNoOne()} is asked, they agree that every agency configured so far sees every category of their
 * record for their direct care.
 */
public final class NewPerson {

    private final IngestFixture cofnod;
    private final String givenName;
    private String nhsNumber;
    private String localAuthorityId;
    private String providerId;
    private boolean sharing = true;

    NewPerson(IngestFixture cofnod, String givenName) {
        this.cofnod = cofnod;
        this.givenName = givenName;
    }

    /** Their NHS number ({@code IdentifierSystem.NHS}). */
    public NewPerson nhsNumber(String value) {
        nhsNumber = value;
        return this;
    }

    /** Their local authority's case number ({@code IdentifierSystem.LOCAL_AUTHORITY}). */
    public NewPerson localAuthorityId(String value) {
        localAuthorityId = value;
        return this;
    }

    /** Their care provider's id for them ({@code IdentifierSystem.PROVIDER}). */
    public NewPerson providerId(String value) {
        providerId = value;
        return this;
    }

    /**
     * No directive: no agency sees their record, not even {@value AdapterTestKit#RECORDING_AGENCY} (so the kit cannot
     * read it back), until {@link AdapterTestKit#share} records one.
     */
    public NewPerson sharingWithNoOne() {
        sharing = false;
        return this;
    }

    /** Registers them; their Cofnod id. */
    public String register() {
        Person.Identifiers identifiers = new Person.Identifiers(localAuthorityId, nhsNumber, providerId);
        return sharing ? cofnod.person(givenName, identifiers) : cofnod.registered(givenName, identifiers);
    }
}
