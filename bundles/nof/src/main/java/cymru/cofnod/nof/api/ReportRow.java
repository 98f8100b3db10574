package cymru.cofnod.nof.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One cell of a report: a domain, statement or personalised statement, optionally broken down by a
 * second dimension, with how many people and outcomes it holds, as shown after suppression.
 *
 * @param language  the language of the label: {@code en} where Welsh was asked for and the catalogue has none yet
 * @param breakdown the value of the second dimension (an agency, type, review result or period)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportRow(String code, String label, String language, String breakdown, ShownCount people,
                        ShownCount outcomes) {
}
