package cymru.cofnod.benchmarks;

import cymru.cofnod.coach.internal.Coach;
import cymru.cofnod.coach.internal.RecordingSet;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The recording coach on its labelled set: precision and recall per kind and overall, good recording
 * wrongly advised, for the whole set and for each part of it (the held-out part was written after the
 * rules and never tuned on), then the advice time per statement once warm.
 *
 * <pre>mvn -q -DskipTests install && mvn -q -Pbenchmarks -pl benchmarks compile exec:java -Dbenchmark=CoachBenchmark</pre>
 */
public final class CoachBenchmark {

    private static final int WARM_ROUNDS = Integer.getInteger("warm", 20);
    private static final int ROUNDS = Integer.getInteger("rounds", 20);

    private CoachBenchmark() {
    }

    public static void main(String[] args) {
        long loading = System.nanoTime();
        Coach coach = new Coach();
        System.out.printf(Locale.ROOT, "coach loaded (word lists, English models) in %d ms%n",
                (System.nanoTime() - loading) / 1_000_000);
        List<RecordingSet.Statement> set = RecordingSet.load();
        RecordingSet.Score all = RecordingSet.score(coach, set);
        System.out.println(all.report("whole set"));
        for (String part : List.of("dev", "second", "held-out")) {
            System.out.println(RecordingSet.score(coach, set.stream().filter(s -> part.equals(s.part())).toList())
                    .report("part " + part));
        }
        all.mistakes().forEach(m -> System.out.println("  mistake: " + m));

        for (int r = 0; r < WARM_ROUNDS; r++) {
            set.forEach(s -> coach.advise(s.text(), s.field(), s.language()));
        }
        long[] nanos = new long[set.size() * ROUNDS];
        int n = 0;
        for (int r = 0; r < ROUNDS; r++) {
            for (RecordingSet.Statement s : set) {
                long start = System.nanoTime();
                coach.advise(s.text(), s.field(), s.language());
                nanos[n++] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        double median = nanos[nanos.length / 2] / 1e6;
        double p95 = nanos[(int) (nanos.length * 0.95)] / 1e6;
        System.out.printf(Locale.ROOT, "advice time per statement (%d calls, warm): median %.3f ms, p95 %.3f ms, "
                + "max %.3f ms%n", nanos.length, median, p95, nanos[nanos.length - 1] / 1e6);

        boolean met = all.overall().precision() >= 0.9 && all.overall().recall() >= 0.85 && all.lowestRecall() >= 0.7
                && all.goodWronglyAdvised() <= 0.05 && p95 <= 5;
        System.out.println("targets (precision >= 0.9, recall >= 0.85, every kind >= 0.7, good advised <= 5%, "
                + "p95 <= 5 ms) on the whole set: " + (met ? "met" : "NOT met"));
    }
}
