package cymru.cofnod.nof.api;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a report counts and how it is cut.
 *
 * @param cut          {@code domain} (default), {@code statement} or {@code personalised}
 * @param by           an optional second dimension: {@code agency}, {@code type}, {@code reviewResult} or {@code period}
 * @param period       for {@code by=period}: {@code month}, {@code quarter} (default) or {@code year}
 * @param from         outcomes first recorded on or after this day
 * @param to           outcomes first recorded on or before this day
 * @param agency       only outcomes recorded by this agency
 * @param type         only outcomes of this type ({@code change}, {@code maintenance}, {@code process})
 * @param reviewResult only outcomes whose latest review had this result ({@code none}: not yet reviewed)
 * @param language     {@code cy} for Welsh labels where written
 */
public record ReportQuery(String cut, String by, String period, LocalDate from, LocalDate to, String agency,
                          String type, String reviewResult, String language) {

    public static final Set<String> CUTS = Set.of("domain", "statement", "personalised");
    public static final Set<String> BREAKDOWNS = Set.of("agency", "type", "reviewResult", "period");
    public static final Set<String> PERIODS = Set.of("month", "quarter", "year");
    /** A review result for outcomes not reviewed yet. */
    public static final String NOT_REVIEWED = "none";

    public ReportQuery {
        cut = cut == null || cut.isBlank() ? "domain" : cut;
        period = "period".equals(by) && (period == null || period.isBlank()) ? "quarter" : period;
    }

    public static ReportQuery byDomain() {
        return new ReportQuery(null, null, null, null, null, null, null, null, null);
    }
}
