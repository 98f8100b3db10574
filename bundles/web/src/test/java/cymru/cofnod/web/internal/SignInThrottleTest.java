package cymru.cofnod.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.Test;

public class SignInThrottleTest {

    private final SignInThrottle throttle = new SignInThrottle(5, Duration.ofSeconds(30));
    private Instant now = Instant.parse("2026-12-01T10:00:00Z");

    private void fail(int times, String user, String address) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address, now);
        }
    }

    private Optional<Duration> refused(String user, String address) {
        return throttle.refusedFor(user, address, now);
    }

    @Test
    public void fourWrongPasswordsPauseNothingTheFifthPausesThirtySeconds() {
        fail(4, "social-worker", "10.0.0.1");
        assertEquals(Optional.empty(), refused("social-worker", "10.0.0.1"));
        fail(1, "social-worker", "10.0.0.1");
        assertEquals(Optional.of(Duration.ofSeconds(30)), refused("social-worker", "10.0.0.1"));
        now = now.plusSeconds(30);
        assertEquals(Optional.empty(), refused("social-worker", "10.0.0.1"));
    }

    @Test
    public void eachFurtherFailureDoublesThePauseUpToFifteenMinutes() {
        fail(6, "physio", "10.0.0.2");
        assertEquals(Optional.of(Duration.ofSeconds(60)), refused("physio", "10.0.0.2"));
        fail(1, "physio", "10.0.0.2");
        assertEquals(Optional.of(Duration.ofSeconds(120)), refused("physio", "10.0.0.2"));
        fail(40, "physio", "10.0.0.2");
        assertEquals(Optional.of(SignInThrottle.LONGEST), refused("physio", "10.0.0.2"));
    }

    @Test
    public void theUserNameIsPausedFromEveryAddressAndTheAddressForEveryUserName() {
        for (int i = 0; i < 5; i++) {
            // one guesser, one user name, a new address each time
            throttle.failed("rhodri", "10.0.1." + i, now);
        }
        assertTrue(refused("rhodri", "192.168.7.7").isPresent());
        assertEquals(Optional.empty(), refused("physio", "192.168.7.7"));
        for (int i = 0; i < 5; i++) {
            // one address trying a new user name each time
            throttle.failed("user" + i, "10.0.2.1", now);
        }
        assertTrue(refused("home-carer", "10.0.2.1").isPresent());
        assertEquals(Optional.empty(), refused("home-carer", "10.0.2.2"));
    }

    @Test
    public void userNamesDifferingOnlyInCaseShareOneCount() {
        fail(3, "Physio", "10.0.0.3");
        fail(2, "PHYSIO", "10.0.0.4");
        assertTrue(refused("physio", "10.0.0.5").isPresent());
    }

    @Test
    public void aSuccessStartsTheCountAgain() {
        fail(4, "commissioner", "10.0.0.6");
        throttle.succeeded("commissioner", "10.0.0.6");
        fail(4, "commissioner", "10.0.0.6");
        assertEquals(Optional.empty(), refused("commissioner", "10.0.0.6"));
    }
}
