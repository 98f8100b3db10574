package cymru.cofnod.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.After;
import org.junit.Test;

/**
 * The audit is part of the change, even through a crash: the real distribution, forked as {@code bin/karaf
 * daemon} (the JVM itself, so that {@code kill -9} is of Cofnod and nothing else), takes concurrent entries and
 * multi-person inbox payloads until it is killed; restarted on the same data, its verification must find every
 * stored item version carried by an event, and the chain, checkpoints and record whole. With
 * {@code -Dcofnod.itest.db=postgresql} both starts use this JVM's PostgreSQL database ({@link TestDatabase}).
 */
public class AuditCrashIT {

    private static final int PORT_BASE = Integer.getInteger("cofnod.itest.portBase", 18000);
    private static final String CSV_HEADER = "id,person,date,from,to,activity,who,what_worked,what_did_not_work\n";

    private static final long BOOT_MS = 240_000;

    private Process karaf;

    @After
    public void stop() throws InterruptedException {
        if (karaf != null && karaf.isAlive()) {
            karaf.destroy();
            if (!karaf.waitFor(60, TimeUnit.SECONDS)) {
                karaf.destroyForcibly();
            }
        }
    }

    @Test
    public void everyStoredChangeHasItsEventAfterTheJvmIsKilled() throws Exception {
        Path home = unpack();
        karaf = start(home);
        healthy();
        assertTrue("the JVM runs in UTC: " + karaf.info().arguments(), karaf.info().arguments()
                .map(a -> List.of(a).contains("-Duser.timezone=UTC")).orElse(false));
        Wait.until(() -> Api.as("social-worker").get("/people?limit=500"),
                r -> r.status() == 200 && r.body().contains("CC-100231") && r.body().contains("GD-0042"), BOOT_MS);
        String rhodri = ScenariosIT.personId("CC-100231");

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger entries = new AtomicInteger();
        AtomicInteger payloads = new AtomicInteger();
        AtomicInteger payloadNumber = new AtomicInteger();
        ExecutorService load = Executors.newFixedThreadPool(5);
        for (int w = 0; w < 3; w++) {
            load.submit(() -> {
                while (running.get()) {
                    if (call(() -> Api.as("social-worker").post("/people/" + rhodri + "/entries",
                            "{\"kind\":\"visit\",\"parts\":[{\"type\":\"observation\",\"text\":\"seen at home\"}]}")) == 201) {
                        entries.incrementAndGet();
                    }
                }
            });
        }
        for (int w = 0; w < 2; w++) {
            load.submit(() -> {
                while (running.get()) {
                    int n = payloadNumber.incrementAndGet();
                    StringBuilder csv = new StringBuilder(CSV_HEADER);
                    for (int i = 0; i < 40; i++) {
                        // Mary and Doreen in one payload: each is to have their own event
                        csv.append("CRASH-").append(n).append('-').append(i).append(',')
                                .append(i % 2 == 0 ? "GD-0017" : "GD-0042")
                                .append(",2026-06-10,11:00,11:30,park,Karen,\"a dry, bright day\",came back early\n");
                    }
                    if (call(() -> Api.as("home-carer").post("/agencies/gofal-da-homecare/inbox", "text/csv",
                            csv.toString().getBytes(StandardCharsets.UTF_8))) == 200) {
                        payloads.incrementAndGet();
                    }
                }
            });
        }
        Wait.until(() -> null, r -> entries.get() >= 30 && payloads.get() >= 10, BOOT_MS);
        kill(karaf);
        running.set(false);
        load.shutdown();
        assertTrue(load.awaitTermination(60, TimeUnit.SECONDS));

        karaf = start(home);
        healthy();
        // the record's bundles may come up after health: until then the verification says INCOMPLETE
        JsonNode v = Wait.until(() -> Api.as("admin").purpose(null).get("/audit/verify"),
                r -> r.status() == 200 && !r.body().contains("\"INCOMPLETE\""), BOOT_MS).json();
        System.out.println("after kill -9 with " + entries.get() + " entries and " + payloads.get()
                + " payloads acknowledged: " + v);
        for (JsonNode b : v.get("breaks")) {
            assertTrue("no stored change without its event: " + b, !"item-version".equals(b.get("kind").asText()));
        }
        assertEquals(v.toString(), "OK", v.get("status").asText());
        assertTrue(v.toString(), v.get("itemVersionsChecked").asLong() >= entries.get() + 40L * payloads.get());
    }

    /** A forked distribution boots (and loads the demo) without Pax Exam's head start: give it longer. */
    private static void healthy() {
        Wait.until(() -> Api.anonymous().get("/health"), r -> r.status() == 200, BOOT_MS);
    }

    /** An HTTP status, or 0 when the call failed (as it does while the JVM dies). */
    private static int call(java.util.function.Supplier<Api.Reply> request) {
        try {
            return request.get().status();
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static Path unpack() throws IOException, InterruptedException {
        Path dir = Paths.get(System.getProperty("cofnod.itest.dir", "target/itest"), "crash").toAbsolutePath();
        if (Files.exists(dir)) {
            try (java.util.stream.Stream<Path> old = Files.walk(dir)) {
                for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
        run(dir, "tar", "xzf", new File(System.getProperty("cofnod.assembly")).getAbsolutePath(),
                "--strip-components=1");
        String localRepo = System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository");
        put(dir, "org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", localRepo);
        put(dir, "org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(CofnodContainer.HTTP_PORT));
        put(dir, "org.apache.karaf.shell.cfg", "sshPort", Integer.toString(PORT_BASE + 101));
        put(dir, "org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(PORT_BASE - 6901));
        put(dir, "org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(PORT_BASE + 26445));
        if (TestDatabase.POSTGRESQL) {
            onPostgresql(dir);
        }
        return dir;
    }

    /** As an operator moves a node (docs/cluster.md): the driver among the boot features, the datasource at the server. */
    private static void onPostgresql(Path home) throws IOException {
        Path features = home.resolve("etc/org.apache.karaf.features.cfg");
        String boot = Files.readString(features, StandardCharsets.UTF_8);
        String list = "featuresBoot = \\\n";
        assertTrue("featuresBoot is where the distribution keeps it", boot.contains(list));
        Files.writeString(features, boot.replace(list, list + "    cofnod-postgresql, \\\n"), StandardCharsets.UTF_8);
        for (var setting : TestDatabase.datasource().entrySet()) {
            put(home, "org.ops4j.datasource-cofnod.cfg", setting.getKey(), setting.getValue());
        }
    }

    private static void put(Path home, String cfg, String key, String value) throws IOException {
        Files.writeString(home.resolve("etc").resolve(cfg), "\n" + key + " = " + value + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static Process start(Path home) throws IOException {
        ProcessBuilder b = new ProcessBuilder(home.resolve("bin/karaf").toString(), "daemon")
                .directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("karaf.out").toFile()));
        b.environment().put("JAVA_HOME", System.getProperty("java.home"));
        // a server in Wales: bin/setenv still runs the JVM in UTC
        b.environment().put("TZ", "Europe/London");
        return b.start();
    }

    /** {@code kill -9}: the daemon script execs the JVM, so this is Karaf itself, with whatever it forked. */
    private static void kill(Process p) throws InterruptedException {
        List<ProcessHandle> all = new ArrayList<>(p.descendants().toList());
        all.add(p.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        p.waitFor(30, TimeUnit.SECONDS);
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        assertEquals(String.join(" ", command), 0, p.waitFor());
    }
}
