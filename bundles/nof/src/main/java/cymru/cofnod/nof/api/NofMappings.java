package cymru.cofnod.nof.api;

import cymru.cofnod.core.api.Requester;
import java.util.List;

/**
 * Links personal outcomes to NOF statements. Every call first reads the outcome through the record
 * service, so consent applies: an outcome the requester may not see is not found.
 */
public interface NofMappings {

    /** Statements the outcome's own words suggest, best first; nothing is stored. */
    List<Suggestion> suggest(Requester requester, String personId, String outcomeId);

    /**
     * Confirms tags on an outcome under the current catalogue version; codes already tagged keep the
     * version they were tagged under.
     *
     * @throws cymru.cofnod.core.api.ValidationException naming any code that is not a statement
     */
    List<NofMapping> map(Requester requester, String personId, String outcomeId, List<String> codes);

    /** Removes one tag; the outcome's words are untouched. */
    void unmap(Requester requester, String personId, String outcomeId, String code);

    List<NofMapping> mappings(Requester requester, String personId, String outcomeId, String language);
}
