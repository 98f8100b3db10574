package cymru.cofnod.adapter.testkit;

import static org.junit.Assert.assertEquals;

import cymru.cofnod.adapter.api.AdapterContext;
import cymru.cofnod.adapter.api.AgencyAdapter;
import cymru.cofnod.adapter.api.Inbound;
import cymru.cofnod.adapter.api.InboundItem;
import cymru.cofnod.adapter.api.RecordCommand;
import cymru.cofnod.adapter.api.RecordCommand.AddToRecord;
import cymru.cofnod.outcomes.api.Decision;
import cymru.cofnod.outcomes.api.Entry;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.PersonService.IdentifierSystem;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

/** The kit with an adapter whose items each add an assessment and the decision it recommends, together. */
public class AdapterTestKitTest {

    private static final String NHS = "9434765919";

    /** {@code own-id|nhs-number|assessment|outcome id|recommendation|why}, one item a line. */
    static final class AssessmentsAdapter implements AgencyAdapter {

        @Override
        public String kind() {
            return "assessments";
        }

        @Override
        public Set<String> mediaTypes() {
            return Set.of("text/plain");
        }

        @Override
        public List<InboundItem> split(Inbound inbound) {
            return Arrays.stream(inbound.text().split("\n"))
                    .map(line -> InboundItem.readable(line.split("\\|")[0], "assessment", line, line.split("\\|", -1)))
                    .toList();
        }

        @Override
        public RecordCommand translate(InboundItem item, AdapterContext context) {
            String[] f = (String[]) item.parsed();
            String personId = context.person(Map.of(IdentifierSystem.NHS, f[1]));
            List<String> outcomes = List.of(context.outcome(personId, f[3]));
            Instant at = Instant.parse("2026-10-01T10:00:00Z");
            return new RecordCommand.AddTogether(List.of(
                    new AddToRecord<>(personId, ItemKind.ENTRY, new Entry(null, null, null, at, null, "assessment",
                            outcomes, List.of(new Entry.Part("observation", f[2], null, null)), null, null, null)),
                    new AddToRecord<>(personId, ItemKind.DECISION,
                            new Decision(null, null, null, at, null, f[4], f[5], outcomes, List.of(), null))));
        }
    }

    @Test
    public void anItemThatAddsSeveralThingsLandsWholeOrWaitsWhole() {
        try (AdapterTestKit cofnod = AdapterTestKit.of(new AssessmentsAdapter()).agency("our-agency")) {
            String rhodri = cofnod.person("Rhodri").nhsNumber(NHS).register();
            String outcome = cofnod.outcome(rhodri, "I want to walk to the shop");
            Sent sent = cofnod.send("our-agency", "text/plain", String.join("\n",
                    "A-1|" + NHS + "|walks indoors unaided|" + outcome + "|a walking group|company gives confidence",
                    "A-2|" + NHS + "|tried the bus|" + outcome + "|a bus pass|"))
                    .accepted(1).quarantined(1).quarantinedBecause("A-2", "why");
            List<String> ids = sent.itemIds("A-1");
            assertEquals(List.of(cofnod.entries(rhodri).get(0).id(), cofnod.items(rhodri, ItemKind.DECISION).get(0).id()),
                    ids);
            assertEquals(1, cofnod.entries(rhodri).size());
            assertEquals(1, cofnod.items(rhodri, ItemKind.DECISION).size());

            cofnod.retry("our-agency", sent.quarantineId("A-2"), "text/plain",
                    "A-2|" + NHS + "|tried the bus|" + outcome + "|a bus pass|the stop is at his door").accepted(1);
            cofnod.send("our-agency", "text/plain",
                    "A-1|" + NHS + "|walks indoors unaided|" + outcome + "|a walking group|company gives confidence")
                    .duplicates(1);
            assertEquals(2, cofnod.entries(rhodri).size());
            assertEquals(2, cofnod.items(rhodri, ItemKind.DECISION).size());
        }
    }
}
