package cymru.cofnod.adapter.internal;

import cymru.cofnod.adapter.api.IngestService;
import cymru.cofnod.adapter.api.QuarantinedItem;
import cymru.cofnod.core.api.AccessDeniedException;
import cymru.cofnod.core.api.DueItem;
import cymru.cofnod.core.api.DueWork;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import java.time.Instant;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The practitioner's own agency's items waiting in quarantine, oldest first: each is due now, whatever the window,
 * until it is retried after a fix or discarded. Through the ingest service's own list, so its rules apply.
 */
@Component(service = DueWork.class)
public class QuarantineWorkDue implements DueWork {

    private final IngestService ingest;

    @Activate
    public QuarantineWorkDue(@Reference IngestService ingest) {
        this.ingest = ingest;
    }

    @Override
    public List<DueItem> due(Requester requester, Instant until) {
        if (requester.role() != Role.PRACTITIONER) {
            // administrators see every agency's quarantine, but it is no work of theirs to fix an agency's items
            throw new AccessDeniedException("Only an agency's practitioners have its quarantined items to see to");
        }
        return ingest.quarantine(requester, null, PageRequest.first(MAX_ITEMS)).items().stream()
                .map(QuarantineWorkDue::due).toList();
    }

    private static DueItem due(QuarantinedItem item) {
        return new DueItem(DueItem.QUARANTINED, null, item.received(), null, item.reason(), null, item.agency(),
                "/quarantine/" + item.id());
    }
}
