package cymru.cofnod.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cymru.cofnod.adapter.internal.AgenciesResource;
import cymru.cofnod.adapter.internal.QuarantineResource;
import cymru.cofnod.coach.internal.CoachResource;
import cymru.cofnod.consent.internal.AuditResource;
import cymru.cofnod.consent.internal.BreakGlassResource;
import cymru.cofnod.consent.internal.ConsentsResource;
import cymru.cofnod.consent.internal.PersonConsentsResource;
import cymru.cofnod.consent.internal.SafeguardingResource;
import cymru.cofnod.meetings.internal.MeetingsResource;
import cymru.cofnod.meetings.internal.PlansResource;
import cymru.cofnod.nof.internal.CommissioningResource;
import cymru.cofnod.nof.internal.NofResource;
import cymru.cofnod.nof.internal.OutcomeNofResource;
import cymru.cofnod.nof.internal.ReportsResource;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.internal.PeopleResource;
import cymru.cofnod.rest.api.Contract;
import cymru.cofnod.rest.api.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.BeforeClass;
import org.junit.Test;

/** The contract read from the resources, with the API's conventions: security, purpose of use, problems. */
public class ContractTest {

    /** Every root resource of every domain, and this bundle's own. */
    private static final List<Class<?>> RESOURCES = List.of(HealthResource.class, MeResource.class,
            PeopleResource.class, ConsentsResource.class, PersonConsentsResource.class, BreakGlassResource.class,
            SafeguardingResource.class, AuditResource.class, AgenciesResource.class, QuarantineResource.class,
            MeetingsResource.class, PlansResource.class, CoachResource.class, NofResource.class,
            OutcomeNofResource.class, CommissioningResource.class, ReportsResource.class);

    private static ApiContract contract;
    private static JsonNode paths;

    @BeforeClass
    public static void read() throws Exception {
        contract = ApiContract.of(RESOURCES);
        paths = new ObjectMapper().readTree(contract.json()).get("paths");
    }

    @Test
    public void sameTextWhateverTheOrderOfTheResources() {
        List<Class<?>> shuffled = new ArrayList<>(RESOURCES);
        Collections.reverse(shuffled);
        assertEquals(contract.yaml(), ApiContract.of(shuffled).yaml());
    }

    @Test
    public void healthIsOpenAndEverythingElseNeedsBasic() throws Exception {
        JsonNode api = new ObjectMapper().readTree(contract.json());
        assertEquals("basic", api.at("/components/securitySchemes/basic/scheme").asText());
        assertEquals("basic", api.at("/security/0").fieldNames().next());
        assertEquals(0, paths.at("/~1health/get/security").size());
        assertTrue(paths.at("/~1health/get/security").isArray());
        assertTrue(paths.at("/~1people~1{id}/get/security").isMissingNode());
    }

    @Test
    public void personalDataReadsStateTheirPurpose() {
        assertTrue(paths.at("/~1people~1{id}/get/parameters").toString().contains(Contract.PURPOSE));
        assertFalse(paths.at("/~1nof~1domains/get").toString().contains(Contract.PURPOSE));
    }

    @Test
    public void everyCollectionOfTheRecordIsNamed() {
        Set<String> named = new HashSet<>();
        paths.at("/~1people~1{id}~1{collection}/get/parameters").forEach(p -> {
            if ("collection".equals(p.path("name").asText())) {
                p.at("/schema/enum").forEach(v -> named.add(v.asText()));
            }
        });
        assertEquals(ItemKind.ALL.stream().map(ItemKind::collection).collect(Collectors.toSet()), named);
    }

    @Test
    public void everyOperationAnswersErrorsWithAProblem() {
        paths.forEach(item -> item.forEach(operation -> {
            assertEquals(operation.toString(), "#/components/responses/Problem",
                    operation.at("/responses/default/$ref").asText());
            assertTrue(operation.toString(), operation.at("/summary").isTextual());
            // a method returning a Response says what it answers with @ApiResponse: its return type does not
            JsonNode ok = operation.at("/responses/200/content");
            assertTrue(operation.toString(), ok.isMissingNode() || ok.findValue("schema") != null);
        }));
    }
}
