package cymru.cofnod.nof.api;

import cymru.cofnod.core.api.Requester;
import java.util.List;

/**
 * The National Outcomes Framework catalogue, versioned: every correction makes a new catalogue version
 * and keeps the wording before it, so an outcome mapped under an older version still reads as it was.
 * Anyone signed in may read it; only an administrator may change it.
 */
public interface NofCatalogue {

    long currentVersion();

    /** Domains and sub-domains, for everyone or for one group ({@code adults}, {@code children}, {@code carers}). */
    List<NofEntry> domains(String appliesTo, String language);

    List<NofEntry> statements(StatementFilter filter);

    /**
     * One entry as worded at a catalogue version (null: the current one).
     *
     * @throws cymru.cofnod.core.api.RecordNotFoundException when there is no such code
     */
    NofEntry entry(String code, Long version, String language);

    /**
     * Corrects the wording or adds Welsh text to one entry: a new catalogue version.
     *
     * @throws cymru.cofnod.core.api.AccessDeniedException unless the requester is an administrator
     */
    NofEntry correct(Requester requester, String code, Correction correction);

    /** Every catalogue version, oldest first. */
    List<CatalogueVersion> versions();
}
