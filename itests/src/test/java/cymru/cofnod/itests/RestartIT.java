package cymru.cofnod.itests;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.UUID;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerMethod;

/**
 * Data survives a container restart: one container per method (so two boots) on one database kept
 * outside the containers, a Derby folder or, with {@code -Dcofnod.itest.db=postgresql}, this JVM's
 * PostgreSQL database. The first writes a person with a fresh name and leaves its id in a file; the
 * second, in a new container, must read that person back.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class RestartIT {

    private static Path dir() {
        return Paths.get(System.getProperty("cofnod.itest.dir", "target/itest"), "restart").toAbsolutePath();
    }

    @Configuration
    public Option[] config() {
        return CofnodContainer.options("jdbc:derby:" + dir().resolve("cofnod") + ";create=true");
    }

    @Test
    public void a_writeBeforeRestart() throws IOException {
        Wait.forHealth();
        String name = "Gwenllian-" + UUID.randomUUID();
        Api.Reply r = Api.as("social-worker").post("/people",
                "{\"givenName\":\"" + name + "\",\"preferredLanguage\":\"cy\"}");
        assertEquals(r.toString(), 201, r.status());
        // Derby makes the folder for its database there; PostgreSQL does not
        Files.createDirectories(dir());
        Files.writeString(dir().resolve("written"), r.json().get("id").asText() + "\n" + name,
                StandardCharsets.UTF_8);
    }

    @Test
    public void b_readAfterRestart() throws IOException {
        String[] written = Files.readString(dir().resolve("written"), StandardCharsets.UTF_8).split("\n");
        Wait.forHealth();
        Api.Reply person = Api.as("social-worker").get("/people/" + written[0]);
        assertEquals(person.toString(), 200, person.status());
        assertEquals(written[1], person.json().get("givenName").asText());
    }
}
