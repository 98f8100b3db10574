package cymru.cofnod.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import cymru.cofnod.core.api.Role;
import cymru.cofnod.rest.api.Identity;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.Test;

public class RememberedLoginsTest {

    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong now = new AtomicLong(-5 * SECOND);
    private final Identity physio = new Identity("physio", "cardiff-vale-uhb", Role.PRACTITIONER);

    @Test
    public void aLoginIsRememberedForItsLifetimeOnly() {
        RememberedLogins logins = new RememberedLogins(30, now::get);
        assertNull(logins.find("physio", "demo"));
        logins.remember("physio", "demo", physio);
        now.addAndGet(29 * SECOND);
        assertEquals(physio, logins.find("physio", "demo"));
        now.addAndGet(SECOND);
        assertNull("lapsed after 30 s", logins.find("physio", "demo"));
    }

    @Test
    public void onlyTheSameUserAndPasswordMatch() {
        RememberedLogins logins = new RememberedLogins(30, now::get);
        logins.remember("physio", "demo", physio);
        assertNull(logins.find("physio", "demo2"));
        assertNull(logins.find("physi", "odemo"));
        assertNull(logins.find("social-worker", "demo"));
    }

    @Test
    public void aLifetimeOfZeroRemembersNothing() {
        RememberedLogins logins = new RememberedLogins(0, now::get);
        logins.remember("physio", "demo", physio);
        assertNull(logins.find("physio", "demo"));
    }
}
