package cymru.cofnod.shell.internal;

import cymru.cofnod.nof.api.Correction;
import cymru.cofnod.nof.api.NofCatalogue;
import cymru.cofnod.nof.api.NofEntry;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code cofnod:nof-correct <code> [--en text] [--cy text] [--note why]}: corrects one entry's wording or adds
 * its Welsh, making a new catalogue version; outcomes already tagged keep the wording they were tagged under.
 */
@Command(scope = "cofnod", name = "nof-correct", description = "Correct a NOF entry's wording or add its Welsh (a new catalogue version)")
@Service
public class NofCorrectCommand implements Action {

    @Reference
    private NofCatalogue catalogue;

    @Argument(index = 0, name = "code", description = "the entry's code, e.g. WB05.1", required = true)
    private String code;

    @Option(name = "--en", description = "the corrected English wording")
    private String textEn;

    @Option(name = "--cy", description = "the Welsh wording")
    private String textCy;

    @Option(name = "--note", description = "why the wording changed")
    private String note;

    @Override
    public Object execute() {
        NofEntry e = catalogue.correct(ShellUser.requester(), code, new Correction(textEn, textCy, note));
        System.out.println(e.code() + " is now worded as of catalogue version " + e.catalogueVersion());
        System.out.println("  en: " + e.textEn());
        System.out.println("  cy: " + (e.welshPending() ? "(pending)" : e.textCy()));
        return null;
    }
}
