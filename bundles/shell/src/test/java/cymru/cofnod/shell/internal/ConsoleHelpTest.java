package cymru.cofnod.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.junit.Test;

/**
 * Every {@code cofnod:} command's help, as Karaf prints it from the command's annotations (its description, each
 * argument and option with theirs), is what docs/console.md says of it, and the page lists no command that is not
 * there: the two cannot drift apart.
 */
public class ConsoleHelpTest {

    private static final String HEADING = "### `cofnod:";

    /** What one command's help says: its description, then each argument and option with its own. */
    private record Help(String description, Map<String, String> parameters) {
    }

    @Test
    public void everyCommandsHelpIsWhatTheConsolePageSays() throws Exception {
        Map<String, Help> commands = commands();
        assertFalse(commands.isEmpty());
        Map<String, Help> documented = documented(Files.readString(page(), StandardCharsets.UTF_8));
        assertEquals(commands.keySet(), documented.keySet());
        commands.forEach((name, help) -> assertEquals("cofnod:" + name, help, documented.get(name)));
    }

    /** The commands of this bundle's package, read from their classes as Karaf reads them. */
    private static Map<String, Help> commands() throws URISyntaxException, ClassNotFoundException {
        File folder = new File(AdaptersCommand.class.getResource("AdaptersCommand.class").toURI()).getParentFile();
        Map<String, Help> found = new TreeMap<>();
        for (String file : folder.list((dir, name) -> name.endsWith(".class") && !name.contains("$"))) {
            Class<?> type = Class.forName(ConsoleHelpTest.class.getPackageName() + "."
                    + file.substring(0, file.length() - ".class".length()));
            Command command = type.getAnnotation(Command.class);
            if (command != null && "cofnod".equals(command.scope())) {
                found.put(command.name(), new Help(command.description(), parameters(type)));
            }
        }
        return found;
    }

    /** Arguments in their order, then options, each with its description; a superclass's first. */
    private static Map<String, String> parameters(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            fields.addAll(0, List.of(c.getDeclaredFields()));
        }
        Map<Integer, Argument> arguments = new TreeMap<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (Field f : fields) {
            Argument argument = f.getAnnotation(Argument.class);
            if (argument != null) {
                arguments.put(argument.index(), argument);
            }
            Option option = f.getAnnotation(Option.class);
            if (option != null) {
                options.put(option.name(), option.description());
            }
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        arguments.values().forEach(a -> parameters.put("<" + a.name() + ">", a.description()));
        parameters.putAll(options);
        return parameters;
    }

    /**
     * What the page says of each command: a heading {@code ### `cofnod:<name>`}, its description as the next
     * paragraph, and a table of its arguments ({@code `<name>`}) and options ({@code `--name`}).
     */
    private static Map<String, Help> documented(String page) {
        Map<String, Help> documented = new TreeMap<>();
        String[] lines = page.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].startsWith(HEADING)) {
                continue;
            }
            String name = lines[i].substring(HEADING.length(), lines[i].indexOf('`', HEADING.length()));
            int at = i + 1;
            while (at < lines.length && lines[at].isBlank()) {
                at++;
            }
            String description = lines[at];
            Map<String, String> parameters = new LinkedHashMap<>();
            for (at++; at < lines.length && !lines[at].startsWith("#"); at++) {
                if (lines[at].startsWith("| `")) {
                    String[] cells = lines[at].split(" \\| ", 2);
                    parameters.put(cells[0].substring(3, cells[0].length() - 1),
                            cells[1].substring(0, cells[1].length() - 2));
                }
            }
            documented.put(name, new Help(description, parameters));
        }
        return documented;
    }

    /** docs/console.md, from this module's folder (where Maven runs its tests) or the project's. */
    private static Path page() throws IOException {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path page = p.resolve("docs/console.md");
            if (Files.isRegularFile(page)) {
                return page;
            }
        }
        throw new IOException("docs/console.md not found above " + here);
    }
}
