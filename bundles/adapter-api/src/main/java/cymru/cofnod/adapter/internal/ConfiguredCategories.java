package cymru.cofnod.adapter.internal;

import cymru.cofnod.core.api.AgencyCategories;
import cymru.cofnod.core.api.RecordCategory;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The categories agencies' configurations set for their entries, for the record to file them under. */
@Component(service = AgencyCategories.class)
public class ConfiguredCategories implements AgencyCategories {

    private final Map<String, AgencyRegistration> agencies = new ConcurrentHashMap<>();

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
}
