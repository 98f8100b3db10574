package cymru.cofnod.rest.internal;

import cymru.cofnod.consent.api.Workforce;
import cymru.cofnod.rest.api.Identity;
import java.security.Principal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.apache.karaf.jaas.modules.BackingEngineService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The users of the JAAS realm that authenticates Cofnod's requests (declared in this bundle's blueprint), as
 * consent asks for them to check a directive's grantee: read through the realm's own backing engine, so that a
 * user added to the realm is known at once and nothing is copied. A DS component bound to the realm itself, so the
 * service appears only once the realm is there (the demo data waits for it). The realm is chosen by
 * {@code realm.target} in configuration PID {@code cymru.cofnod.rest}. A user's name is the realm's
 * {@code name:<name>} entry, beside {@code role:} and {@code agency:}.
 */
@Component(service = Workforce.class, configurationPid = "cymru.cofnod.rest")
public class RealmWorkforce implements Workforce {

    /** The realm entry that names a user as people see them: {@code name:Sara Jones}, beside role: and agency:. */
    static final String NAME_PREFIX = "name:";

    @Reference(target = "(org.apache.karaf.jaas.module=cofnod)")
    private JaasRealm realm;

    private final List<BackingEngineFactory> factories = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addFactory(BackingEngineFactory factory) {
        factories.add(factory);
    }

    void removeFactory(BackingEngineFactory factory) {
        factories.remove(factory);
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
        List<? extends Principal> roles = engine.listRoles(user);
        Identity identity = Identity.fromRoles(user.getName(), roles);
        String name = roles.stream().map(Principal::getName).filter(r -> r.startsWith(NAME_PREFIX))
                .map(r -> r.substring(NAME_PREFIX.length()).trim()).filter(n -> !n.isEmpty()).findFirst().orElse(null);
        return new Member(identity.user(), identity.role(), identity.agency(), name);
    }

    /** The realm's backing engine, built by Karaf's own lookup over the engine factories there are now. */
    private Optional<BackingEngine> engine() {
        BackingEngineService engines = new BackingEngineService();
        engines.setEngineFactories(List.copyOf(factories));
        return Stream.of(realm.getEntries()).map(engines::get).filter(Objects::nonNull).findFirst();
    }
}
