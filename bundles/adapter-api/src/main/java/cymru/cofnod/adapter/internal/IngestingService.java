package cymru.cofnod.adapter.internal;

import cymru.cofnod.adapter.api.AdapterContext;
import cymru.cofnod.adapter.api.AgencyAdapter;
import cymru.cofnod.adapter.api.AgencyStatus;
import cymru.cofnod.adapter.api.Inbound;
import cymru.cofnod.adapter.api.InboundItem;
import cymru.cofnod.adapter.api.IngestReport;
import cymru.cofnod.adapter.api.IngestReport.ItemResult;
import cymru.cofnod.adapter.api.IngestService;
import cymru.cofnod.adapter.api.ItemRejected;
import cymru.cofnod.adapter.api.QuarantinedItem;
import cymru.cofnod.adapter.api.RecordCommand;
import cymru.cofnod.core.api.AccessDeniedException;
import cymru.cofnod.core.api.AgencyCategories;
import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.RecordCategory;
import cymru.cofnod.core.api.RecordNotFoundException;
import cymru.cofnod.core.api.Purpose;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.core.api.ValidationException;
import cymru.cofnod.outcomes.api.PersonService;
import cymru.cofnod.outcomes.api.RecordService;
import cymru.cofnod.schema.api.MigratedSchema;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingest through whichever adapters are installed now: agencies and adapters are bound as they come and
 * go, so an adapter can be installed or removed while Cofnod runs. A payload for an agency whose adapter is
 * missing waits whole in quarantine; an adapter that throws is marked failing and its items wait too. The record
 * asks it the category each agency's configuration files its entries under.
 */
@Component(service = {IngestService.class, AgencyCategories.class}, configurationPid = "cymru.cofnod.ingest",
        reference = @Reference(name = "schema", service = MigratedSchema.class, target = "(cofnod.schema=cofnod-adapter)"))
@Designate(ocd = IngestConfig.class)
public class IngestingService implements IngestService, AgencyCategories {

    private static final Logger LOG = LoggerFactory.getLogger(IngestingService.class);
    static final int DEFAULT_MAX_MEGABYTES = 10;
    /** Additions handed to the record in one transaction: a payload of cofnod:import's 1,000 rows in one. */
    static final int CHUNK = 1000;
    /**
     * Why an item naming an outcome cannot land: one reason whether there is no such outcome or consent keeps it
     * from the agency, so that neither is told apart; never "record it", which would duplicate a hidden one.
     */
    static final String OUTCOME_NOT_REACHED = "no outcome with this id is shared with your agency: ask the person "
            + "or the agency that recorded it";
    /** The longest identifier a person has in Cofnod (the outcomes bundle's ID_VALUE column). */
    private static final int MAX_IDENTIFIER = 64;
    /** The MEDIA_TYPE column of a quarantined item. */
    private static final int MAX_MEDIA_TYPE = 128;

    private final Map<String, AgencyAdapter> adapters = new ConcurrentHashMap<>();
    private final Map<String, AgencyRegistration> agencies = new ConcurrentHashMap<>();
    /** Adapter kind to why it is failing; cleared when it next reads a payload without throwing. */
    private final Map<String, String> failing = new ConcurrentHashMap<>();

    @Reference
    private PersonService people;
    @Reference
    private RecordService records;
    @Reference(target = "(osgi.unit.name=cofnod-adapter)")
    private JpaTemplate jpa;

    private Quarantine quarantine;
    private long maxPayloadBytes = DEFAULT_MAX_MEGABYTES * 1024L * 1024L;

    public IngestingService() {
        // for DS
    }

    IngestingService(PersonService people, RecordService records, JpaTemplate jpa) {
        this.people = people;
        this.records = records;
        this.jpa = jpa;
        activate(Map.of());
    }

    @Activate
    void activate(Map<String, ?> properties) {
        quarantine = new Quarantine(jpa);
        Object max = properties.get("maxPayloadMegabytes");
        if (max != null) {
            maxPayloadBytes = Long.parseLong(max.toString().trim()) * 1024L * 1024L;
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindAdapter(AgencyAdapter adapter) {
        adapters.put(adapter.kind(), adapter);
        failing.remove(adapter.kind());
        LOG.info("Cofnod adapter '{}' is installed", adapter.kind());
    }

    void unbindAdapter(AgencyAdapter adapter) {
        adapters.remove(adapter.kind(), adapter);
        LOG.info("Cofnod adapter '{}' is gone; its agencies' payloads wait in quarantine", adapter.kind());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindAgency(AgencyRegistration agency) {
        agencies.put(agency.id(), agency);
    }

    void unbindAgency(AgencyRegistration agency) {
        agencies.remove(agency.id(), agency);
    }

    @Override
    public Optional<RecordCategory> entriesOf(String agency) {
        AgencyRegistration registered = agency == null ? null : agencies.get(agency);
        return registered == null ? Optional.empty() : registered.category();
    }

    @Override
    public long maxPayloadBytes() {
        return maxPayloadBytes;
    }

    @Override
    public List<AgencyStatus> agencies() {
        Map<String, AgencyStatus.Waiting> waiting = quarantine.waiting();
        return agencies.values().stream().sorted(Comparator.comparing(AgencyRegistration::id))
                .map(agency -> status(agency, waiting.getOrDefault(agency.id(), AgencyStatus.Waiting.NONE))).toList();
    }

    private AgencyStatus status(AgencyRegistration agency, AgencyStatus.Waiting waiting) {
        String kind = agency.adapterKind();
        AgencyAdapter adapter = adapters.get(kind);
        if (agency.refused().isPresent()) {
            return new AgencyStatus(agency.id(), agency.name(), kind, adapter == null ? Set.of() : adapter.mediaTypes(),
                    AgencyStatus.MISCONFIGURED, agency.refused().get(), waiting);
        }
        if (adapter == null) {
            return new AgencyStatus(agency.id(), agency.name(), kind, Set.of(), AgencyStatus.NO_ADAPTER,
                    "no '" + kind + "' adapter is installed; payloads wait in quarantine until one is", waiting);
        }
        String failure = failing.get(kind);
        return new AgencyStatus(agency.id(), agency.name(), kind, adapter.mediaTypes(),
                failure == null ? AgencyStatus.UP : AgencyStatus.FAILING, failure, waiting);
    }

    @Override
    public IngestReport ingest(Requester requester, String agency, String mediaType, byte[] payload) {
        return fresh(requester, agency, mediaType, payload, false);
    }

    @Override
    public IngestReport dryRun(Requester requester, String agency, String mediaType, byte[] payload) {
        return fresh(requester, agency, mediaType, payload, true);
    }

    /** A payload sent now (not a retry), for real or as a dry run. */
    private IngestReport fresh(Requester requester, String agency, String mediaType, byte[] payload, boolean dryRun) {
        AgencyRegistration registered = agency(agency);
        if (payload.length > maxPayloadBytes) {
            throw new PayloadTooLarge(payload.length, maxPayloadBytes);
        }
        return new Pass(registered, writerFor(requester, agency), mediaType(mediaType), null, dryRun).run(payload);
    }

    @Override
    public Page<QuarantinedItem> quarantine(Requester requester, String agency, PageRequest page) {
        if (requester.role() == Role.ADMINISTRATOR) {
            return quarantine.page(agency, page);
        }
        String own = practitionerAgency(requester);
        if (agency != null && !agency.equals(own)) {
            throw new AccessDeniedException("only users of " + agency + " may see its quarantine");
        }
        return quarantine.page(own, page);
    }

    @Override
    public QuarantinedItem quarantined(Requester requester, String id) {
        // the payload is raw personal data: the sending agency's own; administrators see the reason and metadata
        return visible(requester, id).toItem(requester.role() != Role.ADMINISTRATOR);
    }

    @Override
    public IngestReport retry(Requester requester, String id, String mediaType, byte[] correctedPayload) {
        QuarantineRow row = visible(requester, id);
        boolean corrected = correctedPayload != null && correctedPayload.length > 0;
        byte[] payload = corrected ? correctedPayload : row.payload();
        if (payload.length > maxPayloadBytes) {
            throw new PayloadTooLarge(payload.length, maxPayloadBytes);
        }
        AgencyRegistration registered = agency(row.agency());
        String type = retriedAs(registered, row, mediaType, corrected);
        return new Pass(registered, writerFor(requester, row.agency()), type, row, false).run(payload);
    }

    @Override
    public IngestReport retryAll(Requester requester, String agency) {
        AgencyRegistration registered = agency(agency);
        writerFor(requester, registered.id());
        Report all = new Report(registered.id());
        // the rows waiting now: what a retry puts back in quarantine waits for the next call
        for (long id : quarantine.waitingIds(registered.id())) {
            try {
                all.add(retry(requester, String.valueOf(id), null, null));
            } catch (RecordNotFoundException released) {
                // an earlier retry in this call landed the same item
            } catch (UnsupportedMediaType unread) {
                // it waits as it was: only a retry of its own, naming a type the adapter reads, can take it in
                all.quarantined.add(new ItemResult(null, "payload", null, null, String.valueOf(id), unread.getMessage()));
            }
        }
        return all.done();
    }

    /**
     * The media type a quarantined item is read as again: the one it came as, when the adapter reads it. The retry's
     * own type is taken for a corrected payload, and for a payload that waited for a missing adapter and came as a
     * type the adapter, once installed, does not read; an adapter of one type reads such a payload as that.
     */
    private String retriedAs(AgencyRegistration agency, QuarantineRow row, String given, boolean corrected) {
        AgencyAdapter adapter = adapters.get(agency.adapterKind());
        Set<String> reads = adapter == null ? null : adapter.mediaTypes();
        String retryType = given == null || given.isBlank() ? null : mediaType(given);
        boolean readsStored = reads == null || reads.contains(row.mediaType());
        if (retryType != null && (reads == null || reads.contains(retryType)) && (corrected || !readsStored)) {
            return retryType;
        }
        if (readsStored || reads.size() != 1) {
            return row.mediaType(); // a type it does not read answers naming those it does
        }
        return reads.iterator().next();
    }

    @Override
    public void discard(Requester requester, String id) {
        QuarantineRow row = visible(requester, id);
        quarantine.discard(row.id());
        LOG.info("{} discarded quarantined item {} of {} ({})", requester.user(), id, row.agency(), row.sourceKey());
    }

    /** A quarantined item the requester may see; one of another agency answers as not found. */
    private QuarantineRow visible(Requester requester, String id) {
        QuarantineRow row = quarantine.row(id);
        if (requester.role() != Role.ADMINISTRATOR && !row.agency().equals(practitionerAgency(requester))) {
            throw new RecordNotFoundException("quarantined item", id);
        }
        return row;
    }

    private AgencyRegistration agency(String id) {
        AgencyRegistration registered = id == null ? null : agencies.get(id);
        if (registered == null) {
            throw new RecordNotFoundException("agency", id);
        }
        return registered;
    }

    /**
     * Items are written as the sender, for the agency. An administrator importing for an agency writes as that
     * agency's system would, under the administrator's own name, so the record still says who did it.
     */
    private static Requester writerFor(Requester requester, String agency) {
        if (requester.role() == Role.ADMINISTRATOR) {
            return new Requester(requester.user(), agency, Role.PRACTITIONER, requester.purpose());
        }
        if (!agency.equals(practitionerAgency(requester))) {
            throw new AccessDeniedException("only users of " + agency + " may send to its inbox");
        }
        return requester;
    }

    private static String practitionerAgency(Requester requester) {
        if (requester.role() != Role.PRACTITIONER || requester.agency() == null) {
            throw new AccessDeniedException("only an agency's own users and administrators handle its payloads");
        }
        if (requester.purpose() == Purpose.COMMISSIONING) {
            throw new AccessDeniedException("Commissioning sees de-identified reports only, never a payload");
        }
        return requester.agency();
    }

    private static String mediaType(String given) {
        if (given == null || given.isBlank()) {
            return "application/octet-stream";
        }
        int parameters = given.indexOf(';');
        String type = (parameters < 0 ? given : given.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
        if (type.length() > MAX_MEDIA_TYPE) {
            throw new UnsupportedMediaType("a media type is at most " + MAX_MEDIA_TYPE + " characters");
        }
        return type;
    }

    private static String decode(byte[] payload) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(payload)).toString();
    }

    /** Why the record refused an item, in the words of the answer. */
    private static String reason(RuntimeException e) {
        return e instanceof ValidationException ? "breaks the record's rules: " + e.getMessage() : e.getMessage();
    }

    /** What an adapter's failure says, for its sender and the agency's status; the log has the rest. */
    private static String describe(RuntimeException e) {
        return Reasons.plain(e.getMessage() == null ? "an unexpected error" : e.getMessage());
    }

    /**
     * One payload through one agency's adapter, item by item; a retry carries the quarantine row it retries. A dry
     * run splits, translates and matches as a real pass does, and writes nothing: no record, no quarantine.
     */
    private final class Pass implements AdapterContext {

        private final AgencyRegistration agency;
        private final Requester writer;
        private final String mediaType;
        private final QuarantineRow retrying;
        private final boolean dryRun;
        /** In a dry run, the outcomes this payload would add, by own id, with their person: later items may name them. */
        private final Map<String, String> wouldAddOutcomes = new java.util.HashMap<>();
        private final Report report;
        private boolean retriedRowKept;
        /** Whether the agency had anything in quarantine when the pass began: if not, nothing needs releasing. */
        private final boolean somethingWaiting;
        private final Set<String> keptNow = new java.util.HashSet<>();
        /** Additions waiting to go to the record in one batch, and their agency's own ids. */
        private final List<RecordService.ToIngest<?>> adding = new java.util.ArrayList<>();
        private final Set<String> addingKeys = new java.util.HashSet<>();
        /** Each translated item's bookkeeping, in payload order, done once the additions before it are carried out. */
        private final List<java.util.function.Consumer<List<RecordService.IngestAnswer>>> settling =
                new java.util.ArrayList<>();
        private final List<String> releasing = new java.util.ArrayList<>();
        private final List<IngestedRow> remembering = new java.util.ArrayList<>();
        private final Matching matching = new Matching(people);
        /** The agency's own identifier the item being translated attaches to its person, if any. */
        private Attachment attaching;

        Pass(AgencyRegistration agency, Requester writer, String mediaType, QuarantineRow retrying, boolean dryRun) {
            this.agency = agency;
            this.writer = writer;
            this.mediaType = mediaType;
            this.retrying = retrying;
            this.dryRun = dryRun;
            this.report = new Report(agency.id());
            this.somethingWaiting = quarantine.anyWaiting(agency.id());
        }

        IngestReport run(byte[] payload) {
            String kind = agency.adapterKind();
            AgencyAdapter adapter = adapters.get(kind);
            if (agency.refused().isPresent()) {
                keepWhole(payload, agency.id() + "'s configuration is refused: " + agency.refused().get()
                        + "; retry it then");
            } else if (adapter == null) {
                keepWhole(payload, "no '" + kind + "' adapter is installed; the payload waits here, retry it once "
                        + "the adapter is back");
            } else if (!adapter.mediaTypes().contains(mediaType)) {
                throw new UnsupportedMediaType(agency.id() + "'s " + kind + " adapter reads " + new java.util.TreeSet<>(
                        adapter.mediaTypes()) + ", not " + mediaType + ": send it as one of those");
            } else {
                runThrough(adapter, payload);
            }
            if (retrying != null && !retriedRowKept) {
                quarantine.discard(retrying.id());
            }
            return report.done();
        }

        private void runThrough(AgencyAdapter adapter, byte[] payload) {
            String text;
            try {
                text = decode(payload);
            } catch (CharacterCodingException e) {
                keepWhole(payload, "the payload is not UTF-8 text");
                return;
            }
            List<InboundItem> items;
            try {
                items = adapter.split(new Inbound(agency.id(), mediaType, text, agency.settings()));
            } catch (RuntimeException e) {
                adapterFailed(adapter, e);
                keepWhole(payload, "the " + adapter.kind() + " adapter failed reading the payload (" + describe(e)
                        + "); it is marked failing");
                return;
            }
            boolean threw = false;
            for (InboundItem item : items) {
                threw |= take(adapter, item);
            }
            carryOutWaiting();
            if (!threw) {
                failing.remove(adapter.kind());
            }
        }

        /**
         * Translates one item and queues what it asks; additions go to the record a chunk at a time, each item
         * still whole or not at all. True when the adapter itself threw.
         */
        private boolean take(AgencyAdapter adapter, InboundItem item) {
            String problem = item.problem() != null ? item.problem() : Reasons.keyProblem(item.sourceKey());
            if (problem != null) {
                settle(answers -> keep(item, problem));
                return false;
            }
            RecordCommand command;
            attaching = null;
            try {
                command = adapter.translate(item, this);
            } catch (ItemRejected | ValidationException e) {
                settle(answers -> keep(item, e.getMessage()));
                return false;
            } catch (RuntimeException e) {
                adapterFailed(adapter, e);
                settle(answers -> keep(item, "the " + adapter.kind() + " adapter failed on this item (" + describe(e)
                        + ")"));
                return true;
            }
            try {
                carryOut(item, command);
            } catch (ValidationException | ItemRejected | RecordNotFoundException | AccessDeniedException e) {
                settle(answers -> keep(item, reason(e)));
            }
            return false;
        }

        private void carryOut(InboundItem item, RecordCommand command) {
            if (attaching != null && !dryRun) {
                attach(attaching);
            }
            if (command instanceof RecordCommand.AddToRecord<?> add) {
                add(item, add);
            } else if (command instanceof RecordCommand.AddTogether together) {
                addTogether(item, together.additions());
            } else if (command instanceof RecordCommand.RegisterPerson register) {
                register(item, register);
            }
        }

        private <T extends cymru.cofnod.outcomes.api.RecordItem> void add(InboundItem item,
                                                                         RecordCommand.AddToRecord<T> add) {
            requireOwnId(item);
            if (dryRun) {
                if (add.kind() == cymru.cofnod.outcomes.api.ItemKind.OUTCOME) {
                    wouldAddOutcomes.put(item.sourceKey(), add.personId());
                }
                settle(answers -> landed(item, add.personId(), null, false, null));
                return;
            }
            int index = adding.size();
            adding.add(toIngest(add, item.sourceKey()));
            addingKeys.add(item.sourceKey());
            settle(answers -> added(item, add, answers.get(index)));
            if (adding.size() == CHUNK) {
                carryOutWaiting();
            }
        }

        private static void requireOwnId(InboundItem item) {
            if (item.sourceKey() == null || item.sourceKey().isBlank()) {
                throw new ItemRejected("the item has no id of its own, so sending it twice could not be told apart");
            }
        }

        /**
         * Several additions from one item, in a transaction of their own after what the payload queued before them:
         * all land, or the item waits in quarantine with the reason of the one refused.
         */
        private void addTogether(InboundItem item, List<RecordCommand.AddToRecord<?>> additions) {
            requireOwnId(item);
            if (partKey(item.sourceKey(), additions.size() - 1).length() > Reasons.MAX_KEY) {
                throw new ItemRejected("the item's own id is too long to key the " + additions.size()
                        + " things it adds (at most " + Reasons.MAX_KEY + " characters with #" + additions.size() + ")");
            }
            String personId = additions.get(0).personId();
            if (dryRun) {
                for (int n = 0; n < additions.size(); n++) {
                    if (additions.get(n).kind() == cymru.cofnod.outcomes.api.ItemKind.OUTCOME) {
                        wouldAddOutcomes.put(partKey(item.sourceKey(), n), additions.get(n).personId());
                    }
                }
                settle(answers -> landed(item, personId, null, false, null, null));
                return;
            }
            carryOutWaiting();
            List<RecordService.ToIngest<?>> parts = new java.util.ArrayList<>();
            for (int n = 0; n < additions.size(); n++) {
                parts.add(toIngest(additions.get(n), partKey(item.sourceKey(), n)));
            }
            List<RecordService.IngestAnswer> answers = records.ingestTogether(writer, parts);
            if (answers.get(0).refused()) {
                keep(item, reason(answers.get(0).refusal()));
                return;
            }
            List<String> also = new java.util.ArrayList<>();
            for (int n = 0; n < additions.size(); n++) {
                RecordCommand.AddToRecord<?> add = additions.get(n);
                String itemId = answers.get(n).item().id();
                if (add.kind() == cymru.cofnod.outcomes.api.ItemKind.OUTCOME) {
                    remembering.add(new IngestedRow(agency.id(), partKey(item.sourceKey(), n), add.kind().name(),
                            itemId, add.personId()));
                }
                if (n > 0) {
                    also.add(itemId);
                }
            }
            landed(item, personId, answers.get(0).item().id(), answers.get(0).duplicate(), null,
                    also.isEmpty() ? null : also);
            if (!remembering.isEmpty()) {
                carryOutWaiting(); // later items of the payload may name an outcome it added
            }
        }

        private void added(InboundItem item, RecordCommand.AddToRecord<?> add, RecordService.IngestAnswer answer) {
            if (answer.refused()) {
                keep(item, reason(answer.refusal()));
                return;
            }
            String itemId = answer.item().id();
            if (add.kind() == cymru.cofnod.outcomes.api.ItemKind.OUTCOME) {
                // later items may name this outcome by the agency's own id
                remembering.add(new IngestedRow(agency.id(), item.sourceKey(), add.kind().name(), itemId,
                        add.personId()));
            }
            landed(item, add.personId(), itemId, answer.duplicate(), null);
        }

        /** What is left to do for an item once the additions queued before and with it are carried out. */
        private void settle(java.util.function.Consumer<List<RecordService.IngestAnswer>> step) {
            settling.add(step);
        }

        /**
         * The queued additions in one batch, then each item's bookkeeping in payload order: quarantine, release and
         * the ingest map, each in bulk.
         */
        private void carryOutWaiting() {
            List<RecordService.IngestAnswer> answers = adding.isEmpty() ? List.of()
                    : records.ingestAll(writer, List.copyOf(adding));
            adding.clear();
            addingKeys.clear();
            settling.forEach(step -> step.accept(answers));
            settling.clear();
            releaseLanded();
            quarantine.remember(remembering);
            remembering.clear();
        }

        private void register(InboundItem item, RecordCommand.RegisterPerson register) {
            var ids = register.person().identifiers();
            Map<PersonService.IdentifierSystem, String> given = new java.util.EnumMap<>(
                    PersonService.IdentifierSystem.class);
            given.put(PersonService.IdentifierSystem.LOCAL_AUTHORITY, ids.localAuthorityId());
            given.put(PersonService.IdentifierSystem.NHS, ids.nhsNumber());
            given.put(PersonService.IdentifierSystem.PROVIDER, ids.providerId());
            given = Matching.given(given);
            if (given.isEmpty()) {
                throw new ItemRejected("a person needs at least one identifier to be matched by later");
            }
            Optional<String> known = matching.person(given);
            if (known.isPresent()) {
                settle(answers -> landed(item, known.get(), null, true, "already known to Cofnod"));
            } else if (dryRun) {
                settle(answers -> landed(item, null, null, false, "a new person would be registered"));
            } else {
                String id = people.create(writer, register.person()).id();
                settle(answers -> landed(item, id, null, false, null));
            }
        }

        /** The agency's own identifier, attached before the item's addition is queued: a refusal keeps the item out. */
        private void attach(Attachment a) {
            try {
                people.attachIdentifier(writer, a.personId(), a.system(), a.value());
            } catch (ValidationException refused) {
                // another writer got there first since the match: the same reason as a conflict found then
                throw Matching.conflict(Map.of(a.system(), a.value()));
            }
            matching.attached(a.personId(), a.system(), a.value());
        }

        private void landed(InboundItem item, String personId, String itemId, boolean duplicate, String note) {
            landed(item, personId, itemId, duplicate, note, null);
        }

        private void landed(InboundItem item, String personId, String itemId, boolean duplicate, String note,
                            List<String> alsoAdded) {
            if (!dryRun && item.sourceKey() != null && (somethingWaiting || keptNow.contains(item.sourceKey()))) {
                releasing.add(item.sourceKey());
            }
            ItemResult result = new ItemResult(item.sourceKey(), item.type(), personId, itemId, null, note, alsoAdded);
            (duplicate ? report.duplicate : report.accepted).add(result);
        }

        private void releaseLanded() {
            quarantine.release(agency.id(), releasing);
            releasing.clear();
        }

        /** Keeps the item in quarantine with its reason in plain words, for the report and the row alike. */
        private void keep(InboundItem item, String givenReason) {
            String reason = Reasons.plain(givenReason);
            if (dryRun) {
                report.quarantined.add(new ItemResult(item.sourceKey(), item.type(), null, null, null, reason));
                return;
            }
            releaseLanded(); // an item landed earlier under the same key must not release this one
            byte[] payload = (item.payload() == null ? "" : item.payload()).getBytes(StandardCharsets.UTF_8);
            String id = quarantine.keep(agency.id(), item.sourceKey(), item.type(), mediaType, reason, payload,
                    retryingThis(item.sourceKey()));
            if (item.sourceKey() != null) {
                keptNow.add(item.sourceKey());
            }
            report.quarantined.add(new ItemResult(item.sourceKey(), item.type(), null, null, id, reason));
        }

        private void keepWhole(byte[] payload, String givenReason) {
            String reason = Reasons.plain(givenReason);
            String id = dryRun ? null
                    : quarantine.keep(agency.id(), null, "payload", mediaType, reason, payload, retryingThis(null));
            report.quarantined.add(new ItemResult(null, "payload", null, null, id, reason));
        }

        /** The row being retried, when this item is the one it holds: it stays and counts the retry. */
        private Long retryingThis(String sourceKey) {
            if (retrying != null && java.util.Objects.equals(retrying.sourceKey(), sourceKey)) {
                retriedRowKept = true;
                return retrying.id();
            }
            return null;
        }

        private void adapterFailed(AgencyAdapter adapter, RuntimeException e) {
            LOG.warn("Cofnod adapter '{}' failed for agency {}", adapter.kind(), agency.id(), e);
            failing.put(adapter.kind(), "threw " + describe(e));
        }

        @Override
        public String agency() {
            return agency.id();
        }

        @Override
        public String setting(String name, String defaultValue) {
            return agency.settings().getOrDefault(name, defaultValue);
        }

        @Override
        public String person(Map<PersonService.IdentifierSystem, String> identifiers) {
            Map<PersonService.IdentifierSystem, String> given = Matching.given(identifiers);
            if (given.isEmpty()) {
                throw new ItemRejected("the item names no person (no NHS number, local authority id or provider id)");
            }
            return matching.person(given).orElseThrow(() -> new ItemRejected("no person in Cofnod has "
                    + Matching.words(given) + "; register them, then retry this item"));
        }

        @Override
        public void attachOwnIdentifier(String personId, String value) {
            PersonService.IdentifierSystem system = agency.identifierSystem().orElseThrow(() -> new ItemRejected(
                    agency.id() + "'s configuration names no identifierSystem, so it attaches no identifier"));
            if (value == null || value.isBlank() || value.trim().length() > MAX_IDENTIFIER) {
                throw new ItemRejected("the identifier to attach is empty or longer than " + MAX_IDENTIFIER
                        + " characters");
            }
            if (system == PersonService.IdentifierSystem.NHS && !cymru.cofnod.outcomes.api.NhsNumber.isValid(value)) {
                throw new ItemRejected("the NHS number to attach is not valid (ten digits with a correct check digit)");
            }
            attaching = matching.toAttach(personId, system, value) ? new Attachment(personId, system, value) : null;
        }

        @Override
        public String outcome(String personId, String reference) {
            if (reference == null || reference.isBlank()) {
                throw new ItemRejected("an outcome reference is empty");
            }
            if (personId.equals(wouldAddOutcomes.get(reference))) {
                return reference; // a dry run: the outcome this payload would add first
            }
            if (addingKeys.contains(reference)) {
                carryOutWaiting(); // the outcome it names is in this payload, queued before it
            }
            var earlier = quarantine.ingested(agency.id(), reference);
            if (earlier.isPresent()) {
                IngestedRow row = earlier.get();
                if (row.personId().equals(personId) && "outcome".equals(row.kind())) {
                    return row.itemId();
                }
                throw new ItemRejected(OUTCOME_NOT_REACHED);
            }
            try {
                return records.get(writer, personId, cymru.cofnod.outcomes.api.ItemKind.OUTCOME, reference).id();
            } catch (RecordNotFoundException e) {
                throw new ItemRejected(OUTCOME_NOT_REACHED);
            }
        }
    }

    private static <T extends cymru.cofnod.outcomes.api.RecordItem> RecordService.ToIngest<T> toIngest(
            RecordCommand.AddToRecord<T> add, String sourceKey) {
        return new RecordService.ToIngest<>(add.personId(), add.kind(), add.item(), sourceKey, add.performedBy());
    }

    /** The own id the n-th addition (from 0) of an item is stored under: the item's own, then {@code <id>#2}... */
    static String partKey(String sourceKey, int n) {
        return n == 0 ? sourceKey : sourceKey + "#" + (n + 1);
    }

    /** An agency's own identifier for a person, to attach when the item that names it is carried out. */
    private record Attachment(String personId, PersonService.IdentifierSystem system, String value) {
    }

    /** The lists of one answer, filled as the items go through. */
    private static final class Report {
        private final String agency;
        private final List<ItemResult> accepted = new java.util.ArrayList<>();
        private final List<ItemResult> duplicate = new java.util.ArrayList<>();
        private final List<ItemResult> quarantined = new java.util.ArrayList<>();

        Report(String agency) {
            this.agency = agency;
        }

        void add(IngestReport more) {
            accepted.addAll(more.accepted());
            duplicate.addAll(more.duplicate());
            quarantined.addAll(more.quarantined());
        }

        IngestReport done() {
            return new IngestReport(agency, accepted, duplicate, quarantined);
        }
    }
}
