package cymru.cofnod.benchmarks;

import cymru.cofnod.adapter.api.IngestReport;
import cymru.cofnod.adapter.homecare.internal.HomeCareAdapter;
import cymru.cofnod.adapter.internal.IngestFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Home care learning-log rows through the home-care adapter and the real ingest service (idempotency, consent
 * and audit on, every unit on one Derby database on disk), against a raw JDBC batch insert of the same rows into
 * the same database. {@code -Drows=} sets the number of rows (100,000), {@code -Dbatch=} the rows per payload (1,000,
 * as {@code cofnod:import} sends them).
 */
public final class HomeCareIngestBenchmark {

    private static final String HEADER = "id,person,date,from,to,activity,who,what_worked,what_did_not_work";
    private static final int PEOPLE = 100;

    private HomeCareIngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("rows", 100_000);
        int batch = Integer.getInteger("batch", 1_000);
        Path dir = Path.of("target", "bench-derby");
        deleteTree(dir);
        List<String> lines = rows(rows);
        try (IngestFixture cofnod = new IngestFixture(dir.resolve("cofnod").toAbsolutePath().toString())) {
            cofnod.agency("gofal-da-homecare", "home-care").install(new HomeCareAdapter());
            for (int p = 0; p < PEOPLE; p++) {
                cofnod.person("Person" + p, null, "CC-B" + p, "GD-B" + p);
            }

            long start = System.nanoTime();
            int accepted = 0;
            for (int from = 0; from < lines.size(); from += batch) {
                String payload = HEADER + "\n" + String.join("\n", lines.subList(from, Math.min(lines.size(), from + batch)));
                IngestReport report = cofnod.send("gofal-da-homecare", "text/csv", payload);
                accepted += report.accepted().size();
                if (!report.quarantined().isEmpty()) {
                    throw new IllegalStateException("quarantined: " + report.quarantined().get(0).reason());
                }
            }
            double adapterSeconds = (System.nanoTime() - start) / 1e9;

            double rawSeconds = rawInsert(cofnod, lines, batch);
            System.out.printf("%n%,d home-care learning-log rows, %,d a payload, one Derby database on disk%n", rows,
                    batch);
            System.out.printf("through the adapter (idempotency, consent, audit): %,.0f rows/s (%.1f s, %,d accepted)%n",
                    rows / adapterSeconds, adapterSeconds, accepted);
            System.out.printf("raw JDBC batch insert of the same rows:             %,.0f rows/s (%.1f s)%n",
                    rows / rawSeconds, rawSeconds);
            System.out.printf("ratio (adapter time / raw JDBC time): %.1fx (target <= 2x)%n", adapterSeconds / rawSeconds);
        }
    }

    private static List<String> rows(int count) {
        List<String> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lines.add("LL-" + i + ",GD-B" + (i % PEOPLE) + ",2026-06-" + String.format("%02d", 1 + i % 28)
                    + ",11:00,11:30,Park,Karen and Mary,\"Dry, bright day: smiled at the fresh air and hummed\","
                    + "Came back before ice cream");
        }
        return lines;
    }

    /** The same rows into a plain table of the same database: one prepared statement, a commit per batch. */
    private static double rawInsert(IngestFixture cofnod, List<String> lines, int batch) throws SQLException {
        try (Connection c = cofnod.adapterUnit().connection()) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE BENCH_RAW_LOG (ID VARCHAR(64) PRIMARY KEY, PERSON VARCHAR(64), "
                        + "OCCURRED TIMESTAMP, UNTIL TIMESTAMP, ACTIVITY VARCHAR(2000), WHO VARCHAR(2000), "
                        + "WORKED VARCHAR(4000), DID_NOT VARCHAR(4000))");
            }
            c.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO BENCH_RAW_LOG VALUES (?,?,?,?,?,?,?,?)")) {
                int n = 0;
                for (String line : lines) {
                    String[] f = line.split(",", 8);
                    insert.setString(1, f[0]);
                    insert.setString(2, f[1]);
                    insert.setTimestamp(3, Timestamp.valueOf(LocalDateTime.parse(f[2] + "T" + f[3])));
                    insert.setTimestamp(4, Timestamp.valueOf(LocalDateTime.parse(f[2] + "T" + f[4])));
                    insert.setString(5, f[5]);
                    insert.setString(6, f[6]);
                    insert.setString(7, "Dry, bright day: smiled at the fresh air and hummed");
                    insert.setString(8, "Came back before ice cream");
                    insert.addBatch();
                    if (++n % batch == 0) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
                insert.executeBatch();
                c.commit();
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
    }
}
