package cymru.cofnod.demo.internal;

import cymru.cofnod.core.api.Purpose;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.outcomes.api.Person;
import cymru.cofnod.outcomes.api.PersonService;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the guidance's scenarios at first start, through the same services everyone uses, each item
 * written by the demo user and agency who would have written it. Loading is skipped once Rhodri's
 * account exists, so a restart never duplicates anything.
 */
@Component(immediate = true)
public class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    static final Requester SOCIAL_WORKER =
            new Requester("social-worker", "cardiff-council", Role.PRACTITIONER, Purpose.DIRECT_CARE);

    @Reference
    private PersonService people;

    @Activate
    void activate() {
        if (people.findByAccount("rhodri").isPresent()) {
            LOG.info("Cofnod demo data is already loaded");
            return;
        }
        loadRhodri();
        LOG.info("Cofnod demo data loaded");
    }

    /** Scenario 1: Rhodri, 17, one outcome, a social worker and a physio. */
    private void loadRhodri() {
        people.create(SOCIAL_WORKER, new Person(null, null, "Rhodri", "Evans", null,
                LocalDate.now().minusYears(17).minusMonths(3), "en",
                new Person.ActiveOffer(true, OffsetDateTime.now().minusWeeks(8), "social-worker"),
                "Prefers to talk face to face; tires quickly, so short conversations",
                new Person.Identifiers("CC-100231", "9434765919", null), "rhodri", null));
    }
}
