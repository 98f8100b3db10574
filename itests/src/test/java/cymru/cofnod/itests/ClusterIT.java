package cymru.cofnod.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import cymru.cofnod.client.CofnodClient;
import cymru.cofnod.testing.Together;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Two nodes of the distribution this build made, on one fresh PostgreSQL database ({@link TestDatabase}), started
 * by {@code ./run-cluster} as an operator starts them (docs/cluster.md), each its own Karaf JVM with its own caches,
 * audit writer and remembered logins; everything here goes through their HTTP APIs. Node A is the first node, B the
 * second. The nodes remember a login for {@value #REMEMBER_SECONDS} s, and share one users file.
 */
public class ClusterIT {

    private static final int REMEMBER_SECONDS = 3;
    /** How long each node has to answer UP: the second boots beside the first, on a machine running the build. */
    private static final int BOOT_SECONDS = 300;
    private static final String CSV = "text/csv";
    private static final String HOME_CARE = "/agencies/gofal-da-homecare/inbox";
    /** The nodes' ports move with the suite's base: HTTP on base+681 and base+682. */
    private static final int PORT_OFFSET = Integer.getInteger("cofnod.itest.portBase", 18000) - 7500;

    private static Path dir;
    private static Map<String, String> env;
    private static CofnodClient a;
    private static CofnodClient b;
    private static Path users;

    @BeforeClass
    public static void startTwoNodes() throws Exception {
        dir = Paths.get(System.getProperty("cofnod.itest.dir", "target/itest"), "cluster").toAbsolutePath();
        run(List.of("rm", "-rf", dir.toString()), null);
        Path distribution = dir.resolve("distribution");
        Files.createDirectories(distribution);
        run(List.of("tar", "xzf", new File(System.getProperty("cofnod.assembly")).getAbsolutePath(),
                "-C", distribution.toString(), "--strip-components=1"), null);
        // the same settings on both nodes, as configuration management would deploy them
        Files.writeString(distribution.resolve("etc/cymru.cofnod.rest.cfg"),
                "rememberLoginSeconds = " + REMEMBER_SECONDS + "\n");
        a = CofnodClient.at("http://localhost:" + (8181 + PORT_OFFSET) + "/cofnod/api/v1");
        b = CofnodClient.at("http://localhost:" + (8182 + PORT_OFFSET) + "/cofnod/api/v1");
        env = Map.of("COFNOD_ASSEMBLY", distribution.toString(),
                "COFNOD_CLUSTER_WAIT_SECONDS", Integer.toString(BOOT_SECONDS),
                "COFNOD_CLUSTER_DIR", dir.resolve("nodes").toString(),
                "COFNOD_CLUSTER_PORT_OFFSET", Integer.toString(PORT_OFFSET),
                "COFNOD_PG_URL", TestDatabase.postgresqlUrl(),
                "COFNOD_PG_USER", TestDatabase.USER,
                "COFNOD_PG_PASSWORD", TestDatabase.PASSWORD);
        run(List.of(runCluster()), dir.resolve("run-cluster.log"));
        for (CofnodClient node : List.of(a, b)) {
            Wait.until(() -> Api.as("social-worker", node).get("/people?limit=1"), r -> r.status() == 200);
        }
        // one users file for both nodes, as docs/nodes.md says to share it
        users = dir.resolve("cofnod-users.properties");
        Files.copy(node(1).resolve("etc/cofnod-users.properties"), users);
        for (int n = 1; n <= 2; n++) {
            Path own = node(n).resolve("etc/cofnod-users.properties");
            Files.delete(own);
            Files.createSymbolicLink(own, users);
        }
    }

    @AfterClass
    public static void stopThem() throws Exception {
        if (env != null) {
            run(List.of(runCluster(), "--stop"), dir.resolve("run-cluster-stop.log"));
            // gone before the run's database is dropped
            for (CofnodClient node : List.of(a, b)) {
                Wait.until(() -> {
                    try {
                        return Api.as("social-worker", node).get("/health");
                    } catch (RuntimeException stopped) {
                        return null;
                    }
                }, r -> r == null, 60_000);
            }
        }
    }

    @Test
    public void aDirectiveWithdrawnThroughOneNodeHidesAtTheNextReadThroughTheOther() {
        String rhodri = personId("CC-100231");
        // the physio sees the council's entries through B under Rhodri's consent (the demo feeds send three)
        String councilEntries = "/people/" + rhodri + "/timeline?agency=cardiff-council&kind=entry";
        Wait.until(() -> Api.as("physio", b).get(councilEntries), r -> r.json().get("items").size() == 3);
        String physios = null;
        for (JsonNode d : Api.as("rhodri", a).get("/people/" + rhodri + "/consents").json()) {
            if ("cardiff-vale-uhb".equals(d.path("grantee").path("agency").asText())
                    && "active".equals(d.get("status").asText())) {
                physios = d.get("id").asText();
            }
        }
        Api.Reply withdrawn = Api.as("rhodri", a).post("/consents/" + physios + "/withdraw",
                "{\"reason\":\"I will tell the physio myself\"}");
        assertEquals(withdrawn.toString(), 200, withdrawn.status());

        JsonNode next = Api.as("physio", b).get(councilEntries).json();
        assertEquals("gone at B's very next read", 0, next.get("items").size());
        assertTrue(next.get("withheld").asBoolean());
    }

    @Test
    public void anItemWrittenThroughOneNodeIsReadAtTheNextReadThroughTheOther() {
        String person = person("Ceri", a);
        Api.Reply entry = Api.as("social-worker", a).post("/people/" + person + "/entries",
                "{\"kind\":\"visit\",\"parts\":[{\"type\":\"own-words\",\"text\":\"Dw i eisiau mynd i'r capel\"}]}");
        assertEquals(entry.toString(), 201, entry.status());
        String id = entry.json().get("id").asText();
        assertEquals(200, Api.as("physio", b).get("/people/" + person + "/entries/" + id).status());
        assertTrue(Api.as("physio", b).get("/people/" + person + "/timeline").body().contains(id));
    }

    @Test
    public void aLoginRemovedIsRefusedByEveryNodeWithinItsRememberedTime() throws Exception {
        String login = "cluster-worker-" + UUID.randomUUID().toString().substring(0, 8);
        String password = UUID.randomUUID().toString();
        String line = login + " = {CRYPT}" + sha256(password) + "{CRYPT},role:practitioner,agency:cardiff-council\n";
        String before = Files.readString(users, StandardCharsets.UTF_8);
        Files.writeString(users, before + line, StandardCharsets.UTF_8);
        Api onB = Api.as(login, b).withPassword(password);
        assertEquals("a user added to the shared file signs in at B", 200, onB.get("/me").status());

        Files.writeString(users, before, StandardCharsets.UTF_8);
        long removed = System.nanoTime();
        assertEquals("A never remembered the login: refused at once", 401,
                Api.as(login, a).withPassword(password).get("/me").status());
        long wait = TimeUnit.SECONDS.toMillis(REMEMBER_SECONDS + 1) - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - removed);
        Thread.sleep(Math.max(0, wait));
        assertEquals("B forgets it once its remembered time is over", 401, onB.get("/me").status());
        assertEquals("the others still sign in at B", 200, Api.as("social-worker", b).get("/me").status());
    }

    @Test
    public void fourWritersOnBothNodesLoseNoUpdateAndTheChainVerifiesOnEach() throws Exception {
        String person = person("Gethin", a);
        Api.Reply outcome = Api.as("social-worker", a).post("/people/" + person + "/outcomes",
                "{\"ownWords\":\"I want to walk to the shop\",\"language\":\"en\",\"type\":\"change\"}");
        assertEquals(outcome.toString(), 201, outcome.status());
        String path = "/people/" + person + "/outcomes/" + outcome.json().get("id").asText();
        int writers = 4;
        int revisions = 5;
        CyclicBarrier together = new CyclicBarrier(writers);
        List<Callable<Integer>> work = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            Api writer = Api.as("social-worker", w % 2 == 0 ? a : b);
            String name = "writer " + w;
            work.add(() -> {
                together.await();
                int stale = 0;
                for (int r = 0; r < revisions; ) {
                    Api.Reply current = writer.get(path);
                    Api.Reply revised = writer.put(path, "{\"ownWords\":\"" + name + " revision " + r
                            + "\",\"language\":\"en\",\"type\":\"change\"}", current.header("ETag"));
                    if (revised.status() == 200) {
                        r++;
                    } else {
                        assertEquals("another writer came first: " + revised, 412, revised.status());
                        stale++;
                    }
                }
                return stale;
            });
        }
        Together.all(work);

        JsonNode history = Api.as("social-worker", b).get(path + "/history").json();
        assertEquals("the first version and every revision", 1 + writers * revisions, history.size());
        for (int w = 0; w < writers; w++) {
            for (int r = 0; r < revisions; r++) {
                assertTrue("kept: writer " + w + " revision " + r,
                        history.toString().contains("writer " + w + " revision " + r + "\""));
            }
        }
        for (CofnodClient node : List.of(a, b)) {
            JsonNode verified = Api.as("admin", node).purpose(null).get("/audit/verify").json();
            assertEquals(verified.toString(), "OK", verified.get("status").asText());
        }
    }

    @Test
    public void theSamePayloadSentToBothNodesAtOnceIsStoredOnce() throws Exception {
        String providerId = "GD-CL-" + UUID.randomUUID().toString().substring(0, 8);
        String person = person("Nia", a, providerId);
        String batch = AdaptersIT.learningLog(providerId, providerId + "-1", providerId + "-2", providerId + "-3");
        CyclicBarrier together = new CyclicBarrier(2);
        List<Callable<JsonNode>> sends = new ArrayList<>();
        for (CofnodClient node : List.of(a, b)) {
            sends.add(() -> {
                together.await();
                Api.Reply sent = Api.as("home-carer", node).post(HOME_CARE, CSV, AdaptersIT.bytes(batch));
                assertEquals(sent.toString(), 200, sent.status());
                return sent.json();
            });
        }
        List<JsonNode> answers = Together.all(sends);
        List<String> accepted = new ArrayList<>();
        List<String> duplicate = new ArrayList<>();
        for (JsonNode answer : answers) {
            answer.get("accepted").forEach(i -> accepted.add(i.get("itemId").asText()));
            answer.get("duplicate").forEach(i -> duplicate.add(i.get("itemId").asText()));
            assertEquals(answer.toString(), 0, answer.get("quarantined").size());
        }
        assertEquals("each item stored by one node: " + answers, 3, accepted.size());
        assertEquals("and answered as a duplicate by the other", accepted.stream().sorted().toList(),
                duplicate.stream().sorted().toList());
        for (CofnodClient node : List.of(a, b)) {
            assertEquals(3, Api.as("social-worker", node).get("/people/" + person + "/timeline?limit=500").json()
                    .get("items").size());
        }
    }

    /** A new person the three demo agencies support, with their consent for direct care, through {@code node}. */
    private static String person(String given, CofnodClient node, String... providerId) {
        String identifiers = providerId.length == 0 ? "" : ",\"identifiers\":{\"providerId\":\"" + providerId[0] + "\"}";
        Api sw = Api.as("social-worker", node);
        Api.Reply created = sw.post("/people", "{\"givenName\":\"" + given + "\",\"preferredLanguage\":\"cy\"" + identifiers + "}");
        assertEquals(created.toString(), 201, created.status());
        String id = created.json().get("id").asText();
        for (String agency : List.of("cardiff-council", "cardiff-vale-uhb", "gofal-da-homecare")) {
            Api.Reply consent = sw.post("/people/" + id + "/consents", "{\"givenBy\":{\"kind\":\"person\"},"
                    + "\"grantee\":{\"kind\":\"agency\",\"agency\":\"" + agency + "\"},\"purposes\":[\"direct-care\"],"
                    + "\"categories\":[\"outcomes-and-plans\",\"entries\",\"strengths-and-risks\",\"health\","
                    + "\"daily-and-learning-logs\"],\"how\":\"verbal\"}");
            assertEquals(consent.toString(), 201, consent.status());
        }
        return id;
    }

    /** A demo person, once the first node's demo data is in. */
    private static String personId(String localAuthorityId) {
        return Wait.until(() -> Api.as("social-worker", a).get("/people?localAuthorityId=" + localAuthorityId),
                r -> r.status() == 200 && r.json().get("items").size() == 1).json().get("items").get(0).get("id").asText();
    }

    private static Path node(int n) {
        return dir.resolve("nodes/node" + n);
    }

    private static String runCluster() {
        return new File(System.getProperty("cofnod.runCluster", "../run-cluster")).getAbsolutePath();
    }

    /** Runs a command to its end (at most 10 minutes), its output in {@code log}; fails with the log's end. */
    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (env != null) {
            builder.environment().putAll(env);
        }
        Path output = log != null ? log : Files.createTempFile("cluster-it", ".log");
        Process process = builder.redirectOutput(output.toFile()).start();
        boolean ended = process.waitFor(10, TimeUnit.MINUTES);
        if (!ended || process.exitValue() != 0) {
            process.destroyForcibly();
            List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
            throw new AssertionError(command + (ended ? " failed" : " did not end in 10 minutes") + ":\n"
                    + lines.stream().skip(Math.max(0, lines.size() - 40)).collect(Collectors.joining("\n")));
        }
        if (log == null) {
            Files.delete(output);
        }
    }

    private static String sha256(String password) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8)));
    }
}
