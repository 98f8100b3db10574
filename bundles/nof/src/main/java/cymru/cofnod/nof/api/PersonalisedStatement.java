package cymru.cofnod.nof.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A commissioner's own statement of what good looks like in their area ("People can get to the places
 * that matter to them"), linked to the NOF codes it gathers, in Welsh and English. Versioned: a change
 * is a new version and the old one stays in the history.
 *
 * @param codes  NOF codes: a statement code, or a domain or sub-domain code for all its statements
 * @param text   the wording to show (Welsh when asked for and written, otherwise English)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonalisedStatement(String id, Long version, String agency, String textEn, String textCy,
                                    String text, Boolean welshPending, List<String> codes, String recordedBy,
                                    Instant recordedAt) {

    public PersonalisedStatement {
        codes = codes == null ? List.of() : List.copyOf(codes);
    }
}
