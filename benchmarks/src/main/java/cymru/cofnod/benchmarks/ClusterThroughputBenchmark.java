package cymru.cofnod.benchmarks;

import static cymru.cofnod.benchmarks.TimelineBenchmark.p;

import cymru.cofnod.client.CofnodClient;
import cymru.cofnod.client.Cursor;
import cymru.cofnod.client.ProblemException;
import cymru.cofnod.client.Request;
import cymru.cofnod.consent.api.AuditTrail;
import cymru.cofnod.core.api.Page;
import cymru.cofnod.outcomes.api.Entry;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Person;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Reads and writes per second through the HTTP API on nodes that share one database (./run-cluster started them;
 * {@code benchmarks/cluster-throughput} runs it all): {@code -Dclients=} clients run a fixed mix for
 * {@code -Dseconds=} all against the first node of {@code -Dnodes=} and as long spread over every node, the two in
 * turn in {@code -Drounds=} rounds each, so that a spell of load on a shared machine falls on both alike. The reads
 * are the first page of the timeline and of the outcomes of each person on the demo practitioners' caseloads, as
 * each practitioner reads them under consent; the writes ({@code -DwritePercent=} of the requests) are entries the
 * social worker records into the first {@code -DwritePeople=} people of their caseload. Prints reads/s, writes/s,
 * median and p95 of each, and the ratio of the spread run to the single node. Then checks, through every node, that
 * the audit chain verifies and that every entry a write was acknowledged for is in the record; it fails otherwise.
 * Both nodes are up throughout: in the first run the second only waits.
 */
public final class ClusterThroughputBenchmark {

    private static final List<String> PRACTITIONERS = List.of("social-worker", "physio", "home-carer");
    private static final String WRITER = "social-worker";
    /** Marks this run's entries, so that counting them afterwards finds no other. */
    private static final String RUN = "cluster bench " + Instant.now();

    private ClusterThroughputBenchmark() {
    }

    /** A page as one practitioner reads it. */
    private record Read(String user, String path) {
    }

    /** What one run measured: every request's time, reads and writes apart, and the requests refused. */
    private record Figures(long[] reads, long[] writes, int refused, double seconds) {

        double perSecond(long[] times) {
            return times.length / seconds;
        }

        static Figures of(List<Figures> rounds) {
            return new Figures(concat(rounds.stream().map(Figures::reads).toList()),
                    concat(rounds.stream().map(Figures::writes).toList()),
                    rounds.stream().mapToInt(Figures::refused).sum(),
                    rounds.stream().mapToDouble(Figures::seconds).sum());
        }
    }

    public static void main(String[] args) throws Exception {
        List<String> nodes = Arrays.stream(System.getProperty("nodes", "http://localhost:8181,http://localhost:8182")
                .split(",")).map(n -> n.strip() + "/cofnod/api/v1").toList();
        int clients = Integer.getInteger("clients", 8);
        int seconds = Integer.getInteger("seconds", 60);
        int warmup = Integer.getInteger("warmupSeconds", 30);
        int writePercent = Integer.getInteger("writePercent", 20);
        List<Read> reads = readable(nodes.get(0));
        List<Person> written = client(nodes.get(0), WRITER).people()
                .caseload(Cursor.first(Integer.getInteger("writePeople", 3))).items();
        AtomicIntegerArray acknowledged = new AtomicIntegerArray(written.size());
        System.out.printf("%d pages to read (%d practitioners' caseloads, timeline and outcomes), entries written into"
                        + " %d people's records, %d%% writes, %d clients%n", reads.size(), PRACTITIONERS.size(),
                written.size(), writePercent, clients);

        System.out.printf("warming up every node for %d s%n", warmup);
        run(nodes, clients, warmup, writePercent, reads, written, acknowledged);
        int rounds = Integer.getInteger("rounds", 4);
        List<Figures> oneNode = new ArrayList<>();
        List<Figures> allNodes = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            oneNode.add(run(nodes.subList(0, 1), clients, seconds / rounds, writePercent, reads, written, acknowledged));
            allNodes.add(run(nodes, clients, seconds / rounds, writePercent, reads, written, acknowledged));
        }
        Figures one = Figures.of(oneNode);
        Figures all = Figures.of(allNodes);

        System.out.printf("%n%d clients, %d s each in %d rounds, in turn, %d%% writes%n", clients, seconds, rounds,
                writePercent);
        print("1 node", one);
        print(nodes.size() + " nodes", all);
        System.out.printf("%-8s reads/s %5.2f   writes/s %5.2f%n", nodes.size() + "/1", all.perSecond(all.reads())
                / one.perSecond(one.reads()), all.perSecond(all.writes()) / one.perSecond(one.writes()));

        boolean sound = one.refused() + all.refused() == 0;
        for (String node : nodes) {
            sound &= verify(node, written, acknowledged);
        }
        if (!sound) {
            throw new IllegalStateException("requests refused, writes lost or the audit chain broken: see above");
        }
    }

    private static CofnodClient client(String node, String user) {
        return CofnodClient.at(node).as(user, "demo").purpose("direct-care");
    }

    /** Every practitioner's caseload (the first page), each person's timeline and outcomes that answer them. */
    private static List<Read> readable(String node) {
        List<Read> reads = new ArrayList<>();
        for (String user : PRACTITIONERS) {
            CofnodClient practitioner = client(node, user);
            for (Person person : practitioner.people().caseload(Cursor.first(50)).items()) {
                for (String list : List.of("/timeline?limit=50", "/outcomes?limit=50")) {
                    Read read = new Read(user, "/people/" + person.id() + list);
                    if (practitioner.send(Request.get(read.path())).ok()) {
                        reads.add(read);
                    }
                }
            }
        }
        if (reads.isEmpty()) {
            throw new IllegalStateException("no demo people to read: start the nodes with the demo (./run-cluster)");
        }
        return reads;
    }

    /** The mix for {@code seconds}, client {@code c} on node {@code c mod nodes}. */
    private static Figures run(List<String> nodes, int clients, int seconds, int writePercent, List<Read> reads,
                               List<Person> written, AtomicIntegerArray acknowledged) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger refused = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        try {
            List<Future<long[][]>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                String node = nodes.get(c % nodes.size());
                done.add(pool.submit(() -> mix(node, end, writePercent, reads, written, acknowledged, refused)));
            }
            List<long[]> readTimes = new ArrayList<>();
            List<long[]> writeTimes = new ArrayList<>();
            for (Future<long[][]> f : done) {
                readTimes.add(f.get()[0]);
                writeTimes.add(f.get()[1]);
            }
            return new Figures(concat(readTimes), concat(writeTimes), refused.get(),
                    (System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    /** One client's requests until {@code end}: its reads' and writes' times. */
    private static long[][] mix(String node, long end, int writePercent, List<Read> reads, List<Person> written,
                                AtomicIntegerArray acknowledged, AtomicInteger refused) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        CofnodClient writer = client(node, WRITER);
        List<CofnodClient> readers = PRACTITIONERS.stream().map(u -> client(node, u)).toList();
        Times readTimes = new Times();
        Times writeTimes = new Times();
        while (System.nanoTime() < end) {
            long t = System.nanoTime();
            if (random.nextInt(100) < writePercent) {
                int who = random.nextInt(written.size());
                try {
                    writer.record(written.get(who).id()).items(ItemKind.ENTRY).add(entry(t));
                    acknowledged.incrementAndGet(who);
                } catch (ProblemException | UncheckedIOException e) {
                    refused.incrementAndGet();
                    System.out.println("write refused: " + e.getMessage());
                }
                writeTimes.add(System.nanoTime() - t);
            } else {
                Read read = reads.get(random.nextInt(reads.size()));
                boolean ok = readers.get(PRACTITIONERS.indexOf(read.user())).send(Request.get(read.path())).ok();
                readTimes.add(System.nanoTime() - t);
                if (!ok) {
                    refused.incrementAndGet();
                    System.out.println("read refused: " + read.path());
                }
            }
        }
        return new long[][] {readTimes.all(), writeTimes.all()};
    }

    private static Entry entry(long n) {
        return new Entry(null, null, null, Instant.now(), null, "observation", List.of(),
                List.of(new Entry.Part("observation", RUN + ": " + n, null, null)), null, null, null);
    }

    /** Through {@code node}: the audit chain verifies, and each person's record holds every acknowledged entry. */
    private static boolean verify(String node, List<Person> written, AtomicIntegerArray acknowledged) {
        AuditTrail.Verification audit = client(node, "admin").audit().verify();
        boolean sound = "OK".equals(audit.status());
        System.out.printf("%n%s: audit chain %s (%,d events, %,d item versions checked)%n", node, audit.status(),
                audit.eventsChecked(), audit.itemVersionsChecked());
        CofnodClient reader = client(node, WRITER);
        for (int i = 0; i < written.size(); i++) {
            int stored = 0;
            Cursor at = Cursor.first(500);
            while (at != null) {
                Page<Entry> page = reader.record(written.get(i).id()).items(ItemKind.ENTRY).list(at);
                stored += (int) page.items().stream()
                        .filter(e -> e.parts().stream().anyMatch(p -> p.text().startsWith(RUN))).count();
                at = at.after(page);
            }
            System.out.printf("  %s: %,d entries acknowledged, %,d in the record%n", written.get(i).id(),
                    acknowledged.get(i), stored);
            sound &= stored == acknowledged.get(i);
        }
        return sound;
    }

    private static void print(String how, Figures f) {
        System.out.printf("%-8s reads/s %7.1f (median %6.1f ms, p95 %6.1f ms)   writes/s %6.1f (median %6.1f ms, p95"
                        + " %6.1f ms)   refused %d%n", how, f.perSecond(f.reads()), p(f.reads(), 50), p(f.reads(), 95),
                f.perSecond(f.writes()), p(f.writes(), 50), p(f.writes(), 95), f.refused());
    }

    private static long[] concat(List<long[]> parts) {
        return parts.stream().flatMapToLong(Arrays::stream).toArray();
    }

    /** A growing list of times, without boxing each. */
    private static final class Times {
        private long[] nanos = new long[1024];
        private int size;

        void add(long t) {
            if (size == nanos.length) {
                nanos = Arrays.copyOf(nanos, size * 2);
            }
            nanos[size++] = t;
        }

        long[] all() {
            return Arrays.copyOf(nanos, size);
        }
    }
}
