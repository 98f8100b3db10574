package cymru.cofnod.nof.internal;

import cymru.cofnod.core.api.Purpose;
import cymru.cofnod.core.api.Validation;
import cymru.cofnod.nof.api.NofFacts;
import cymru.cofnod.nof.api.NofReports;
import cymru.cofnod.nof.api.Report;
import cymru.cofnod.nof.api.ReportQuery;
import cymru.cofnod.nof.api.ReportRow;
import cymru.cofnod.nof.api.Story;
import cymru.cofnod.rest.api.Contract;
import cymru.cofnod.rest.api.Csv;
import cymru.cofnod.rest.api.Identity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /reports}: de-identified reports for commissioners, JSON by default and CSV for
 * {@code Accept: text/csv} or {@code ?format=csv} (a plain link). Only counts leave here, each shown by the
 * suppression rule.
 */
@Component(service = Object.class, property = Contract.RESOURCE)
@Path("/reports")
@Tag(name = "nof")
public class ReportsResource {

    static final String CSV = "text/csv";

    private final NofReports reports;
    private final NofFacts facts;

    @Activate
    public ReportsResource(@Reference NofReports reports, @Reference NofFacts facts) {
        this.reports = reports;
        this.facts = facts;
    }

    @GET
    @Path("/by-domain")
    @Produces({MediaType.APPLICATION_JSON, CSV + ";charset=UTF-8"})
    @Operation(operationId = "reportByDomain",
            summary = "De-identified outcomes by NOF domain, small counts suppressed (JSON, or CSV for Accept: text/csv "
                    + "or format=csv)",
            responses = @ApiResponse(responseCode = "200", description = "The report",
                    content = @Content(schema = @Schema(implementation = Report.class))))
    public Response byDomain(@Context HttpServletRequest request, @Context HttpHeaders headers,
                             @QueryParam("cut") String cut, @QueryParam("by") String by,
                             @QueryParam("period") String period, @QueryParam("from") String from,
                             @QueryParam("to") String to, @QueryParam("agency") String agency,
                             @QueryParam("type") String type, @QueryParam("reviewResult") String reviewResult,
                             @QueryParam("lang") String lang, @QueryParam("format") String format) {
        Validation v = new Validation();
        if (format != null && !Set.of("csv", "json").contains(format)) {
            v.add("format", "is csv or json");
        }
        ReportQuery query = new ReportQuery(cut, by, period, date(from, "from", v), date(to, "to", v), agency, type,
                reviewResult, lang);
        v.orThrow();
        Report report = reports.byDomain(Identity.of(request).asRequester(Purpose.COMMISSIONING), query);
        if ("csv".equals(format) || (format == null && wantsCsv(headers))) {
            return Response.ok(csv(report), CSV + ";charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"cofnod-report-" + report.cut() + ".csv\"")
                    .build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON).build();
    }

    /** An administrator rebuilds the report facts from the record (first start with existing data, restores). */
    @POST
    @Path("/facts/rebuild")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rebuildReportFacts",
            summary = "Rebuilds the report facts from the record (administrators)")
    public Map<String, Object> rebuild(@Context HttpServletRequest request) {
        int outcomes = facts.rebuild(Identity.of(request).asRequester(null));
        return Map.of("outcomesRead", outcomes);
    }

    private static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType t : headers.getAcceptableMediaTypes()) {
            if (t.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !t.isWildcardType()) {
                return false;
            }
            if ("text".equals(t.getType()) && "csv".equals(t.getSubtype())) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate date(String value, String field, Validation v) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            v.add(field, "is not an ISO 8601 date (2026-09-07)");
            return null;
        }
    }

    /**
     * One line a cell, the total, the stories (label: the words; breakdown: their language), then the rule. It
     * starts with a byte order mark, so that a spreadsheet opening it reads UTF-8 and shows Welsh letters (ŵ, ŷ).
     */
    static String csv(Report report) {
        StringBuilder out = new StringBuilder(Csv.BOM + "cut,code,label,breakdown,people,outcomes\r\n");
        for (ReportRow r : Stream.concat(report.rows().stream(), Stream.of(report.total())).toList()) {
            out.append(Csv.line(report.cut(), r.code(), r.label(), r.breakdown(), r.people().toString(),
                    r.outcomes().toString()));
        }
        for (Story story : report.stories()) {
            out.append(Csv.line("story", story.code(), story.words(), story.language(), null, null));
        }
        return out.append(Csv.line("#", null, report.suppression(), null, null, null)).toString();
    }
}
