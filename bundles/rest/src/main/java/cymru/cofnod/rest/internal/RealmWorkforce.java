package cymru.cofnod.rest.internal;

import cymru.cofnod.consent.api.Workforce;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.apache.karaf.jaas.modules.BackingEngineService;

/**
 * The users of the JAAS realm that authenticates Cofnod's requests, as consent asks for them to check a
 * directive's grantee: read through the realm's own backing engine, so that a user added to the realm is known at
 * once and nothing is copied.
 */
public class RealmWorkforce implements Workforce {

    private final String realm;
    private final List<JaasRealm> realms;
    private final List<BackingEngineFactory> factories;

    /** The lists are Blueprint's live reference lists: realms and engines come and go with their bundles. */
    public RealmWorkforce(String realm, List<JaasRealm> realms, List<BackingEngineFactory> factories) {
        this.realm = realm;
        this.realms = realms;
        this.factories = factories;
    }

    @Override
    public Optional<Member> member(String user) {
        return engine().flatMap(engine -> Optional.ofNullable(engine.lookupUser(user)).map(u -> member(engine, u)));
    }

    @Override
    public boolean hasAgency(String agency) {
        return engine().map(engine -> engine.listUsers().stream().map(u -> member(engine, u))
                .anyMatch(m -> agency.equals(m.agency()))).orElse(false);
    }

    private static Member member(BackingEngine engine, UserPrincipal user) {
        Identity identity = Identity.fromRoles(user.getName(), engine.listRoles(user));
        return new Member(identity.user(), identity.role(), identity.agency());
    }

    /** The backing engine of the highest-ranked realm of this name. */
    private Optional<BackingEngine> engine() {
        BackingEngineService engines = new BackingEngineService();
        engines.setEngineFactories(List.copyOf(factories));
        return List.copyOf(realms).stream().filter(r -> realm.equals(r.getName()))
                .max(Comparator.comparingInt(JaasRealm::getRank))
                .stream().flatMap(r -> Stream.of(r.getEntries())).map(engines::get).filter(Objects::nonNull)
                .findFirst();
    }
}
