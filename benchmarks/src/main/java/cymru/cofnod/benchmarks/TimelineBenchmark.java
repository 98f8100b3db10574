package cymru.cofnod.benchmarks;

import cymru.cofnod.client.CofnodClient;
import cymru.cofnod.client.Reply;
import cymru.cofnod.client.Request;
import cymru.cofnod.consent.api.ConsentDirective;
import cymru.cofnod.core.api.RecordCategory;
import cymru.cofnod.outcomes.api.Entry;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Outcome;
import cymru.cofnod.outcomes.api.Person;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The journey's first page over real HTTP in the real distribution: one person with 10,000 entries from
 * three agencies, the newest 50 read again and again, by the person themselves (consent filtering off:
 * they see everything) and by the physio (consent filtering on: own entries plus a directive's grant).
 * Before that, Karaf is restarted, warmed up on the first page (30,000 reads), and the physio walks the
 * whole journey once, page by page, so each page but the first is read as never read before (the items and
 * renderings Cofnod keeps are empty after a restart). Then Karaf is stopped and the same 50 rows are read
 * from the same database with plain JDBC (Derby, or PostgreSQL with {@code -Ddb=postgresql}: {@link BenchDatabase}). Prints median and p95 of each and the ratios.
 * {@code -Dentries=}, {@code -Dreads=} and {@code -Dwarmup=} change the sizes.
 * <p>
 * The client is cofnod-client, as for every other caller of the API; the timed reads take the answer as it
 * came ({@code send}), so what is timed is Cofnod, the network and the JDK's {@code java.net.http} client, not
 * reading the JSON into records. That client hands each exchange between its own threads, which on a 2-core
 * machine added about 0.5 ms to the median and a few milliseconds to the p95 of every request compared with a
 * blocking client (Apache HttpClient, which earlier figures were measured with).
 */
public final class TimelineBenchmark {

    private static final int PORT = Integer.getInteger("port", 28181);
    private static final String API = "http://localhost:" + PORT + "/cofnod/api/v1";
    private static final CofnodClient COFNOD = CofnodClient.at(API);
    private static final List<String[]> AGENCY_USERS = List.of(new String[] {"social-worker", "cardiff-council"},
            new String[] {"physio", "cardiff-vale-uhb"}, new String[] {"home-carer", "gofal-da-homecare"});

    private TimelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int entries = Integer.getInteger("entries", 10_000);
        int reads = Integer.getInteger("reads", 1_000);
        Path karaf = Distribution.unpack(Path.of("target", "bench-timeline"), PORT);
        String url = BenchDatabase.POSTGRESQL ? BenchDatabase.freshPostgresql("cofnod_bench_timeline")
                : "jdbc:derby:" + karaf.resolve("data/derby/cofnod").toAbsolutePath();
        if (BenchDatabase.POSTGRESQL) {
            BenchDatabase.configure(karaf, url);
        }
        Distribution.start(karaf);
        try {
            String person = benchPerson(karaf);
            String outcome = as("social-worker").record(person).items(ItemKind.OUTCOME)
                    .add(Outcome.of("I want to walk to the shop again", "en", "change")).id();
            // the physio sees the other agencies' entries for direct care
            consent(person, "cardiff-vale-uhb", RecordCategory.OUTCOMES_AND_PLANS, RecordCategory.ENTRIES);
            // the home carer sees the outcome their visits work towards
            consent(person, "gofal-da-homecare", RecordCategory.OUTCOMES_AND_PLANS);
            load(person, outcome, entries);
            // nothing kept in memory from the loading: after the warm-up on the first page, every other page
            // the walk reads is read for the first time
            Distribution.stop(karaf);
            Distribution.start(karaf);
            String page = "/people/" + person + "/timeline?limit=50";
            warmUp(page, Integer.getInteger("warmup", 30_000));
            long[] cold = walk("physio", page);
            time("physio", page, reads / 2);
            // the two readers in turn, read by read, so that a spell of load on the machine falls on both alike
            long[] off = new long[reads];
            long[] on = new long[reads];
            for (int i = 0; i < reads; i++) {
                off[i] = time("bench-person", page, 1)[0];
                on[i] = time("physio", page, 1)[0];
            }
            Distribution.stop(karaf);

            long[] jdbc = jdbc(url, person, reads, Math.min(50, entries + 1));
            System.out.printf("%nfirst journey page (50 of %,d entries from 3 agencies), %,d reads each, %s%n", entries,
                    reads, BenchDatabase.POSTGRESQL ? "PostgreSQL" : "Derby");
            report("HTTP, consent filtering off (the person)", off);
            report("HTTP, consent filtering on (the physio)", on);
            report("plain JDBC, same 50 rows, same database", jdbc);
            report("HTTP, each page once, never read before (physio)", cold);
            System.out.printf("ratio HTTP (consent on) / JDBC:   p95 %.2f, median %.2f (target: p95 ≤ 10 ms, ratio ≤ 3)%n",
                    p(on, 95) / p(jdbc, 95), p(on, 50) / p(jdbc, 50));
            System.out.printf("ratio consent on / consent off:   p95 %.2f, median %.2f (target ≤ 1.3)%n",
                    p(on, 95) / p(off, 95), p(on, 50) / p(off, 50));
        } finally {
            Distribution.stop(karaf);
        }
    }

    /**
     * A person with a login of their own ({@code bench-person}), to read with consent filtering off; passwords are
     * stored as SHA-256 hashes. The demo feature writes the users file at first start, so the line is added once it
     * is there.
     */
    static String benchPerson(Path karaf) throws Exception {
        String demo = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest("demo".getBytes(StandardCharsets.UTF_8)));
        Files.writeString(karaf.resolve("etc/cofnod-users.properties"), "\nbench-person = {CRYPT}" + demo
                + "{CRYPT},role:person\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        String person = as("social-worker").people().create(new Person(null, null, "Bench", null, null, null, "cy",
                null, null, null, null, null)).id();
        // a login is bound to a person by an administrator
        as("admin").people().bindAccount(person, "bench-person");
        return person;
    }

    static CofnodClient as(String user) {
        return COFNOD.as(user, "demo").purpose("direct-care");
    }

    /** The person's own consent, told through their own login, for {@code agency} to see these categories. */
    static void consent(String person, String agency, RecordCategory... categories) {
        as("bench-person").record(person).giveConsent(new ConsentDirective(null, null,
                new ConsentDirective.GivenBy("person", null, null, null, null, null, null),
                new ConsentDirective.Grantee("agency", agency, null, null, null), Set.of("direct-care"),
                Set.of(categories), null, null, null, null, null, null, null, null, null));
    }

    static void load(String person, String outcome, int entries) throws Exception {
        long start = System.nanoTime();
        Instant first = Instant.parse("2025-01-01T09:00:00Z");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            int n = i;
            done.add(pool.submit(() -> {
                String[] who = AGENCY_USERS.get(n % 3);
                return as(who[0]).record(person).items(ItemKind.ENTRY).add(new Entry(null, null, null,
                        first.plus(Duration.ofMinutes(97L * n)), null, "visit", List.of(outcome),
                        List.of(new Entry.Part("observation", who[1] + " visit " + n
                                        + ": walked to the end of the road with a stick", null, null),
                                new Entry.Part("own-words", "mae fy nghoesau'n gryfach — ŵ ŷ", null, null)),
                        null, new Entry.Progress(n % 11, "steady"), null));
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        System.out.printf("loaded %,d entries over HTTP in %.1f s%n", entries, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Both readers in turn, {@code reads} in all, in rounds of 2,000: a JVM fresh from the restart compiles its
     * hot code (Derby's, EclipseLink's, CXF's, Jetty's, Cofnod's) over 20,000 to 30,000 requests on two cores,
     * where the compiler threads share them with Karaf and this client; measured from fewer, the same code gave
     * medians from 0.6 to 1.1 ms. Prints each round's median as it goes.
     */
    private static void warmUp(String page, int reads) throws Exception {
        System.out.printf("%nwarming up on the first page (%,d reads), median of each round (ms):", reads);
        for (int done = 0; done < reads; done += 2_000) {
            double median = (p(time("bench-person", page, 1_000), 50) + p(time("physio", page, 1_000), 50)) / 2;
            System.out.printf(" %.2f", median);
        }
        System.out.println();
    }

    /** The whole journey page by page, each page read once, as nothing was read before. */
    private static long[] walk(String user, String path) {
        List<Long> nanos = new ArrayList<>();
        String cursor = null;
        do {
            long t = System.nanoTime();
            Reply page = read(user, path + (cursor == null ? "" : "&cursor="
                    + java.net.URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
            nanos.add(System.nanoTime() - t);
            cursor = page.json().path("nextCursor").asText(null);
        } while (cursor != null);
        return nanos.stream().mapToLong(Long::longValue).toArray();
    }

    static long[] time(String user, String path, int n) throws Exception {
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            Reply page = read(user, path);
            nanos[i] = System.nanoTime() - t;
            if (page.body().length < 10) {
                throw new IllegalStateException("unexpected answer: " + page);
            }
        }
        return nanos;
    }

    private static long[] jdbc(String url, String person, int n, int rowsExpected) throws Exception {
        try (Connection c = BenchDatabase.POSTGRESQL ? BenchDatabase.connect(url) : DriverManager.getConnection(url);
             // the physio's page: own agency's items and those the directive grants, every column read
             PreparedStatement q = c.prepareStatement("SELECT ITEM_ID, VERSION, KIND, SUBKIND, AGENCY, AUTHOR,"
                     + " CATEGORY, OCCURRED_AT, RECORDED_AT, BODY FROM OUTCOMES_ITEM WHERE PERSON_ID = ? AND STATE = ?"
                     + " AND KIND <> ? AND (AGENCY = ? OR CATEGORY IN (?, ?))"
                     + " ORDER BY OCCURRED_AT DESC, ITEM_ID DESC FETCH FIRST 50 ROWS ONLY")) {
            q.setString(1, person);
            q.setString(2, "live");
            q.setString(3, "person");
            q.setString(4, "cardiff-vale-uhb");
            q.setString(5, "outcomes-and-plans");
            q.setString(6, "entries");
            long[] nanos = new long[n + n / 2];
            for (int i = 0; i < nanos.length; i++) {
                long t = System.nanoTime();
                int rows = 0;
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        for (int column = 1; column <= 10; column++) {
                            rs.getObject(column);
                        }
                        rows++;
                    }
                }
                nanos[i] = System.nanoTime() - t;
                if (rows != rowsExpected) {
                    throw new IllegalStateException("expected " + rowsExpected + " rows, read " + rows);
                }
            }
            return Arrays.copyOfRange(nanos, n / 2, nanos.length);
        } finally {
            if (!BenchDatabase.POSTGRESQL) {
                try {
                    DriverManager.getConnection("jdbc:derby:;shutdown=true");
                } catch (java.sql.SQLException expected) {
                    // Derby says it has shut down by throwing
                }
            }
        }
    }

    /** A page as it came, unread: the time is Cofnod's, not the time to read its JSON into records. */
    static Reply read(String user, String path) {
        return as(user).send(Request.get(path)).orThrow();
    }

    static double p(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)] / 1e6;
    }

    static void report(String what, long[] nanos) {
        System.out.printf("%-45s median %6.2f ms   p95 %6.2f ms%n", what, p(nanos, 50), p(nanos, 95));
    }

    /** The real distribution this build made, unpacked fresh and started on its own ports. */
    static final class Distribution {

        private Distribution() {
        }

        static Path unpack(Path where, int httpPort) throws Exception {
            deleteTree(where);
            Files.createDirectories(where);
            Path tarball;
            Path built = Files.isDirectory(Path.of("karaf-assembly")) ? Path.of("karaf-assembly", "target")
                    : Path.of("..", "karaf-assembly", "target");
            try (Stream<Path> s = Files.list(built)) {
                tarball = s.filter(p -> p.toString().endsWith(".tar.gz")).findFirst()
                        .orElseThrow(() -> new IllegalStateException("build the distribution first: mvn -DskipTests install"));
            }
            run(where, "tar", "xzf", tarball.toAbsolutePath().toString());
            Path home;
            try (Stream<Path> s = Files.list(where)) {
                home = s.filter(Files::isDirectory).findFirst().orElseThrow();
            }
            set(home.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", Integer.toString(httpPort));
            set(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", Integer.toString(httpPort - 80));
            set(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort", Integer.toString(httpPort - 17000));
            set(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort", Integer.toString(httpPort + 20000));
            return home;
        }

        static void start(Path home) throws Exception {
            run(home, "bin/start");
            // a boot on a busy 2-core machine has taken over 2 minutes: -DstartSeconds= waits longer or shorter
            long deadline = System.currentTimeMillis() + 1000L * Integer.getInteger("startSeconds", 300);
            while (System.currentTimeMillis() < deadline) {
                try {
                    if (COFNOD.send(Request.get("/health")).ok()) {
                        return;
                    }
                } catch (UncheckedIOException notYet) {
                    // still starting
                }
                Thread.sleep(250);
            }
            throw new IllegalStateException("Cofnod did not come up at " + API);
        }

        static void stop(Path home) throws Exception {
            java.util.Optional<ProcessHandle> jvm = Files.exists(home.resolve("karaf.pid"))
                    ? ProcessHandle.of(Long.parseLong(Files.readString(home.resolve("karaf.pid")).trim()))
                    : java.util.Optional.empty();
            if (jvm.map(ProcessHandle::isAlive).orElse(false) || Files.exists(home.resolve("data/derby/cofnod/db.lck"))) {
                run(home, "bin/stop");
            }
            // bin/stop returns before the JVM has released the database, and a new start fails while the old
            // JVM is still there
            for (int i = 0; i < 240 && (Files.exists(home.resolve("data/derby/cofnod/db.lck"))
                    || jvm.map(ProcessHandle::isAlive).orElse(false)); i++) {
                Thread.sleep(250);
            }
        }

        private static void set(Path cfg, String key, String value) throws IOException {
            List<String> lines = new ArrayList<>(Files.readAllLines(cfg));
            lines.removeIf(l -> l.trim().startsWith(key));
            lines.add(key + " = " + value);
            Files.write(cfg, lines);
        }

        private static void run(Path dir, String... command) throws Exception {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed");
            }
        }

        /** What an earlier run left: gone, or an exception saying what could not be deleted. */
        static void deleteTree(Path dir) throws IOException {
            if (Files.exists(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
    }
}
