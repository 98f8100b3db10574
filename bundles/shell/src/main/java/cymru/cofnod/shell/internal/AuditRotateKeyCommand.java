package cymru.cofnod.shell.internal;

import cymru.cofnod.consent.api.AuditTrail;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code cofnod:audit-rotate-key}: a fresh audit key for new events; the old ones stay to verify the old events. */
@Command(scope = "cofnod", name = "audit-rotate-key",
        description = "Make a fresh HMAC key the one new audit events are made with (the old keys are kept)")
@Service
public class AuditRotateKeyCommand implements Action {

    @Reference
    private AuditTrail audit;

    @Override
    public Object execute() {
        try (AuditTrail.Scope scope = audit.begin(ShellUser.requester(), "write", "cofnod:audit-rotate-key", null)) {
            String id = audit.rotateKey(ShellUser.requester());
            scope.result("200");
            System.out.println("New audit events are made with key '" + id + "'; back up the key file now.");
        }
        return null;
    }
}
