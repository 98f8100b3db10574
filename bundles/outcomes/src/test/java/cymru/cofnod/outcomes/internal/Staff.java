package cymru.cofnod.outcomes.internal;

import cymru.cofnod.consent.api.Workforce;
import cymru.cofnod.core.api.Role;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The users a test's realm holds, as the JAAS realm holds them in the container: the demo distribution's users
 * from the start, and whoever a test hires.
 */
public final class Staff implements Workforce {

    private final Map<String, Member> members = new ConcurrentHashMap<>();

    Staff() {
        hire("social-worker", Role.PRACTITIONER, "cardiff-council");
        members.put("physio", new Member("physio", Role.PRACTITIONER, "cardiff-vale-uhb", "Owain Price"));
        hire("home-carer", Role.PRACTITIONER, "gofal-da-homecare");
        hire("commissioner", Role.COMMISSIONER, "cardiff-council");
        hire("rhodri", Role.PERSON, null);
        hire("admin", Role.ADMINISTRATOR, null);
    }

    public Staff hire(String user, Role role, String agency) {
        members.put(user, new Member(user, role, agency, null));
        return this;
    }

    @Override
    public Optional<Member> member(String user) {
        return Optional.ofNullable(members.get(user));
    }

    @Override
    public boolean hasAgency(String agency) {
        return members.values().stream().anyMatch(m -> agency.equals(m.agency()));
    }
}
