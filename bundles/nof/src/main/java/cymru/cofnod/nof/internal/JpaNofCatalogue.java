package cymru.cofnod.nof.internal;

import cymru.cofnod.core.api.RecordNotFoundException;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.core.api.Validation;
import cymru.cofnod.nof.api.CatalogueVersion;
import cymru.cofnod.nof.api.Correction;
import cymru.cofnod.nof.api.NofCatalogue;
import cymru.cofnod.nof.api.NofEntry;
import cymru.cofnod.nof.api.StatementFilter;
import cymru.cofnod.schema.api.MigratedSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalogue on the nof bundle's own tables. At first start it loads the shipped source file as
 * version 1; after that the tables are the truth and the file is never read again.
 */
@Component(service = NofCatalogue.class,
        reference = @Reference(name = "schema", service = MigratedSchema.class, target = "(cofnod.schema=cofnod-nof)"))
public class JpaNofCatalogue implements NofCatalogue {

    private static final Logger LOG = LoggerFactory.getLogger(JpaNofCatalogue.class);
    static final Set<String> GROUPS = Set.of("adults", "children", "carers");

    @Reference(target = "(osgi.unit.name=cofnod-nof)")
    private JpaTemplate jpa;

    public JpaNofCatalogue() {
    }

    JpaNofCatalogue(JpaTemplate jpa) {
        this.jpa = jpa;
        activate();
    }

    @Activate
    void activate() {
        jpa.tx(TransactionType.Required, em -> {
            if (latestVersion(em) == 0) {
                List<NofCsv.Line> lines;
                try (InputStream in = JpaNofCatalogue.class.getResourceAsStream(NofCsv.RESOURCE)) {
                    lines = NofCsv.read(in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                Map<String, String> domains = NofCsv.domains(lines);
                for (NofCsv.Line l : lines) {
                    em.persist(new CatalogueRow(l.code(), 1, l.position(), l.parent(), domains.get(l.code()),
                            l.kind(), l.appliesTo(), l.textEn(), null, l.toCheck(), l.source()));
                }
                em.persist(new CatalogueChange(1, Times.utc(Instant.now()), "cofnod", null,
                        "loaded " + lines.size() + " entries from nof-wales.csv"));
                LOG.info("NOF catalogue loaded: {} entries, version 1", lines.size());
            }
        });
    }

    @Override
    public long currentVersion() {
        return jpa.txExpr(TransactionType.Required, JpaNofCatalogue::latestVersion);
    }

    @Override
    public List<NofEntry> domains(String appliesTo, String language) {
        return at(null).values().stream()
                .filter(r -> NofEntry.DOMAIN.equals(r.kind()) && appliesTo(r, appliesTo))
                .map(r -> entry(r, language)).toList();
    }

    @Override
    public List<NofEntry> statements(StatementFilter f) {
        Validation v = new Validation().oneOf(f.appliesTo(), GROUPS, "appliesTo");
        v.orThrow();
        Map<String, CatalogueRow> catalogue = at(f.version());
        String words = f.text() == null ? null : f.text().toLowerCase(Locale.ROOT);
        return catalogue.values().stream()
                .filter(r -> NofEntry.STATEMENT.equals(r.kind()))
                .filter(r -> f.domain() == null || f.domain().equals(r.domain()) || f.domain().equals(r.parent()))
                .filter(r -> appliesTo(r, f.appliesTo()))
                .filter(r -> words == null || r.textEn().toLowerCase(Locale.ROOT).contains(words)
                        || (r.textCy() != null && r.textCy().toLowerCase(Locale.ROOT).contains(words)))
                .map(r -> entry(r, f.language())).toList();
    }

    @Override
    public NofEntry entry(String code, Long version, String language) {
        CatalogueRow row = at(version).get(code);
        if (row == null) {
            throw new RecordNotFoundException("NOF entry", code);
        }
        return entry(row, language);
    }

    @Override
    public NofEntry correct(Requester requester, String code, Correction c) {
        Access.require(requester, "correct the NOF catalogue", Role.ADMINISTRATOR);
        Validation v = new Validation()
                .require(c != null && (hasText(c.textEn()) || hasText(c.textCy())), "textEn",
                        "give the corrected English (textEn), the Welsh (textCy), or both")
                .maxLength(c == null ? null : c.textEn(), 1000, "textEn")
                .maxLength(c == null ? null : c.textCy(), 1000, "textCy")
                .maxLength(c == null ? null : c.note(), 1000, "note");
        v.orThrow();
        return jpa.txExpr(TransactionType.Required, em -> {
            CatalogueRow current = at(em, null).get(code);
            if (current == null) {
                throw new RecordNotFoundException("NOF entry", code);
            }
            long next = latestVersion(em) + 1;
            CatalogueRow reworded = current.reworded(next, hasText(c.textEn()) ? c.textEn().trim() : current.textEn(),
                    hasText(c.textCy()) ? c.textCy().trim() : current.textCy());
            em.persist(reworded);
            em.persist(new CatalogueChange(next, Times.utc(Instant.now()), requester.user(), code, c.note()));
            return entry(reworded, null);
        });
    }

    @Override
    public List<CatalogueVersion> versions() {
        return jpa.txExpr(TransactionType.Required, em -> em
                .createQuery("select c from CatalogueChange c order by c.version", CatalogueChange.class)
                .getResultList().stream()
                .map(c -> new CatalogueVersion(c.version(), Times.instant(c.changedAt()), c.changedBy(), c.code(),
                        c.note()))
                .toList());
    }

    private Map<String, CatalogueRow> at(Long version) {
        return jpa.txExpr(TransactionType.Required, em -> at(em, version));
    }

    /** The catalogue as it stood at a version, in the source file's order: per code, its latest row. */
    private static Map<String, CatalogueRow> at(EntityManager em, Long version) {
        long upTo = version == null ? Long.MAX_VALUE : version;
        Map<String, CatalogueRow> latest = new LinkedHashMap<>();
        em.createQuery("select r from CatalogueRow r where r.catalogueVersion <= :v order by r.position, "
                        + "r.catalogueVersion", CatalogueRow.class)
                .setParameter("v", upTo).getResultList()
                .forEach(r -> latest.put(r.code(), r));
        if (latest.isEmpty()) {
            throw new RecordNotFoundException("NOF catalogue version", String.valueOf(version));
        }
        return latest;
    }

    private static long latestVersion(EntityManager em) {
        Long max = em.createQuery("select max(c.version) from CatalogueChange c", Long.class).getSingleResult();
        return max == null ? 0 : max;
    }

    private static boolean appliesTo(CatalogueRow r, String group) {
        return group == null || "all".equals(r.appliesTo()) || group.equals(r.appliesTo());
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    static NofEntry entry(CatalogueRow r, String language) {
        return new NofEntry(r.code(), r.parent(), r.domain(), r.kind(), r.appliesTo(),
                Wording.text(r.textEn(), r.textCy(), language), r.textEn(), r.textCy(), Wording.welshPending(r.textCy()),
                r.toCheck(), r.source(), r.catalogueVersion());
    }
}
