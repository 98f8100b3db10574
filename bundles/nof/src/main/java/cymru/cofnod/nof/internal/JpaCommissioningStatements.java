package cymru.cofnod.nof.internal;

import cymru.cofnod.core.api.AccessDeniedException;
import cymru.cofnod.core.api.RecordNotFoundException;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.core.api.StaleVersionException;
import cymru.cofnod.core.api.Validation;
import cymru.cofnod.nof.api.CommissioningStatements;
import cymru.cofnod.nof.api.NofCatalogue;
import cymru.cofnod.nof.api.NofEntry;
import cymru.cofnod.nof.api.PersonalisedStatement;
import cymru.cofnod.nof.api.StatementFilter;
import cymru.cofnod.schema.api.MigratedSchema;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Personalised statements on the nof bundle's own tables, versioned like everything else in Cofnod. */
@Component(service = CommissioningStatements.class,
        reference = @Reference(name = "schema", service = MigratedSchema.class, target = "(cofnod.schema=cofnod-nof)"))
public class JpaCommissioningStatements implements CommissioningStatements {

    @Reference(target = "(osgi.unit.name=cofnod-nof)")
    private JpaTemplate jpa;

    @Reference
    private NofCatalogue catalogue;

    public JpaCommissioningStatements() {
    }

    JpaCommissioningStatements(JpaTemplate jpa, NofCatalogue catalogue) {
        this.jpa = jpa;
        this.catalogue = catalogue;
    }

    @Override
    public PersonalisedStatement create(Requester requester, PersonalisedStatement s) {
        Access.require(requester, "write personalised statements", Role.COMMISSIONER, Role.ADMINISTRATOR);
        Set<String> codes = validCodes(s);
        String id = UUID.randomUUID().toString();
        return jpa.txExpr(TransactionType.Required, em -> write(em, requester, id, 1, s, codes));
    }

    @Override
    public PersonalisedStatement revise(Requester requester, String id, long expectedVersion, PersonalisedStatement s) {
        Access.require(requester, "write personalised statements", Role.COMMISSIONER, Role.ADMINISTRATOR);
        Set<String> codes = validCodes(s);
        return jpa.txExpr(TransactionType.Required, em -> {
            PersonalisedRow current = current(em, id);
            if (requester.role() == Role.COMMISSIONER && !String.valueOf(current.agency()).equals(requester.agency())) {
                throw new AccessDeniedException(
                        "Only a commissioner of " + current.agency() + " may change this statement");
            }
            if (current.version() != expectedVersion) {
                throw new StaleVersionException(id, expectedVersion, current.version());
            }
            current.supersede();
            em.createQuery("delete from PersonalisedCode c where c.statementId = :id").setParameter("id", id)
                    .executeUpdate();
            em.flush();
            return write(em, requester, id, current.version() + 1, s, codes);
        });
    }

    @Override
    public PersonalisedStatement get(String id, String language) {
        return jpa.txExpr(TransactionType.Required, em -> statement(current(em, id), language));
    }

    @Override
    public List<PersonalisedStatement> list(String language) {
        return jpa.txExpr(TransactionType.Required, em -> em
                .createQuery("select p from PersonalisedRow p where p.state = :s order by p.recordedAt, p.id",
                        PersonalisedRow.class)
                .setParameter("s", PersonalisedRow.LIVE).getResultList().stream()
                .map(p -> statement(p, language)).toList());
    }

    @Override
    public List<PersonalisedStatement> history(String id, String language) {
        List<PersonalisedStatement> versions = jpa.txExpr(TransactionType.Required, em -> em
                .createQuery("select p from PersonalisedRow p where p.id = :id order by p.version", PersonalisedRow.class)
                .setParameter("id", id).getResultList().stream().map(p -> statement(p, language)).toList());
        if (versions.isEmpty()) {
            throw new RecordNotFoundException("personalised statement", id);
        }
        return versions;
    }

    private PersonalisedStatement write(EntityManager em, Requester requester, String id, long version,
                                        PersonalisedStatement s, Set<String> codes) {
        PersonalisedRow row = new PersonalisedRow(id, version, requester.agency(), s.textEn().trim(),
                blankToNull(s.textCy()), String.join(",", codes), requester.user(), Times.utc(Instant.now()));
        em.persist(row);
        codes.forEach(c -> em.persist(new PersonalisedCode(id, c)));
        // the statement now gathers other codes: its cells are counted again, with the change
        Counts.recount(em, id);
        return statement(row, null);
    }

    /** Every code must be a domain, sub-domain or statement of the current catalogue. */
    private Set<String> validCodes(PersonalisedStatement s) {
        Validation v = new Validation();
        v.require(s != null, "body", "is required").orThrow();
        v.requireText(s.textEn(), "textEn").maxLength(s.textEn(), 1000, "textEn").maxLength(s.textCy(), 1000, "textCy")
                .require(!s.codes().isEmpty(), "codes", "link at least one NOF code");
        Set<String> known = catalogue.statements(StatementFilter.all()).stream()
                .map(NofEntry::code).collect(Collectors.toSet());
        catalogue.domains(null, null).forEach(d -> known.add(d.code()));
        Set<String> codes = new LinkedHashSet<>(s.codes());
        codes.forEach(c -> v.require(known.contains(c), "codes", "'" + c + "' is not a NOF code"));
        v.orThrow();
        return codes;
    }

    private static PersonalisedRow current(EntityManager em, String id) {
        return em.createQuery("select p from PersonalisedRow p where p.id = :id and p.state = :s", PersonalisedRow.class)
                .setParameter("id", id).setParameter("s", PersonalisedRow.LIVE).getResultList().stream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException("personalised statement", id));
    }

    static PersonalisedStatement statement(PersonalisedRow p, String language) {
        return new PersonalisedStatement(p.id(), p.version(), p.agency(), p.textEn(), p.textCy(),
                Wording.text(p.textEn(), p.textCy(), language), Wording.welshPending(p.textCy()),
                List.of(p.codes().split(",")), p.recordedBy(), Times.instant(p.recordedAt()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
