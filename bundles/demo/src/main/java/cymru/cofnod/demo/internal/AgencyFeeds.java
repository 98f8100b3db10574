package cymru.cofnod.demo.internal;

import cymru.cofnod.adapter.api.AgencyStatus;
import cymru.cofnod.adapter.api.IngestReport;
import cymru.cofnod.adapter.api.IngestService;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Outcome;
import cymru.cofnod.outcomes.api.PersonService;
import cymru.cofnod.outcomes.api.PersonService.IdentifierSystem;
import cymru.cofnod.outcomes.api.RecordService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo agencies' own systems sending their records through their adapters at start (the payloads are in
 * {@code demo-feeds/}): Doreen's home care visits (scenario 2), Rhodri's physio entries (scenario 1) and Mary's
 * learning log (scenario 3), which then becomes her one-page profile. It starts once DemoData has
 * loaded (it references it), so the two never write at once, then waits on its own thread for the adapters; every
 * item carries the agency's own id, so sending again at each start stores nothing twice.
 */
@Component(immediate = true)
public class AgencyFeeds {

    private static final Logger LOG = LoggerFactory.getLogger(AgencyFeeds.class);
    private static final long PATIENCE_MS = 120_000;

    @Reference
    private IngestService ingest;
    @Reference
    private PersonService people;
    @Reference
    private RecordService record;
    /** To start after the demo people are loaded, on the node that loaded them. */
    @Reference
    private DemoData demoData;

    private Thread feeding;

    @Activate
    void activate() {
        if (!demoData.loadedHere()) {
            return; // the node loading the demo people sends them
        }
        feeding = new Thread(this::feed, "cofnod-demo-agency-feeds");
        feeding.setDaemon(true);
        feeding.start();
    }

    @Deactivate
    void deactivate() {
        if (feeding != null) {
            feeding.interrupt();
        }
    }

    private void feed() {
        try {
            Optional<String> rhodri = awaitPerson(DemoData.RHODRI);
            Optional<String> mary = awaitPerson(DemoData.MARY);
            Optional<String> doreen = awaitPerson(DemoData.DOREEN);
            awaitAdapters();
            doreen.ifPresent(id -> send(DemoData.HOME_CARER, "application/json", "doreen-visits.json", outcomeOf(id)));
            rhodri.ifPresent(id -> send(DemoData.PHYSIO, "application/fhir+json", "rhodri-physio.fhir.json",
                    outcomeOf(id)));
            mary.ifPresent(id -> {
                send(DemoData.HOME_CARER, "text/csv", "mary-learning-log.csv", "");
                demoData.curateMarysProfile(id);
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("The demo agencies' feeds could not be sent", e);
        }
    }

    private Optional<String> awaitPerson(String localAuthorityId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        Optional<String> found = people.findByIdentifier(IdentifierSystem.LOCAL_AUTHORITY, localAuthorityId);
        while (found.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            found = people.findByIdentifier(IdentifierSystem.LOCAL_AUTHORITY, localAuthorityId);
        }
        return found;
    }

    private void awaitAdapters() throws InterruptedException {
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        while (!ingest.agencies().stream().allMatch(a -> AgencyStatus.UP.equals(a.health()))
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
    }

    private String outcomeOf(String personId) {
        List<Outcome> outcomes = record.list(DemoData.SOCIAL_WORKER, personId, ItemKind.OUTCOME,
                PageRequest.first(1)).items();
        return outcomes.isEmpty() ? "" : outcomes.get(0).id();
    }

    private void send(Requester sender, String mediaType, String file, String outcomeId) {
        IngestReport report = ingest.ingest(sender, sender.agency(), mediaType,
                payload(file).replace("{{outcome}}", outcomeId).getBytes(StandardCharsets.UTF_8));
        LOG.info("Demo feed {} via {}: {} accepted, {} duplicate, {} quarantined {}", file, sender.agency(),
                report.accepted().size(), report.duplicate().size(), report.quarantined().size(),
                report.quarantined().stream().map(IngestReport.ItemResult::reason).toList());
    }

    private static String payload(String file) {
        try (InputStream in = AgencyFeeds.class.getResourceAsStream("/demo-feeds/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
