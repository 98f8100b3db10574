package cymru.cofnod.fhir.internal;

/** The identifier and code systems Cofnod's FHIR resources name. */
final class CofnodSystems {

    /** Where a copy of the record, made away from any server, says its resources are from. */
    static final String FHIR_BASE = "https://cofnod.cymru/fhir/r4";
    static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";
    /** The physio adapter takes a Goal with this identifier as Cofnod's own outcome. */
    static final String OUTCOME = "https://cofnod.cymru/Id/outcome";
    static final String ENTRY = "https://cofnod.cymru/Id/entry";
    /**
     * The key an item came in under from an agency's system: the physio adapter takes an Observation carrying it as
     * that same item, so an export sent back is a duplicate.
     */
    static final String SOURCE_KEY = "https://cofnod.cymru/Id/source-key";
    static final String PERSON = "https://cofnod.cymru/Id/person";
    static final String PLAN = "https://cofnod.cymru/Id/plan";
    static final String CONSENT = "https://cofnod.cymru/Id/consent";
    /** The Welsh National Outcomes Framework's statements, by their catalogue code. */
    static final String NOF = "https://cofnod.cymru/CodeSystem/nof";
    static final String OUTCOME_TYPE = "https://cofnod.cymru/CodeSystem/outcome-type";
    static final String ENTRY_KIND = "https://cofnod.cymru/CodeSystem/entry-kind";
    /** What a part of an entry is: {@code observation} (a fact), {@code opinion} or {@code own-words}. */
    static final String ENTRY_PART = "https://cofnod.cymru/CodeSystem/entry-part";
    static final String PURPOSE_OF_USE = "https://cofnod.cymru/CodeSystem/purpose-of-use";
    static final String RECORD_CATEGORY = "https://cofnod.cymru/CodeSystem/record-category";
    static final String ACCESS_POLICY = "https://cofnod.cymru/docs/access";
    /** A version's state in Cofnod, as a tag: {@code withdrawn} marks a withdrawal in the person's copy. */
    static final String ITEM_STATE = "https://cofnod.cymru/CodeSystem/item-state";
    static final String BCP47 = "urn:ietf:bcp:47";

    private CofnodSystems() {
    }
}
