package cymru.cofnod.benchmarks;

import static cymru.cofnod.benchmarks.TimelineBenchmark.as;
import static cymru.cofnod.benchmarks.TimelineBenchmark.p;
import static cymru.cofnod.benchmarks.TimelineBenchmark.time;

import cymru.cofnod.benchmarks.TimelineBenchmark.Distribution;
import cymru.cofnod.core.api.RecordCategory;
import cymru.cofnod.meetings.api.Meeting;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The heavy lists beside the timeline, over real HTTP in the real distribution: one person with 4,400 items
 * ({@code -Doutcomes=} outcomes, the rest entries from three agencies), {@code -Dmeetings=} meetings about them, an
 * agency's quarantine of {@code -Dquarantined=} rows, and the audit trail and access log all that leaves. After a
 * restart and a warm-up, the first page (50) of each list and of the timeline is read by one client, the lists in
 * turn read by read, and then by {@code -Dclients=} concurrent clients, list after list. Prints the median and p95
 * of each and its ratio to the timeline's figures measured alongside.
 */
public final class ListsBenchmark {

    private static final String HOME_CARE = "gofal-da-homecare";

    private ListsBenchmark() {
    }

    /** A list's first page as one user reads it. */
    private record List50(String name, String user, String path) {
    }

    public static void main(String[] args) throws Exception {
        int items = Integer.getInteger("items", 4_400);
        int outcomes = Integer.getInteger("outcomes", 40);
        int meetings = Integer.getInteger("meetings", 200);
        int quarantined = Integer.getInteger("quarantined", 2_000);
        int reads = Integer.getInteger("reads", 500);
        int clients = Integer.getInteger("clients", 32);
        int perClient = Integer.getInteger("perClient", 20);
        Path karaf = Distribution.unpack(Path.of("target", "bench-lists"), Integer.getInteger("port", 28181));
        Distribution.start(karaf);
        try {
            String person = TimelineBenchmark.benchPerson(karaf);
            TimelineBenchmark.consent(person, "cardiff-vale-uhb", RecordCategory.OUTCOMES_AND_PLANS,
                    RecordCategory.ENTRIES);
            TimelineBenchmark.consent(person, HOME_CARE, RecordCategory.OUTCOMES_AND_PLANS);
            List<String> outcomeIds = new ArrayList<>();
            for (int i = 0; i < outcomes; i++) {
                outcomeIds.add(as(i % 2 == 0 ? "social-worker" : "physio").record(person).items(ItemKind.OUTCOME)
                        .add(Outcome.of("I want to walk to the shop again, " + i, "en", "change")).id());
            }
            TimelineBenchmark.load(person, outcomeIds.get(0), items - outcomes);
            for (int i = 0; i < meetings; i++) {
                // of the outcomes the social worker wrote: the physio's are not theirs to see
                as("social-worker").meetings().record(meeting(person, outcomeIds.get(2 * i % outcomes)));
            }
            StringBuilder csv = new StringBuilder("id,person,date,from,to,activity,who,what_worked,what_did_not_work");
            for (int i = 0; i < quarantined; i++) {
                // a provider id no one has: every row waits in quarantine
                csv.append("\nGD-LL-Q").append(i).append(",GD-NOBODY-").append(i)
                        .append(",2026-06-10,11:00,11:30,Park,Karen,\"Dry, bright day\",\"Came back early\"");
            }
            as("home-carer").agencies().send(HOME_CARE, "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8));
            System.out.printf("loaded %,d items (%d outcomes), %d meetings, %,d quarantined rows%n", items, outcomes,
                    meetings, quarantined);
            Distribution.stop(karaf);
            Distribution.start(karaf);

            List<List50> lists = List.of(
                    new List50("timeline (the physio)", "physio", "/people/" + person + "/timeline?limit=50"),
                    new List50("outcomes (the physio)", "physio", "/people/" + person + "/outcomes?limit=50"),
                    new List50("outcomes (the person)", "bench-person", "/people/" + person + "/outcomes?limit=50"),
                    new List50("meetings of the person", "social-worker", "/meetings?person=" + person + "&limit=50"),
                    new List50("quarantine of an agency", "home-carer", "/quarantine?agency=" + HOME_CARE + "&limit=50"),
                    new List50("audit trail", "admin", "/audit?limit=50"),
                    new List50("access log (the person)", "bench-person", "/people/" + person + "/access-log?limit=50"));
            int warmup = Integer.getInteger("warmup", 20_000);
            System.out.printf("warming up (%,d reads over the lists)%n", warmup);
            for (int done = 0; done < warmup; done += lists.size() * 100) {
                for (List50 list : lists) {
                    time(list.user(), list.path(), 100);
                }
            }
            Map<List50, long[]> single = new LinkedHashMap<>();
            lists.forEach(l -> single.put(l, new long[reads]));
            for (int i = 0; i < reads; i++) {
                for (List50 list : lists) {
                    single.get(list)[i] = time(list.user(), list.path(), 1)[0];
                }
            }
            Map<List50, long[]> concurrent = new LinkedHashMap<>();
            for (List50 list : lists) {
                concurrent.put(list, concurrently(list, clients, perClient));
            }
            print("one client, " + reads + " reads each, in turn", single, lists.get(0));
            print(clients + " concurrent clients, " + perClient + " reads each, list after list", concurrent,
                    lists.get(0));
        } finally {
            Distribution.stop(karaf);
        }
    }

    /** A planning meeting of the person, a social worker and a home carer, agreeing one outcome. */
    private static Meeting meeting(String person, String outcomeId) {
        return new Meeting(null, person, Meeting.PLANNING, LocalDate.now().minusDays(1), "en",
                List.of(new Meeting.Party("Bench", "person", null, new Meeting.View("Walking to the shop", null, null,
                                null, null)),
                        new Meeting.Party("Sam Hughes", "practitioner", "cardiff-council",
                                new Meeting.View("Walks further each week", null, null, null, null))),
                List.of(new Meeting.AgreedOutcome(outcomeId, null, null, null, null)), null, null, null,
                LocalDate.now().plusMonths(3), null, null, null, null, null, null);
    }

    /** Every client reads the same first page {@code each} times at once; all the clients' times together. */
    private static long[] concurrently(List50 list, int clients, int each) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<long[]>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> time(list.user(), list.path(), each)));
            }
            long[] all = new long[clients * each];
            for (int c = 0; c < clients; c++) {
                System.arraycopy(done.get(c).get(), 0, all, c * each, each);
            }
            return all;
        } finally {
            pool.shutdown();
        }
    }

    private static void print(String how, Map<List50, long[]> figures, List50 timeline) {
        System.out.printf("%nfirst page of 50, %s%n", how);
        long[] base = figures.get(timeline);
        figures.forEach((list, nanos) -> System.out.printf("%-28s median %8.2f ms   p95 %8.2f ms   / timeline:"
                        + " median %5.2f  p95 %5.2f%n", list.name(), p(nanos, 50), p(nanos, 95),
                p(nanos, 50) / p(base, 50), p(nanos, 95) / p(base, 95)));
    }
}
