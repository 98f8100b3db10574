package cymru.cofnod.client;

import cymru.cofnod.core.api.Page;
import cymru.cofnod.meetings.api.Meeting;

/** {@code /meetings}: tripartite meetings and reviews, each party's view side by side. */
public final class Meetings {

    private final Calls calls;

    Meetings(Calls calls) {
        this.calls = calls;
    }

    /** Records a meeting; a planning meeting makes a plan, a review makes its next version. */
    public Meeting record(Meeting meeting) {
        return calls.post("/meetings", meeting, Meeting.class);
    }

    public Page<Meeting> of(String personId, Cursor at) {
        return calls.get(Query.of("/meetings").and("person", personId).page(at), Calls.pageOf(Meeting.class));
    }

    public Meeting read(String id) {
        return calls.get("/meetings/" + Query.segment(id), Meeting.class);
    }
}
