package cymru.cofnod.nof.internal;

import cymru.cofnod.consent.api.AuditTrail;
import cymru.cofnod.core.api.RecordNotFoundException;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.core.api.Validation;
import cymru.cofnod.nof.api.NofCatalogue;
import cymru.cofnod.nof.api.NofEntry;
import cymru.cofnod.nof.api.NofMapping;
import cymru.cofnod.nof.api.NofMappings;
import cymru.cofnod.nof.api.StatementFilter;
import cymru.cofnod.nof.api.Suggestion;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Outcome;
import cymru.cofnod.outcomes.api.RecordService;
import cymru.cofnod.schema.api.MigratedSchema;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Tags on the nof bundle's own table. The outcome is always read first through the record service, as
 * the requester, so consent and the outcome's existence are checked by the one place that knows them.
 * Tagging and untagging are noted in the audit, so the person's access log says who tagged their outcomes, and
 * move the report counts in the same transaction.
 */
@Component(service = NofMappings.class,
        reference = @Reference(name = "schema", service = MigratedSchema.class, target = "(cofnod.schema=cofnod-nof)"))
public class JpaNofMappings implements NofMappings {

    @Reference(target = "(osgi.unit.name=cofnod-nof)")
    private JpaTemplate jpa;

    @Reference
    private NofCatalogue catalogue;

    @Reference
    private RecordService records;

    @Reference
    private AuditTrail audit;

    private final SuggestionMatcher matcher = SuggestionMatcher.fromResource();

    public JpaNofMappings() {
    }

    JpaNofMappings(JpaTemplate jpa, NofCatalogue catalogue, RecordService records, AuditTrail audit) {
        this.jpa = jpa;
        this.catalogue = catalogue;
        this.records = records;
        this.audit = audit;
    }

    @Override
    public List<Suggestion> suggest(Requester requester, String personId, String outcomeId) {
        Outcome outcome = outcome(requester, personId, outcomeId);
        return matcher.suggest(outcome.ownWords(), catalogue.statements(
                new StatementFilter(null, null, null, null, outcome.language())));
    }

    @Override
    public List<NofMapping> map(Requester requester, String personId, String outcomeId, List<String> codes) {
        Access.require(requester, "tag an outcome with NOF statements", Role.PRACTITIONER);
        Validation v = new Validation().require(codes != null && !codes.isEmpty(), "codes",
                "name at least one NOF statement code");
        v.orThrow();
        long version = catalogue.currentVersion();
        Map<String, NofEntry> statements = catalogue.statements(new StatementFilter(null, null, null, version, null))
                .stream().collect(Collectors.toMap(NofEntry::code, s -> s));
        Set<String> wanted = new LinkedHashSet<>(codes);
        wanted.forEach(c -> v.require(statements.containsKey(c), "codes",
                "'" + c + "' is not a NOF statement code (domains cannot be tagged, only their statements)"));
        v.orThrow();
        outcome(requester, personId, outcomeId);
        jpa.tx(TransactionType.Required, em -> Counts.around(em, PersonKeys.of(em).key(personId), () -> {
            Set<String> tagged = live(em, outcomeId).stream().map(MappingRow::code).collect(Collectors.toSet());
            List<String> fresh = wanted.stream().filter(code -> !tagged.contains(code)).toList();
            for (String code : fresh) {
                NofEntry s = statements.get(code);
                em.persist(new MappingRow(UUID.randomUUID().toString(), outcomeId, code, s.parent(), s.domain(),
                        version, requester.user(), requester.agency(), Times.utc(Instant.now())));
            }
            if (!fresh.isEmpty()) {
                recorded(em, requester, personId, "tagged outcome " + outcomeId + " with NOF " + String.join(", ", fresh));
            }
        }));
        return mappings(requester, personId, outcomeId, null);
    }

    @Override
    public void unmap(Requester requester, String personId, String outcomeId, String code) {
        Access.require(requester, "remove a NOF tag", Role.PRACTITIONER);
        outcome(requester, personId, outcomeId);
        jpa.tx(TransactionType.Required, em -> Counts.around(em, PersonKeys.of(em).key(personId), () -> {
            MappingRow row = live(em, outcomeId).stream().filter(m -> m.code().equals(code)).findFirst()
                    .orElseThrow(() -> new RecordNotFoundException("NOF tag on this outcome", code));
            row.remove(requester.user(), Times.utc(Instant.now()));
            recorded(em, requester, personId, "removed NOF tag " + code + " from outcome " + outcomeId);
        }));
    }

    /** A tagging's audit event, in its own transaction: they commit together or not at all. */
    private void recorded(EntityManager em, Requester requester, String personId, String what) {
        audit.recorded(em, requester, List.of(new AuditTrail.Change(personId, what, false, List.of())));
    }

    @Override
    public List<NofMapping> mappings(Requester requester, String personId, String outcomeId, String language) {
        outcome(requester, personId, outcomeId);
        List<MappingRow> rows = jpa.txExpr(TransactionType.Required, em -> live(em, outcomeId));
        return rows.stream().map(m -> new NofMapping(m.outcomeId(), m.code(), m.catalogueVersion(),
                        catalogue.entry(m.code(), m.catalogueVersion(), language), m.mappedBy(), m.agency(),
                        Times.instant(m.mappedAt())))
                .toList();
    }

    /** The outcome as the requester may see it: not found when it does not exist or consent withholds it. */
    private Outcome outcome(Requester requester, String personId, String outcomeId) {
        Access.require(requester, "read a person's outcomes", Role.PRACTITIONER, Role.PERSON, Role.ADMINISTRATOR);
        return records.get(requester, personId, ItemKind.OUTCOME, outcomeId);
    }

    private static List<MappingRow> live(EntityManager em, String outcomeId) {
        return em.createQuery("select m from MappingRow m where m.outcomeId = :o and m.state = :s order by m.mappedAt, m.code",
                        MappingRow.class)
                .setParameter("o", outcomeId).setParameter("s", MappingRow.LIVE).getResultList();
    }
}
