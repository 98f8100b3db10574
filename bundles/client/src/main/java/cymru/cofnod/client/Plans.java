package cymru.cofnod.client;

import cymru.cofnod.core.api.Page;
import cymru.cofnod.meetings.api.Plan;
import cymru.cofnod.outcomes.api.Versioned;
import java.util.List;

/** {@code /plans}: the plans meetings make; a revision names the version it was made from ({@code If-Match}). */
public final class Plans {

    private final Calls calls;

    Plans(Calls calls) {
        this.calls = calls;
    }

    public Page<Plan> of(String personId, Cursor at) {
        return calls.get(Query.of("/plans").and("person", personId).page(at), Calls.pageOf(Plan.class));
    }

    public Plan read(String id) {
        return calls.get(path(id), Plan.class);
    }

    /** A new version of {@code plan}, made from {@code plan.version()}, the one the writer read. */
    public Plan revise(Plan plan) {
        return calls.put(path(plan.id()), plan, plan.version(), Plan.class);
    }

    /** Adds someone's view to the plan: a new version that carries it. */
    public Plan addView(String id, Plan.PlanView view) {
        return calls.post(path(id) + "/views", view, Plan.class);
    }

    public List<Versioned<Plan>> history(String id) {
        return calls.get(path(id) + "/history", Calls.listOf(Calls.type(Versioned.class, Plan.class)));
    }

    private static String path(String id) {
        return "/plans/" + Query.segment(id);
    }
}
