package cymru.cofnod.core.api;

import java.util.Optional;

/**
 * The consent category an agency's own notes fall in, as its configuration says: an NHS health board's clinical
 * notes are {@link RecordCategory#HEALTH}, so a directive for "entries" alone does not share them.
 */
@FunctionalInterface
public interface AgencyCategories {

    /** The category the agency's entries fall in, when its configuration sets one. */
    Optional<RecordCategory> entriesOf(String agency);
}
