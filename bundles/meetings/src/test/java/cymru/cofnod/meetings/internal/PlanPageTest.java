package cymru.cofnod.meetings.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import cymru.cofnod.meetings.api.Meeting;
import cymru.cofnod.meetings.api.Plan;
import cymru.cofnod.outcomes.api.Perspective;
import cymru.cofnod.outcomes.api.Provenance;
import cymru.cofnod.outcomes.api.Review;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.Test;

/** The printable plan: both languages have every string, and the person's words come out unchanged. */
public class PlanPageTest {

    private static Plan plan(String result, String whose) {
        return new Plan("p1", 3L, "doreen", "m1", "cy",
                List.of(new Plan.PlanOutcome("o1", "Dw i eisiau cinio gyda phobl — ŵ ŷ <b>", "cy",
                        List.of(new Meeting.Support("amser wedi'i gyfuno", "cinio yng nghwmni eraill", "gofalwr",
                                "gofal-da-homecare")), result, "mae cwmni'n bwysig")),
                List.of(new Meeting.Action("ffonio'r capel", "Sam", "cardiff-council", LocalDate.of(2026, 12, 1))),
                List.of(new Meeting.Contingency("os na ddaw'r gofalwr", "Mair drws nesaf")),
                List.of(new Meeting.Disagreement("dydd Mawrth", List.of(new Meeting.Position("Doreen", "bob wythnos"),
                        new Meeting.Position("Sam", "nid ar ddiwrnod rhewllyd")))),
                LocalDate.of(2027, 2, 20),
                List.of(new Plan.PlanView(whose, "Doreen", "Mae'n dda", "cy", "rhodri", Instant.now())),
                null, new Provenance("social-worker", "cardiff-council", Instant.parse("2026-11-20T10:00:00Z"), null));
    }

    @Test
    public void welshAndEnglishHaveTheSameStrings() {
        ResourceBundle en = PlanPage.messages(Locale.ENGLISH);
        ResourceBundle cy = PlanPage.messages(Locale.forLanguageTag("cy"));
        assertEquals(en.keySet(), cy.keySet());
        for (String key : cy.keySet()) {
            assertFalse(key + " is translated", cy.getString(key).equals(en.getString(key)));
        }
    }

    @Test
    public void everyResultAndEveryWhoseRendersInBothLanguagesWithoutRawKeys() {
        for (String result : Review.RESULTS) {
            for (String whose : Perspective.ROLES) {
                for (String language : Set.of("cy", "en")) {
                    String page = PlanPage.render(plan(result, whose), language);
                    assertFalse(page, page.contains("result.") || page.contains("whose."));
                }
            }
        }
    }

    @Test
    public void theWelshPageKeepsThePersonsWordsAndEscapesMarkup() {
        String page = PlanPage.render(plan("partly", "person"), "cy");
        assertTrue(page.contains("<html lang=\"cy\">"));
        assertTrue(page.contains("Fy nghynllun"));
        assertTrue(page.contains("Dw i eisiau cinio gyda phobl — ŵ ŷ &lt;b&gt;"));
        assertTrue(page.contains("wedi&#39;i gyflawni yn rhannol"));
        assertTrue(page.contains("Lle nad oeddem yn cytuno"));
        assertTrue(page.contains("Rhagfyr"));
        String english = PlanPage.render(plan("partly", "person"), "en");
        assertTrue(english.contains("My plan") && english.contains("Where we did not agree"));
        assertTrue(english.contains("1 December 2026"));
    }
}
