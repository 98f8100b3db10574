package cymru.cofnod.client;

import cymru.cofnod.consent.api.AuditEvent;
import cymru.cofnod.consent.api.AuditTrail;
import cymru.cofnod.core.api.Page;

/** {@code /audit}: the audit trail, oldest first, and the check of its keyed chain. */
public final class Audit {

    private final Calls calls;

    Audit(Calls calls) {
        this.calls = calls;
    }

    public Page<AuditEvent> list(Cursor at) {
        return calls.get(Query.of("/audit").page(at), Calls.pageOf(AuditEvent.class));
    }

    public AuditTrail.Verification verify() {
        return calls.get("/audit/verify", AuditTrail.Verification.class);
    }
}
