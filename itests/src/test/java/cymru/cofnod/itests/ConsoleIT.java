package cymru.cofnod.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.Test;

/**
 * The distribution's {@code bin/client} with a command as its arguments, run as a script runs it (standard input
 * not a terminal): it prints the command's output, as docs/console.md says.
 */
public class ConsoleIT extends SharedCofnod {

    private static final String SSH_PORT = Integer.toString(Integer.getInteger("cofnod.itest.portBase", 18000) + 101);

    /** {@code bin/client -a <port> -h 127.0.0.1 -u admin -p demo <command...>}, standard input from nothing. */
    private static String client(String... command) throws Exception {
        File home = new File(System.getProperty("karaf.home"));
        List<String> line = new java.util.ArrayList<>(List.of("sh", "bin/client", "-a", SSH_PORT, "-h", "127.0.0.1",
                "-u", "admin", "-p", "demo", "-r", "10"));
        line.addAll(List.of(command));
        ProcessBuilder b = new ProcessBuilder(line).directory(home).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        b.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = b.start();
        assertTrue("bin/client ended", p.waitFor(120, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(out, 0, p.exitValue());
        return out;
    }

    @Test
    public void aCommandGivenAsArgumentsPrintsItsOutput() throws Exception {
        Wait.forHealth();
        String verified = client("cofnod:audit-verify");
        assertTrue(verified, verified.contains("events checked: "));
        String quarantined = client("cofnod:quarantine", "list", "--agency", "gofal-da-homecare");
        assertTrue(quarantined, !quarantined.contains("Closed") && !quarantined.contains("too many arguments"));
    }
}
