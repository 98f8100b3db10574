package cymru.cofnod.nof.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * An outcome's words, already shortened and with names taken out, kept for stories beside reports.
 * The person's id is here only so consent can be asked before a story is shown; it never leaves.
 */
@Entity
@Table(name = "NOF_STORY")
public class StoryRow {

    @Id
    @Column(name = "OUTCOME_ID", length = 36)
    private String outcomeId;

    @Column(name = "OUTCOME_VERSION", nullable = false)
    private long outcomeVersion;

    @Column(name = "PERSON_ID", length = 36, nullable = false)
    private String personId;

    @Column(name = "WORDS", length = 400, nullable = false)
    private String words;

    @Column(name = "LANGUAGE", length = 2, nullable = false)
    private String language;

    protected StoryRow() {
    }

    StoryRow(String outcomeId, String personId) {
        this.outcomeId = outcomeId;
        this.personId = personId;
    }

    /** Takes a newer version's words; an older one arriving late changes nothing. */
    void update(long version, String newWords, String newLanguage) {
        if (version >= outcomeVersion) {
            outcomeVersion = version;
            words = newWords;
            language = newLanguage;
        }
    }
}
