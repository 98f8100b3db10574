package cymru.cofnod.shell.internal;

import cymru.cofnod.adapter.api.IngestService;
import cymru.cofnod.adapter.api.QuarantinedItem;
import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * {@code cofnod:quarantine [list | retry <id> | retry --agency <id> | discard <id>] [--agency <id>] [--file <path>]}:
 * what could not be taken in, and what to do with it.
 */
@Command(scope = "cofnod", name = "quarantine", description = "List, retry or discard quarantined items")
@Service
public class QuarantineCommand implements Action {

    @Reference
    private IngestService ingest;

    @Argument(index = 0, name = "action", description = "list (default), retry or discard")
    private String action = "list";

    @Argument(index = 1, name = "id", multiValued = true,
            description = "the quarantined item, for retry and discard; options may follow it")
    private List<String> words = List.of();

    @Option(name = "--agency", description = "only this agency's items; with retry and no id, retries them all")
    private String agency;

    @Option(name = "--file", description = "a corrected payload to retry with")
    private String file;

    private String id;

    @Override
    public Object execute() throws IOException {
        readAfterTheAction();
        switch (action) {
            case "list" -> list();
            case "retry" -> {
                Summary summary = new Summary();
                summary.add(id == null && agency != null ? ingest.retryAll(ShellUser.requester(), agency)
                        : ingest.retry(ShellUser.requester(), required(),
                        file == null ? null : Files.readAllBytes(Path.of(file))), System.out);
                summary.print(System.out);
            }
            case "discard" -> {
                ingest.discard(ShellUser.requester(), required());
                System.out.println("discarded " + id);
            }
            default -> System.err.println("unknown action '" + action + "': list, retry or discard");
        }
        return null;
    }

    /** Karaf reads options only before the first argument: those written after the action are read here. */
    private void readAfterTheAction() {
        for (Iterator<String> it = words.iterator(); it.hasNext(); ) {
            String word = it.next();
            switch (word) {
                case "--agency" -> agency = valueOf(word, it);
                case "--file" -> file = valueOf(word, it);
                default -> {
                    if (id != null) {
                        throw new IllegalArgumentException("one item at a time: '" + word + "' is one too many");
                    }
                    id = word;
                }
            }
        }
    }

    private static String valueOf(String option, Iterator<String> it) {
        if (!it.hasNext()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return it.next();
    }

    private String required() {
        if (id == null) {
            throw new IllegalArgumentException(action + " needs the quarantined item's id");
        }
        return id;
    }

    private void list() {
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Id", "Agency", "Own id", "Type", "Received", "Retries", "Reason"}) {
            table.column(column);
        }
        String cursor = null;
        do {
            Page<QuarantinedItem> page = ingest.quarantine(ShellUser.requester(), agency, new PageRequest(cursor, 500));
            for (QuarantinedItem q : page.items()) {
                table.addRow().addContent(q.id(), q.agency(), q.sourceKey() == null ? "" : q.sourceKey(), q.type(),
                        q.received(), q.retries(), q.reason());
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        table.print(System.out);
    }
}
