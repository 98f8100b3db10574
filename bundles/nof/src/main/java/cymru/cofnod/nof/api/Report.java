package cymru.cofnod.nof.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A de-identified report: counts only, each shown by the {@link ShownCount} rule; no names, ids, dates
 * of birth or free text. Every group of the cut appears, counted or not, so a missing row reveals nothing.
 *
 * @param total       people and outcomes with any NOF tag in the same filters, rounded on its own
 * @param suppression the rule the counts were shown by, in words
 * @param stories     people's own words beside the numbers, only where their consent covers commissioning
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Report(String cut, String by, String period, ReportQuery query, long catalogueVersion,
                     List<ReportRow> rows, ReportRow total, String suppression, List<Story> stories,
                     Instant producedAt) {

    public static final String RULE = "Counts under " + ShownCount.THRESHOLD + " (zero included) are shown as '"
            + ShownCount.SUPPRESSED + "'; every other count is rounded to the nearest " + ShownCount.BASE
            + ", the same way every time, and totals are rounded on their own, never summed from shown cells."
            + " Stories appear only beside groups of " + ShownCount.THRESHOLD + " people or more, only from people"
            + " whose consent covers commissioning, shortened and with names and numbers taken out.";
}
