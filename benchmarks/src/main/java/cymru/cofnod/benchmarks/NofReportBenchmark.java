package cymru.cofnod.benchmarks;

import cymru.cofnod.nof.internal.ReportBenchmark;
import java.sql.SQLException;

/**
 * The commissioners' report over 50,000 people and 250,000 outcomes against hand-written SQL
 * ({@code -Dbenchmark=NofReportBenchmark}); the work is in the nof bundle's package, beside the classes it times.
 */
public final class NofReportBenchmark {

    private NofReportBenchmark() {
    }

    public static void main(String[] args) throws SQLException {
        ReportBenchmark.main(args);
    }
}
