package cymru.cofnod.coach.internal;

import cymru.cofnod.coach.api.Advice;
import cymru.cofnod.coach.api.AdviceKind;
import cymru.cofnod.coach.api.Field;
import cymru.cofnod.coach.api.KindExplanation;
import cymru.cofnod.coach.api.RecordingCoach;
import cymru.cofnod.coach.api.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The recording coach: reads a text in its language, runs every rule that applies to its field, and
 * answers each rule's advice in Welsh and English. The word lists and models are read once; activation
 * also coaches a few texts in each language, so that the first writer does not wait for the JIT.
 */
@Component(service = RecordingCoach.class, immediate = true)
public class Coach implements RecordingCoach {

    private static final List<Rule> RULES = List.of(new OrganisationalGoal(), new ProfessionalGoal(),
            new OpinionAsFact(), new MissingWhy(), new NoLearning(), new ServiceNotOutcome(), new Generic(),
            new Detached());

    private final Map<String, Lexicon> lexicons;
    private final Map<String, Analyser> analysers;
    private final Messages messages = new Messages();

    public Coach() {
        Lexicon welsh = new Lexicon("cy");
        Lexicon english = new Lexicon("en");
        lexicons = Map.of("cy", welsh, "en", english);
        analysers = Map.of("cy", new WelshAnalyser(new Mutations(Lexicon.lines("cy", "mutations")),
                welsh.get(WordList.STOPWORDS)), "en", new EnglishAnalyser());
    }

    @Activate
    void warm() {
        for (int i = 0; i < 50; i++) {
            for (Field field : Field.values()) {
                advise("Referral to the falls clinic made as per care plan; he is non-compliant.", field, "en");
                advise("Mae angen iddo gydymffurfio â'r cynllun gofal; dim newid.", field, "cy");
            }
        }
    }

    @Override
    public List<Advice> advise(String text, Field field, String language) {
        if (text == null || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("The coach reads a text of up to " + MAX_LENGTH + " characters");
        }
        if (field == null) {
            throw new IllegalArgumentException("The coach needs to know which field the text is for");
        }
        if (language != null && !lexicons.containsKey(language)) {
            throw new IllegalArgumentException("The coach reads Welsh (cy) and English (en)");
        }
        String lang = language == null ? Languages.guess(text, lexicons) : language;
        Statement s = new Statement(text, field, analysers.get(lang).tokens(text), lexicons.get(lang));
        if (s.allQuoted()) {
            return List.of();
        }
        List<Advice> advice = new ArrayList<>();
        for (Rule rule : RULES) {
            if (rule.appliesTo(field) && (!rule.fallback() || advice.isEmpty())) {
                rule.check(s).ifPresent(span -> advice.add(advice(rule.kind(), span, s)));
            }
        }
        return advice;
    }

    private Advice advice(AdviceKind kind, Span span, Statement s) {
        String words = s.text(span);
        return new Advice(kind, kind.principle(), messages.text(kind, "message", words),
                messages.text(kind, "question", words), span);
    }

    @Override
    public List<KindExplanation> kinds() {
        return Arrays.stream(AdviceKind.values())
                .map(k -> new KindExplanation(k, k.principle(), messages.text(k, "explanation", "")))
                .toList();
    }
}
