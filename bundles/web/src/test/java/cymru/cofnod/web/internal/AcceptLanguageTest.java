package cymru.cofnod.web.internal;

import static org.junit.Assert.assertEquals;

import java.util.Optional;
import org.junit.Test;

public class AcceptLanguageTest {

    @Test
    public void theBrowsersFirstChoiceOfWelshOrEnglishWinsByItsWeight() {
        assertEquals(Optional.of("cy"), Messages.preferred("cy"));
        assertEquals(Optional.of("cy"), Messages.preferred("cy-GB,cy;q=0.9,en-GB;q=0.8,en;q=0.7"));
        assertEquals(Optional.of("cy"), Messages.preferred("en;q=0.5, fr, CY-gb;q=0.8"));
        assertEquals(Optional.of("en"), Messages.preferred("en-GB,en;q=0.9,cy;q=0.8"));
        assertEquals("an equal weight keeps the browser's order", Optional.of("en"), Messages.preferred("en, cy"));
    }

    @Test
    public void neitherLanguageOrARefusalOrNonsenseLeavesTheDefault() {
        assertEquals(Optional.empty(), Messages.preferred(null));
        assertEquals(Optional.empty(), Messages.preferred(""));
        assertEquals(Optional.empty(), Messages.preferred("fr-FR,de;q=0.5"));
        assertEquals(Optional.empty(), Messages.preferred("cy;q=0, *;q=0.1"));
        assertEquals(Optional.empty(), Messages.preferred("cy;q=high"));
    }
}
