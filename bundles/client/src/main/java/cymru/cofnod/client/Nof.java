package cymru.cofnod.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import cymru.cofnod.nof.api.NofEntry;
import cymru.cofnod.nof.api.NofMapping;
import cymru.cofnod.nof.api.PersonalisedStatement;
import cymru.cofnod.nof.api.Report;
import cymru.cofnod.nof.api.ReportQuery;
import cymru.cofnod.nof.api.ShownCount;
import cymru.cofnod.nof.api.Suggestion;
import java.util.List;
import java.util.Map;

/**
 * The National Outcomes Framework: its catalogue, an outcome's tags (beside the person's words, never
 * replacing them), commissioners' personalised statements and the de-identified reports.
 */
public final class Nof {

    /** A report's counts are numbers, or the text {@code <5} where a small count is suppressed. */
    private static final ObjectMapper REPORTS = Json.MAPPER.copy().registerModule(new SimpleModule("cofnod-report")
            .addDeserializer(ShownCount.class, Json.fromTree(ShownCount.class,
                    count -> count.isNumber() ? new ShownCount(count.asLong(), false) : new ShownCount(0, true))));

    private final Calls calls;

    Nof(Calls calls) {
        this.calls = calls;
    }

    public List<NofEntry> domains() {
        return calls.get("/nof/domains", Calls.listOf(NofEntry.class));
    }

    /** The national well-being statements of one domain, or of all when {@code domain} is null. */
    public List<NofEntry> statements(String domain) {
        return calls.get(Query.of("/nof/statements").and("domain", domain), Calls.listOf(NofEntry.class));
    }

    public NofEntry entry(String code) {
        return calls.get("/nof/catalogue/" + Query.segment(code), NofEntry.class);
    }

    public List<NofMapping> tags(String personId, String outcomeId) {
        return calls.get(tagsPath(personId, outcomeId), Calls.listOf(NofMapping.class));
    }

    public List<NofMapping> tag(String personId, String outcomeId, List<String> codes) {
        return calls.post(tagsPath(personId, outcomeId), Map.of("codes", codes), Calls.listOf(NofMapping.class));
    }

    public void untag(String personId, String outcomeId, String code) {
        calls.delete(tagsPath(personId, outcomeId) + "/" + Query.segment(code));
    }

    public List<Suggestion> suggestions(String personId, String outcomeId) {
        return calls.get(tagsPath(personId, outcomeId) + "/suggestions", Calls.listOf(Suggestion.class));
    }

    public List<PersonalisedStatement> personalisedStatements() {
        return calls.get("/commissioning/statements", Calls.listOf(PersonalisedStatement.class));
    }

    public PersonalisedStatement addPersonalisedStatement(PersonalisedStatement statement) {
        return calls.post("/commissioning/statements", statement, PersonalisedStatement.class);
    }

    /** A de-identified report by NOF domain (the client's purpose of use is {@code commissioning}). */
    public Report report(ReportQuery q) {
        JsonNode report = calls.get(Query.of("/reports/by-domain").and("cut", q.cut()).and("by", q.by())
                .and("period", q.period()).and("from", q.from()).and("to", q.to()).and("agency", q.agency())
                .and("type", q.type()).and("reviewResult", q.reviewResult()).and("lang", q.language()), JsonNode.class);
        return REPORTS.convertValue(report, Report.class);
    }

    private static String tagsPath(String personId, String outcomeId) {
        return People.path(personId) + "/outcomes/" + Query.segment(outcomeId) + "/nof";
    }
}
