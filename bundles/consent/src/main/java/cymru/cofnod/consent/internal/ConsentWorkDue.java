package cymru.cofnod.consent.internal;

import cymru.cofnod.consent.api.AuditTrail;
import cymru.cofnod.consent.api.BreakGlass;
import cymru.cofnod.consent.api.ConsentDirective;
import cymru.cofnod.core.api.AccessDeniedException;
import cymru.cofnod.core.api.DueItem;
import cymru.cofnod.core.api.DueWork;
import cymru.cofnod.core.api.Purpose;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.schema.api.MigratedSchema;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Access ending soon: the directives that grant the practitioner (their agency, role or login) and expire within
 * the window, and the practitioner's own break-glass still running, each to renew or to finish the work under.
 */
@Component(service = DueWork.class,
        reference = @Reference(name = "schema", service = MigratedSchema.class, target = "(cofnod.schema=cofnod-consent)"))
public class ConsentWorkDue implements DueWork {

    private final JpaTemplate jpa;
    private final AuditTrail audit;
    private final Clock clock;

    @Activate
    public ConsentWorkDue(@Reference(target = "(osgi.unit.name=cofnod-consent)") JpaTemplate jpa,
                          @Reference AuditTrail audit) {
        this(jpa, audit, Clock.systemUTC());
    }

    /** Outside a container, on a clock the caller controls. */
    public ConsentWorkDue(JpaTemplate jpa, AuditTrail audit, Clock clock) {
        this.jpa = jpa;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<DueItem> due(Requester requester, Instant until) {
        if (requester.role() != Role.PRACTITIONER || requester.agency() == null
                || requester.purpose() == Purpose.COMMISSIONING) {
            audit.note(requester, null, "refused: only practitioners have consent and break-glass falling due", false);
            throw new AccessDeniedException("Only practitioners have work falling due in people's records");
        }
        Instant now = clock.instant();
        List<DueItem> due = new ArrayList<>();
        jpa.tx(TransactionType.Required, em -> {
            for (ConsentDirective d : JpaConsentService.granting(em, requester, now)) {
                if (d.validUntil() != null && !d.validUntil().isAfter(until)) {
                    due.add(new DueItem(DueItem.CONSENT_ENDING, null, d.validUntil(), d.personId(), null, null,
                            d.recordedByAgency(), "/consents/" + d.id()));
                }
            }
            em.createQuery("select b from BreakGlassRow b where b.user = :u and b.expiresAt > :now",
                            BreakGlassRow.class)
                    .setParameter("u", requester.user()).setParameter("now", LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                    .getResultList().stream()
                    .filter(b -> b.agency().equals(requester.agency()) && b.activeAt(now))
                    .map(b -> b.toBreakGlass(now)).filter(b -> !b.expiresAt().isAfter(until))
                    .forEach(b -> due.add(ending(b)));
        });
        due.sort(Comparator.comparing(DueItem::when));
        List<DueItem> shown = List.copyOf(due.size() > MAX_ITEMS ? due.subList(0, MAX_ITEMS) : due);
        audit.note(requester, null, "listed " + shown.size() + " consent(s) and break-glass ending by " + until, false);
        return shown;
    }

    private static DueItem ending(BreakGlass b) {
        return new DueItem(DueItem.BREAK_GLASS_ENDING, null, b.expiresAt(), b.personId(), null, b.user(), b.agency(),
                "/people/" + b.personId() + "/break-glass");
    }
}
