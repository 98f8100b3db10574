package cymru.cofnod.outcomes.internal;

import cymru.cofnod.consent.api.PersonDirectory;
import cymru.cofnod.core.api.RecordCategory;
import cymru.cofnod.core.api.StoredJson;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Person;
import cymru.cofnod.schema.api.MigratedSchema;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Tells consent and audit which person a login belongs to and whether a person exists. Kept apart from
 * the person service, which itself needs the audit: one component each way, no cycle.
 */
@Component(service = PersonDirectory.class,
        reference = @Reference(name = "schema", service = MigratedSchema.class, target = "(cofnod.schema=cofnod-outcomes)"))
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
    public Optional<String> accountOf(String personId) {
        return jpa.txExpr(TransactionType.Required, em -> ItemStore.findLive(em, JpaPersonService.KIND, personId)
                .map(row -> StoredJson.read(row.body(), Person.class).account()));
    }

    @Override
    public Set<String> namesOf(String personId) {
        Optional<Person> person = jpa.txExpr(TransactionType.Required, em -> ItemStore.findLive(em,
                JpaPersonService.KIND, personId).map(row -> StoredJson.read(row.body(), Person.class)));
        Set<String> words = new HashSet<>();
        person.ifPresent(p -> Stream.of(p.givenName(), p.familyName(), p.preferredName()).filter(Objects::nonNull)
                .forEach(name -> words.addAll(List.of(name.trim().split("[\\s-]+")))));
        words.remove("");
        return words;
    }

    @Override
    public List<OutcomeOf> outcomes(String personId, Collection<String> outcomeIds) {
        return jpa.txExpr(TransactionType.Required, em -> ItemStore.existing(em, personId, outcomeIds,
                        List.of(ItemKind.OUTCOME.name())).stream()
                .map(r -> new OutcomeOf(r.itemId(), r.agency(), RecordCategory.fromWireName(r.category())))
                .toList());
    }
}
