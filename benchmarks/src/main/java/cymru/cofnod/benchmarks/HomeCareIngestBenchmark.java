package cymru.cofnod.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import cymru.cofnod.adapter.api.IngestReport;
import cymru.cofnod.adapter.homecare.internal.HomeCareAdapter;
import cymru.cofnod.adapter.internal.IngestFixture;
import cymru.cofnod.consent.api.AuditEvent;
import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Home care learning-log rows through the home-care adapter and the real ingest service (people matched, consent
 * asked, one audit event per person of a payload, carrying each row's digest, written in the payload's own
 * transaction within an audit scope as the REST inbox opens one, idempotency by the provider's ids; every unit on
 * one Derby database on disk, or with {@code -Ddb=postgresql} on one PostgreSQL database: {@link BenchDatabase}),
 * against a raw JDBC batch insert of the same rows into the same table
 * ({@code OUTCOMES_ITEM}, its indexes and constraints, the same stored JSON body), payload by payload in turn.
 * {@code -Drows=} sets the number of rows (100,000), {@code -Dbatch=} the rows per payload and per raw commit (1,000,
 * as {@code cofnod:import} sends them).
 */
public final class HomeCareIngestBenchmark {

    private static final String AGENCY = "gofal-da-homecare";
    private static final String HEADER = "id,person,date,from,to,activity,who,what_worked,what_did_not_work";
    private static final int PEOPLE = 100;
    private static final ZoneId WALES = ZoneId.of("Europe/London");

    private HomeCareIngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("rows", 100_000);
        int batch = Integer.getInteger("batch", 1_000);
        Path dir = Path.of("target", "bench-derby");
        TimelineBenchmark.Distribution.deleteTree(dir);
        Files.createDirectories(dir);
        HikariDataSource pool = BenchDatabase.POSTGRESQL
                ? BenchDatabase.pool(BenchDatabase.freshPostgresql("cofnod_bench_ingest")) : null;
        try (pool; IngestFixture cofnod = pool != null ? new IngestFixture(pool)
                : new IngestFixture(dir.resolve("cofnod").toAbsolutePath().toString())) {
            cofnod.agency(AGENCY, "home-care").install(new HomeCareAdapter());
            List<String> people = new ArrayList<>();
            for (int p = 0; p < PEOPLE; p++) {
                people.add(cofnod.person("Person" + p, null, "CC-B" + p, "GD-B" + p));
            }
            // one payload to warm both paths' code, and the stored row the raw insert copies
            expect(cofnod.send(AGENCY, "text/csv", payload(lines("W-", 0, batch))), batch, 0);

            // payload by payload, the raw insert of the same rows straight after: a machine shared with other work
            // slows both alike, and both write into a table of the same size
            long adapterNanos = 0;
            long rawNanos = 0;
            int accepted = 0;
            try (RawInsert raw = new RawInsert(cofnod, people)) {
                for (int from = 0; from < rows; from += batch) {
                    int to = Math.min(rows, from + batch);
                    String payload = payload(lines("LL-", from, to));
                    long start = System.nanoTime();
                    IngestReport report = cofnod.send(AGENCY, "text/csv", payload);
                    adapterNanos += System.nanoTime() - start;
                    expect(report, to - from, 0);
                    accepted += report.accepted().size();
                    start = System.nanoTime();
                    raw.insert(from, to);
                    rawNanos += System.nanoTime() - start;
                }
            }
            double adapterSeconds = adapterNanos / 1e9;
            double rawSeconds = rawNanos / 1e9;

            // idempotency and audit were really on: the first payload again is all duplicates, and audited
            expect(cofnod.send(AGENCY, "text/csv", payload(lines("LL-", 0, Math.min(rows, batch)))), 0,
                    Math.min(rows, batch));
            long inboxEvents = inboxEvents(cofnod);
            System.out.printf("%n%,d home-care learning-log rows for %d people, %,d a payload, %s%n", rows, PEOPLE,
                    batch, BenchDatabase.describe());
            System.out.printf("through the adapter (matching, consent, audit, idempotency): %,.0f rows/s (%.1f s, %,d "
                    + "accepted; resent payload all duplicates; %,d inbox audit events)%n", rows / adapterSeconds,
                    adapterSeconds, accepted, inboxEvents);
            System.out.printf("raw JDBC batch insert into OUTCOMES_ITEM:                   %,.0f rows/s (%.1f s)%n",
                    rows / rawSeconds, rawSeconds);
            System.out.printf("ratio (adapter time / raw JDBC time): %.2fx (target <= 2x)%n", adapterSeconds / rawSeconds);
        }
    }

    private static List<String> lines(String prefix, int from, int to) {
        List<String> lines = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            lines.add(prefix + i + ",GD-B" + (i % PEOPLE) + "," + date(i)
                    + ",11:00,11:30,Park,Karen and Mary,\"Dry, bright day: smiled at the fresh air and hummed\","
                    + "Came back before ice cream");
        }
        return lines;
    }

    private static String date(int row) {
        return "2026-06-" + String.format("%02d", 1 + row % 28);
    }

    private static String payload(List<String> lines) {
        return HEADER + "\n" + String.join("\n", lines);
    }

    private static void expect(IngestReport report, int accepted, int duplicates) {
        if (!report.quarantined().isEmpty()) {
            throw new IllegalStateException("quarantined: " + report.quarantined().get(0).reason());
        }
        if (report.accepted().size() != accepted || report.duplicate().size() != duplicates) {
            throw new IllegalStateException("expected " + accepted + " accepted and " + duplicates + " duplicates, got "
                    + report.accepted().size() + " and " + report.duplicate().size());
        }
    }

    /** The inbox's audit events (one per person of a payload), each noting what it added or already had. */
    private static long inboxEvents(IngestFixture cofnod) {
        long events = 0;
        String cursor = null;
        do {
            Page<AuditEvent> page = cofnod.audit().list(IngestFixture.SYSTEM_ADMIN,
                    new PageRequest(cursor, PageRequest.MAX_LIMIT));
            events += page.items().stream().filter(e -> e.resource() != null && e.resource().endsWith("/inbox")
                    && e.detail() != null && (e.detail().contains("added") || e.detail().contains("already had")))
                    .count();
            cursor = page.nextCursor();
        } while (cursor != null);
        return events;
    }

    /**
     * The same rows straight into the record's own table: the stored row of the warm-up payload as the template (its
     * body with each row's times), a new item id each, one prepared statement, a commit per payload.
     */
    private static final class RawInsert implements AutoCloseable {
        private final Connection c;
        private final PreparedStatement insert;
        private final List<String> people;
        private final String subkind;
        private final String category;
        private final String author;
        private final String body;
        private final String templateFrom = at(0, "11:00").toString();
        private final String templateTo = at(0, "11:30").toString();

        RawInsert(IngestFixture cofnod, List<String> people) throws SQLException {
            this.people = people;
            c = cofnod.adapterUnit().connection();
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT SUBKIND, CATEGORY, AUTHOR, BODY FROM OUTCOMES_ITEM WHERE SOURCE_KEY = 'W-0'");
                 ResultSet r = q.executeQuery()) {
                r.next();
                subkind = r.getString(1);
                category = r.getString(2);
                author = r.getString(3);
                body = r.getString(4);
            }
            if (!body.contains(templateFrom) || !body.contains(templateTo)) {
                throw new IllegalStateException("the stored body does not hold the row's times: " + body);
            }
            c.setAutoCommit(false);
            insert = c.prepareStatement("INSERT INTO OUTCOMES_ITEM (ITEM_ID, VERSION, KIND, PERSON_ID, SUBKIND, "
                    + "STATE, AGENCY, AUTHOR, CATEGORY, OCCURRED_AT, CREATED_AT, RECORDED_AT, SOURCE_AGENCY, SOURCE_KEY, "
                    + "REASON, BODY) VALUES (?,1,'entry',?,?,'live',?,?,?,?,?,?,?,?,NULL,?)");
        }

        void insert(int from, int to) throws SQLException {
            for (int i = from; i < to; i++) {
                Instant at = at(i, "11:00");
                Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, people.get(i % PEOPLE));
                insert.setString(3, subkind);
                insert.setString(4, "raw-jdbc");
                insert.setString(5, author);
                insert.setString(6, category);
                insert.setTimestamp(7, Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC)));
                insert.setTimestamp(8, now);
                insert.setTimestamp(9, now);
                insert.setString(10, "raw-jdbc");
                insert.setString(11, "LL-" + i);
                insert.setString(12, body.replace(templateFrom, at.toString())
                        .replace(templateTo, at(i, "11:30").toString()));
                insert.addBatch();
            }
            insert.executeBatch();
            c.commit();
        }

        @Override
        public void close() throws SQLException {
            insert.close();
            c.close();
        }
    }

    private static Instant at(int row, String time) {
        return LocalDateTime.parse(date(row) + "T" + time).atZone(WALES).toInstant();
    }
}
