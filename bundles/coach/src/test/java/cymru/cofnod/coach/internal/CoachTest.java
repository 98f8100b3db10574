package cymru.cofnod.coach.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import cymru.cofnod.coach.api.Advice;
import cymru.cofnod.coach.api.AdviceKind;
import cymru.cofnod.coach.api.Field;
import cymru.cofnod.coach.api.RecordingCoach;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.Test;

/** What the coach promises beyond its scores: respect for the person's words, spans, both languages, limits. */
public class CoachTest {

    private static Coach coach;

    @BeforeClass
    public static void load() {
        coach = new Coach();
    }

    private static List<AdviceKind> kinds(String text, Field field, String language) {
        return coach.advise(text, field, language).stream().map(Advice::kind).toList();
    }

    @Test
    public void thePersonsOwnWordsAreRespected() {
        assertEquals(List.of(), kinds("accept people's help more often", Field.OUTCOME, "en"));
        assertEquals(List.of(), kinds("\"I don't want the day centre, I want my mates\"", Field.OUTCOME, "en"));
        assertEquals(List.of(), kinds("He said he \"did not want to engage\" with a stranger.", Field.ENTRY, "en"));
        assertEquals(List.of(AdviceKind.OPINION_AS_FACT),
                kinds("He did not want to engage with a stranger.", Field.ENTRY, "en"));
    }

    @Test
    public void adviceSaysWhichWordsPromptedItInBothLanguages() {
        String text = "Mrs Ellis to attend the lunch club";
        Advice advice = coach.advise(text, Field.OUTCOME, "en").get(0);
        assertEquals(AdviceKind.SERVICE_NOT_OUTCOME, advice.kind());
        assertEquals(1, advice.principle());
        assertEquals("attend", text.substring(advice.span().start(), advice.span().end()));
        assertTrue(advice.message().en().contains("attend"));
        assertTrue(advice.question().cy().contains("attend"));
        assertEquals(8, coach.kinds().size());
    }

    @Test
    public void welshIsReadThroughItsMutations() {
        String text = "Mae angen iddi gydymffurfio â'r cynllun gofal";
        Advice advice = coach.advise(text, Field.OUTCOME, "cy").get(0);
        assertEquals(AdviceKind.ORGANISATIONAL_GOAL, advice.kind());
        assertEquals("gydymffurfio", text.substring(advice.span().start(), advice.span().end()));
        assertEquals(List.of(AdviceKind.NO_LEARNING), kinds("Dim newid.", Field.REVIEW, null));
    }

    @Test
    public void aNoteOfAnArrangementMadeIsAskedWhyButADailyNoteIsNot() {
        for (String note : List.of("Dental appointment cancelled by phone.", "Home visit moved to Tuesday.",
                "Medication review booked.")) {
            assertEquals(note, List.of(AdviceKind.MISSING_WHY), kinds(note, Field.ENTRY, "en"));
        }
        assertEquals(List.of(AdviceKind.MISSING_WHY), kinds("Apwyntiad wedi'i symud i ddydd Mawrth.", Field.ENTRY, "cy"));
        for (String note : List.of("Home visit moved to Tuesday so that she can go to her sister's.",
                "Lunch eaten in the garden.", "Washing folded and put away.", "Mike fixed the gate.")) {
            assertEquals(note, List.of(), kinds(note, Field.ENTRY, "en"));
        }
        assertEquals(List.of(), kinds("Cinio wedi'i fwyta yn yr ardd.", Field.ENTRY, "cy"));
        assertEquals(List.of(), kinds("Mae'r ymweliad wedi'i symud oherwydd ei bod yn yr ysbyty.", Field.ENTRY, "cy"));
    }

    @Test
    public void tooLongOrUnknownIsRefusedBeforeAnyWork() {
        for (Runnable bad : List.<Runnable>of(
                () -> coach.advise("x".repeat(RecordingCoach.MAX_LENGTH + 1), Field.ENTRY, "en"),
                () -> coach.advise(null, Field.ENTRY, "en"),
                () -> coach.advise("Be healthier", null, "en"),
                () -> coach.advise("Be healthier", Field.OUTCOME, "fr"))) {
            try {
                bad.run();
                fail("refused");
            } catch (IllegalArgumentException expected) {
                // the caller is told what the coach reads
            }
        }
    }
}
