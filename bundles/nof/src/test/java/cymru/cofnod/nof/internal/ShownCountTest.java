package cymru.cofnod.nof.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import cymru.cofnod.nof.api.ShownCount;
import java.util.Set;
import java.util.TreeSet;
import org.junit.Test;

public class ShownCountTest {

    @Test
    public void smallCountsAreHiddenAndTheRestRounded() {
        for (int n = 0; n < 5; n++) {
            assertEquals("<5", ShownCount.of(n).toString());
        }
        assertEquals("5", ShownCount.of(5).toString());
        assertEquals("5", ShownCount.of(7).toString());
        assertEquals("10", ShownCount.of(8).toString());
        assertEquals("10", ShownCount.of(12).toString());
        assertEquals("15", ShownCount.of(13).toString());
        assertEquals(20L, ShownCount.of(22).json());
        assertEquals("<5", ShownCount.of(3).json());
    }

    /**
     * For every pair of overlapping cuts (a whole and a part of it, such as all agencies and one agency), the
     * difference of what is shown never pins down what the other part holds: at least two true values fit.
     */
    @Test
    public void noDifferenceOfTwoNestedCutsRevealsTheRest() {
        for (int whole = 0; whole <= 200; whole++) {
            for (int part = 0; part <= whole; part++) {
                Set<Integer> rest = possibleDifferences(ShownCount.of(whole), ShownCount.of(part));
                assertTrue("whole " + whole + ", part " + part + " leaves " + rest, rest.size() >= 2);
                assertTrue(rest.contains(whole - part));
            }
        }
    }

    /** What an attacker can conclude the other part holds, knowing only the two shown values and the rule. */
    static Set<Integer> possibleDifferences(ShownCount whole, ShownCount part) {
        Set<Integer> rest = new TreeSet<>();
        for (int w = 0; w <= 210; w++) {
            for (int p = 0; p <= w; p++) {
                if (ShownCount.of(w).equals(whole) && ShownCount.of(p).equals(part)) {
                    rest.add(w - p);
                }
            }
        }
        return rest;
    }
}
