package cymru.cofnod.coach.internal;

import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The coach on its labelled set, with floors below the targets the benchmark reports against (precision
 * 0.9, recall 0.85, every kind 0.7, good recording advised at most 5%), so that a word list or rule that
 * breaks the coach breaks the build.
 */
public class RecordingSetTest {

    private static Coach coach;

    @BeforeClass
    public static void load() {
        coach = new Coach();
    }

    @Test
    public void theSetIsWhatItClaimsToBe() {
        List<RecordingSet.Statement> set = RecordingSet.load();
        assertTrue("at least 250 statements", set.size() >= 250);
        long good = set.stream().filter(RecordingSet.Statement::good).count();
        assertTrue("at least 40% good recording", good * 100 >= 40L * set.size());
        assertTrue(set.stream().anyMatch(s -> "cy".equals(s.language())));
        assertTrue(set.stream().anyMatch(s -> "held-out".equals(s.part())));
    }

    @Test
    public void theCoachScoresAboveItsFloors() {
        List<RecordingSet.Statement> set = RecordingSet.load();
        RecordingSet.Score score = RecordingSet.score(coach, set);
        String report = score.report("recording set") + String.join("\n", score.mistakes());
        System.out.println(report);
        for (String part : List.of("held-out", "fresh")) {
            System.out.println(RecordingSet.score(coach, set.stream().filter(s -> part.equals(s.part())).toList())
                    .report(part + " part"));
        }
        assertTrue(report, score.overall().precision() >= 0.8);
        assertTrue(report, score.overall().recall() >= 0.75);
        assertTrue(report, score.lowestRecall() >= 0.5);
        assertTrue(report, score.goodWronglyAdvised() <= 0.1);
    }
}
