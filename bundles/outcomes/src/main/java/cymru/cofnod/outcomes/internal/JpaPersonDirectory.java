package cymru.cofnod.outcomes.internal;

import cymru.cofnod.consent.api.PersonDirectory;
import cymru.cofnod.core.api.RecordCategory;
import cymru.cofnod.outcomes.api.ItemKind;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Tells consent and audit which person a login belongs to and whether a person exists. Kept apart from
 * the person service, which itself needs the audit: one component each way, no cycle.
 */
@Component(service = PersonDirectory.class)
public class JpaPersonDirectory implements PersonDirectory {

    @Reference(target = "(osgi.unit.name=cofnod-outcomes)")
    private JpaTemplate jpa;

    public JpaPersonDirectory() {
        // for DS
    }

    JpaPersonDirectory(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public Optional<String> personOf(String account) {
        return jpa.txExpr(TransactionType.Required, em -> Optional.ofNullable(
                em.find(PersonIdentifier.class, new PersonIdentifier.Key(JpaPersonService.ACCOUNT, account)))
                .map(PersonIdentifier::personId));
    }

    @Override
    public boolean exists(String personId) {
        return jpa.txExpr(TransactionType.Required, em -> ItemStore.findLive(em, JpaPersonService.KIND, personId)
                .isPresent());
    }

    @Override
    public List<OutcomeOf> outcomes(String personId, Collection<String> outcomeIds) {
        return jpa.txExpr(TransactionType.Required, em -> ItemStore.existing(em, personId, outcomeIds,
                        List.of(ItemKind.OUTCOME.name())).stream()
                .map(r -> new OutcomeOf(r.itemId(), r.agency(), RecordCategory.fromWireName(r.category())))
                .toList());
    }
}
