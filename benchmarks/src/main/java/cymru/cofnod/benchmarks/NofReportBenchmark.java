package cymru.cofnod.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import cymru.cofnod.nof.internal.ReportBenchmark;
import cymru.cofnod.testing.DerbyUnit;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * The commissioners' reports over 50,000 people and 250,000 outcomes against hand-written SQL
 * ({@code -Dbenchmark=NofReportBenchmark}), on Derby on disk or, with {@code -Ddb=postgresql}, on PostgreSQL
 * ({@link BenchDatabase}). The people are made once per database and kept ({@code -Dnof.derby} names Derby's
 * directory); the work is in the nof bundle's package, beside the classes it times.
 */
public final class NofReportBenchmark {

    static final String POSTGRESQL_DATABASE = "cofnod_bench_nof_reports";

    private NofReportBenchmark() {
    }

    public static void main(String[] args) throws SQLException {
        if (BenchDatabase.POSTGRESQL) {
            try (HikariDataSource pool = BenchDatabase.pool(BenchDatabase.keptPostgresql(POSTGRESQL_DATABASE));
                 DerbyUnit unit = new DerbyUnit("cofnod-nof", pool)) {
                ReportBenchmark.run(unit, "PostgreSQL 15");
            }
        } else {
            // the tables outgrow Derby's default page cache (1,000 pages) many times over
            System.setProperty("derby.storage.pageCacheSize", System.getProperty("derby.storage.pageCacheSize", "40000"));
            Path directory = Path.of(System.getProperty("nof.derby",
                    Path.of(System.getProperty("java.io.tmpdir"), "cofnod-nof-report-derby").toString()));
            try (DerbyUnit unit = new DerbyUnit("cofnod-nof", directory.toAbsolutePath().toString())) {
                ReportBenchmark.run(unit, "Derby 10.14 on disk");
            }
        }
    }
}
