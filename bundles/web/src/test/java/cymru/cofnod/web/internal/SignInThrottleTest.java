package cymru.cofnod.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.Test;

public class SignInThrottleTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T10:00:00Z");

        void forward(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final SignInThrottle throttle = new SignInThrottle(5, Duration.ofSeconds(30), clock);

    private void fail(int times, String user, String address) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address);
        }
    }

    @Test
    public void fourWrongPasswordsPauseNothingTheFifthPausesThirtySeconds() {
        fail(4, "social-worker", "10.0.0.1");
        assertEquals(Optional.empty(), throttle.refusedFor("social-worker", "10.0.0.1"));
        throttle.failed("social-worker", "10.0.0.1");
        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.refusedFor("social-worker", "10.0.0.1"));
        clock.forward(Duration.ofSeconds(30));
        assertEquals(Optional.empty(), throttle.refusedFor("social-worker", "10.0.0.1"));
    }

    @Test
    public void eachFurtherFailureDoublesThePauseUpToFifteenMinutes() {
        fail(6, "physio", "10.0.0.2");
        assertEquals(Optional.of(Duration.ofSeconds(60)), throttle.refusedFor("physio", "10.0.0.2"));
        throttle.failed("physio", "10.0.0.2");
        assertEquals(Optional.of(Duration.ofSeconds(120)), throttle.refusedFor("physio", "10.0.0.2"));
        fail(40, "physio", "10.0.0.2");
        assertEquals(Optional.of(SignInThrottle.LONGEST), throttle.refusedFor("physio", "10.0.0.2"));
    }

    @Test
    public void theUserNameIsPausedFromEveryAddressAndTheAddressForEveryUserName() {
        for (int i = 0; i < 5; i++) {
            // one guesser, one user name, a new address each time
            throttle.failed("rhodri", "10.0.1." + i);
        }
        assertTrue(throttle.refusedFor("rhodri", "192.168.7.7").isPresent());
        assertEquals(Optional.empty(), throttle.refusedFor("physio", "192.168.7.7"));
        for (int i = 0; i < 5; i++) {
            // one address trying a new user name each time
            throttle.failed("user" + i, "10.0.2.1");
        }
        assertTrue(throttle.refusedFor("home-carer", "10.0.2.1").isPresent());
        assertEquals(Optional.empty(), throttle.refusedFor("home-carer", "10.0.2.2"));
    }

    @Test
    public void userNamesDifferingOnlyInCaseShareOneCount() {
        fail(3, "Physio", "10.0.0.3");
        fail(2, "PHYSIO", "10.0.0.4");
        assertTrue(throttle.refusedFor("physio", "10.0.0.5").isPresent());
    }

    @Test
    public void aSuccessStartsTheCountAgain() {
        fail(4, "commissioner", "10.0.0.6");
        throttle.succeeded("commissioner", "10.0.0.6");
        fail(4, "commissioner", "10.0.0.6");
        assertEquals(Optional.empty(), throttle.refusedFor("commissioner", "10.0.0.6"));
    }
}
