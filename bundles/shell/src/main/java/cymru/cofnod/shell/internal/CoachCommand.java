package cymru.cofnod.shell.internal;

import cymru.cofnod.coach.api.Advice;
import cymru.cofnod.coach.api.Field;
import cymru.cofnod.coach.api.RecordingCoach;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code cofnod:coach}: the recording coach's advice on a text, as the API and the pages give it. */
@Command(scope = "cofnod", name = "coach", description = "The recording coach's advice on a text")
@Service
public class CoachCommand implements Action {

    @Reference
    private RecordingCoach coach;

    @Argument(index = 0, name = "text", required = true, description = "the text, in quotation marks")
    private String text;

    @Option(name = "--field", description = "outcome (the default), entry, decision, review or perspective")
    private String field = Field.OUTCOME.wireName();

    @Option(name = "--lang", description = "cy or en; told from the words when not given")
    private String lang;

    @Override
    public Object execute() {
        Field written = Field.byWireName(field).orElseThrow(() -> new IllegalArgumentException("--field must be one of "
                + Arrays.stream(Field.values()).map(Field::wireName).collect(Collectors.joining(", "))));
        if (text.length() > RecordingCoach.MAX_LENGTH) {
            throw new IllegalArgumentException("the coach reads up to " + RecordingCoach.MAX_LENGTH + " characters");
        }
        if (lang != null && !List.of("cy", "en").contains(lang)) {
            throw new IllegalArgumentException("--lang must be cy or en");
        }
        List<Advice> advice = coach.advise(text, written, lang);
        if (advice.isEmpty()) {
            System.out.println("cy".equals(lang) ? "Dim cyngor." : "No advice.");
        }
        for (Advice a : advice) {
            System.out.printf("%s (principle %d) at %d-%d: %s%n  %s%n  %s%n", a.kind().wireName(), a.principle(),
                    a.span().start(), a.span().end(), text.substring(a.span().start(), a.span().end()),
                    a.message().in(lang), a.question().in(lang));
        }
        return null;
    }
}
