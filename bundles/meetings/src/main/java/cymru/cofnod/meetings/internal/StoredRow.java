package cymru.cofnod.meetings.internal;

import java.time.LocalDateTime;

/** What the keyset lists need of a stored meeting or plan. */
interface StoredRow {

    String id();

    String personId();

    /** When the meeting or the plan's first version was recorded: the list order. */
    LocalDateTime createdAt();
}
