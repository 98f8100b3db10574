package cymru.cofnod.shell.internal;

import cymru.cofnod.adapter.api.IngestService;
import cymru.cofnod.adapter.api.QuarantinedItem;
import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code cofnod:quarantine [list | retry <id> | discard <id>]}: what could not be taken in, and what to do with it. */
@Command(scope = "cofnod", name = "quarantine", description = "List, retry or discard quarantined items")
@Service
public class QuarantineCommand implements Action {

    @Reference
    private IngestService ingest;

    @Argument(index = 0, name = "action", description = "list (default), retry or discard")
    private String action = "list";

    @Argument(index = 1, name = "id", description = "the quarantined item, for retry and discard")
    private String id;

    @Option(name = "--agency", description = "only this agency's items")
    private String agency;

    @Option(name = "--file", description = "a corrected payload to retry with")
    private String file;

    @Override
    public Object execute() throws IOException {
        switch (action) {
            case "list" -> list();
            case "retry" -> {
                Summary summary = new Summary();
                summary.add(ingest.retry(ShellUser.requester(), required(),
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
