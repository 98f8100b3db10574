package cymru.cofnod.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * docs/first-adapter.md, step by step, as an outsider follows it: generate a module from the archetype, build and
 * test it against the test kit, deploy its bundle and its agency's configuration into the running distribution,
 * send the sample payload and read it back. The archetype, BOM and kit come from the local repository, so this
 * runs after {@code mvn install} has put them there.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FirstAdapterIT {

    /** The archetype plugin the page's {@code archetype:generate} resolves to, pinned so the build is repeatable. */
    private static final String GENERATE = "org.apache.maven.plugins:maven-archetype-plugin:3.2.1:generate";
    private static final long MAVEN_MINUTES = 10;

    @Configuration
    public Option[] config() {
        List<Option> options = new ArrayList<>(Arrays.asList(CofnodContainer.options(null)));
        for (String property : List.of("maven.repo.local", "cofnod.version", "cofnod.example.dir")) {
            options.add(systemProperty(property).value(System.getProperty(property)));
        }
        return options.toArray(new Option[0]);
    }

    @Test
    public void anOutsidersAdapterIsGeneratedBuiltTestedDeployedAndTakesItsFirstRecord() throws Exception {
        Path work = Path.of(System.getProperty("cofnod.itest.dir"), "first-adapter");
        clean(work);
        Files.createDirectories(work);

        // 1. generate; 2. build and test it against the test kit
        Path module = generate(work, "org.example.ot", "ot-adapter", "1.0.0", "org.example.ot", "-Dagency=ot-service",
                "-DadapterKind=ot-notes");
        maven(module, "install");
        assertTrue(Files.readString(module.resolve("target/surefire-reports/org.example.ot.NotesAdapterTest.txt"))
                .contains("Tests run: 2, Failures: 0, Errors: 0"));

        // 4. deploy: the bundle into deploy/, the agency's configuration into etc/
        Path karaf = Path.of(System.getProperty("karaf.base"));
        Files.copy(module.resolve("target/ot-adapter-1.0.0.jar"), karaf.resolve("deploy/ot-adapter-1.0.0.jar"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.copy(module.resolve("etc/cymru.cofnod.agency-ot-service.cfg"),
                karaf.resolve("etc/cymru.cofnod.agency-ot-service.cfg"), StandardCopyOption.REPLACE_EXISTING);
        Wait.forHealth();
        Wait.until(() -> Api.as("admin").get("/agencies"),
                r -> r.body().contains("\"id\":\"ot-service\"") && r.body().contains("\"adapterKind\":\"ot-notes\""));

        // 5. send the sample, read it back
        byte[] sample = Files.readAllBytes(module.resolve("src/test/resources/sample-notes.txt"));
        Api.Reply sent = Wait.until(() -> Api.as("admin").post("/agencies/ot-service/inbox", "text/plain", sample),
                r -> r.status() == 200 && r.json().get("accepted").size() == 2);
        assertEquals(sent.toString(), 1, sent.json().get("quarantined").size());
        String rhodri = Api.as("rhodri").get("/me").json().get("personId").asText();
        String journey = Api.as("rhodri").get("/people/" + rhodri + "/timeline?limit=500").body();
        assertTrue(journey, journey.contains("Walked to the shop with his brother"));
    }

    @Test
    public void theExampleIsWhatTheArchetypeGenerates() throws Exception {
        Path work = Path.of(System.getProperty("cofnod.itest.dir"), "example-adapter");
        clean(work);
        Files.createDirectories(work);
        Path example = generate(work, "org.example.cofnod", "cofnod-adapter-example", System.getProperty("cofnod.version"),
                "org.example.cofnod.notes");
        assertEquals(files(Path.of(System.getProperty("cofnod.example.dir"))), files(example));
    }

    /** The page's step 1: a module from the archetype in {@code dir}; where it went. */
    private static Path generate(Path dir, String groupId, String artifactId, String version, String pkg,
                                 String... properties) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of(GENERATE, "-DarchetypeGroupId=cymru.cofnod",
                "-DarchetypeArtifactId=cofnod-adapter-archetype",
                "-DarchetypeVersion=" + System.getProperty("cofnod.version"), "-DgroupId=" + groupId,
                "-DartifactId=" + artifactId, "-Dversion=" + version, "-Dpackage=" + pkg));
        arguments.addAll(List.of(properties));
        maven(dir, arguments.toArray(new String[0]));
        return dir.resolve(artifactId);
    }

    /** Every file of a module but its build output, by path, with its text. */
    private static Map<String, String> files(Path module) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(module)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                String name = module.relativize(file).toString();
                if (!name.startsWith("target")) {
                    files.put(name, Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }

    /** Maven as the page runs it, in batch mode, against the repository this build installed into. */
    private static void maven(Path dir, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-Dmaven.repo.local="
                + System.getProperty("maven.repo.local")));
        command.addAll(List.of(arguments));
        String goal = arguments[0].substring(arguments[0].lastIndexOf(':') + 1);
        File log = dir.resolve("maven-" + goal + ".log").toFile();
        Process maven = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log).start();
        if (!maven.waitFor(MAVEN_MINUTES, TimeUnit.MINUTES)) {
            maven.destroyForcibly();
            throw new AssertionError(command + " took over " + MAVEN_MINUTES + " minutes; see " + log);
        }
        assertEquals(command + " failed; see " + log + ":\n" + tail(log), 0, maven.exitValue());
    }

    private static String tail(File log) throws IOException {
        List<String> lines = Files.readAllLines(log.toPath());
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static void clean(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
