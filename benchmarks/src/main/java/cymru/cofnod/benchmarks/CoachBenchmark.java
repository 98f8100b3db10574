package cymru.cofnod.benchmarks;

import cymru.cofnod.coach.internal.Coach;
import cymru.cofnod.coach.internal.RecordingSet;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The recording coach on its labelled set: precision and recall per kind and overall, good recording
 * wrongly advised, for the whole set and for each part of it (the held-out and fresh parts were written
 * after the rules and never tuned on), then the advice time per statement once warm.
 *
 * <pre>
 * mvn -q -DskipTests install
 * mvn -q -Pbenchmarks -pl benchmarks compile exec:java -Dbenchmark=CoachBenchmark
 * </pre>
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
        for (String part : List.of("dev", "second", "held-out", "fresh")) {
            System.out.println(RecordingSet.score(coach, set.stream().filter(s -> part.equals(s.part())).toList())
                    .report("part " + part));
        }
        all.mistakes().forEach(m -> System.out.println("  mistake: " + m));

        for (int r = 0; r < WARM_ROUNDS; r++) {
            set.forEach(s -> coach.advise(s.text(), s.field(), s.language()));
        }
        // wall time is what a writer waits; CPU time is the coach's own work, whatever else the machine runs
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[set.size() * ROUNDS];
        long[] cpu = new long[wall.length];
        int n = 0;
        for (int r = 0; r < ROUNDS; r++) {
            for (RecordingSet.Statement s : set) {
                long startCpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                coach.advise(s.text(), s.field(), s.language());
                wall[n] = System.nanoTime() - start;
                cpu[n++] = threads.getCurrentThreadCpuTime() - startCpu;
            }
        }
        double p95 = print("wall", wall);
        double p95Cpu = print("CPU", cpu);
        System.out.printf(Locale.ROOT, "load average while measured: %.1f on %d cores%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());

        boolean met = all.overall().precision() >= 0.9 && all.overall().recall() >= 0.85 && all.lowestRecall() >= 0.7
                && all.goodWronglyAdvised() <= 0.05;
        System.out.println("targets on the whole set (precision >= 0.9, recall >= 0.85, every kind >= 0.7, good "
                + "advised <= 5%): " + (met ? "met" : "NOT met") + "; p95 <= 5 ms: wall "
                + (p95 <= 5 ? "met" : "NOT met") + ", CPU " + (p95Cpu <= 5 ? "met" : "NOT met"));
    }

    /** Prints the median, p95 and longest of some times; answers the p95 in milliseconds. */
    private static double print(String what, long[] nanos) {
        Arrays.sort(nanos);
        double p95 = nanos[(int) (nanos.length * 0.95)] / 1e6;
        System.out.printf(Locale.ROOT, "advice %s time per statement (%d calls, warm): median %.3f ms, "
                + "p95 %.3f ms, max %.3f ms%n", what, nanos.length, nanos[nanos.length / 2] / 1e6, p95,
                nanos[nanos.length - 1] / 1e6);
        return p95;
    }
}
