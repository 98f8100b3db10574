package cymru.cofnod.outcomes.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import cymru.cofnod.outcomes.api.NhsNumber;
import org.junit.Test;

public class NhsNumberTest {

    @Test
    public void acceptsValidNumbersAsPeopleWriteThem() {
        assertTrue(NhsNumber.isValid("9434765919"));
        assertTrue(NhsNumber.isValid("943 476 5919"));
        assertTrue(NhsNumber.isValid("943-476-5919"));
        assertTrue(NhsNumber.isValid("4010232137"));
    }

    @Test
    public void refusesWrongCheckDigitLengthAndLetters() {
        assertFalse(NhsNumber.isValid("9434765918"));
        assertFalse(NhsNumber.isValid("943476591"));
        assertFalse(NhsNumber.isValid("94347659190"));
        assertFalse(NhsNumber.isValid("94347659l9"));
        assertFalse(NhsNumber.isValid(null));
        // remainder giving a check digit of 10 can never be valid
        assertFalse(NhsNumber.isValid("0000000060"));
    }
}
