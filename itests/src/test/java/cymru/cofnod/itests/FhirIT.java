package cymru.cofnod.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.AdditionalRequestHeadersInterceptor;
import ca.uhn.fhir.rest.client.interceptor.BasicAuthInterceptor;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.ops4j.pax.exam.ExamSystem;
import org.ops4j.pax.exam.TestContainer;
import org.ops4j.pax.exam.spi.PaxExamRuntime;

/**
 * The FHIR R4 face read by HAPI's generic client, as an NHS system would read it: Rhodri's record as the physio
 * under his directive, less of it once he withdraws it, the access log as Rhodri, commissioning refused, XML on
 * request. Pax Exam boots Cofnod in server mode, so the client runs in this JVM.
 */
public class FhirIT {

    private static final String BASE = "http://localhost:" + CofnodContainer.HTTP_PORT + "/cofnod/fhir/r4";
    private static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";
    private static final FhirContext FHIR = FhirContext.forR4();

    private static ExamSystem system;
    private static TestContainer container;

    @BeforeClass
    public static void boot() throws IOException {
        FHIR.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        system = PaxExamRuntime.createServerSystem(CofnodContainer.options(null));
        container = PaxExamRuntime.createContainer(system);
        container.start();
        Wait.forBoot();
        Wait.forHealth();
    }

    @AfterClass
    public static void stop() {
        if (container != null) {
            container.stop();
        }
        system.clear();
    }

    private static IGenericClient client(String user, String purpose) {
        IGenericClient client = FHIR.newRestfulGenericClient(BASE);
        client.registerInterceptor(new BasicAuthInterceptor(user, "demo"));
        if (purpose != null) {
            AdditionalRequestHeadersInterceptor headers = new AdditionalRequestHeadersInterceptor();
            headers.addHeaderValue("X-Purpose-Of-Use", purpose);
            client.registerInterceptor(headers);
        }
        return client;
    }

    private static <T extends Resource> List<T> search(IGenericClient client, Class<T> type, String patientId) {
        Bundle found = client.search().forResource(type).where(Goal.PATIENT.hasId(patientId))
                .returnBundle(Bundle.class).execute();
        return found.getEntry().stream().map(e -> type.cast(e.getResource())).toList();
    }

    private static int statusOf(Runnable call) {
        try {
            call.run();
            return 200;
        } catch (BaseServerResponseException e) {
            return e.getStatusCode();
        }
    }

    /** Rhodri as the physio traces him by his NHS number, once the demo's physio feed has arrived. */
    private static String rhodri(IGenericClient physio) {
        String id = ScenariosIT.personId("CC-100231");
        Wait.until(() -> Api.as("physio").get("/people/" + id + "/timeline?agency=cardiff-vale-uhb&kind=entry"),
                r -> r.status() == 200 && r.json().get("items").size() == 3);
        Bundle traced = physio.search().forResource(Patient.class)
                .where(Patient.IDENTIFIER.exactly().systemAndIdentifier(NHS_NUMBER, "9991000232"))
                .returnBundle(Bundle.class).execute();
        assertEquals(1, traced.getEntry().size());
        assertEquals(id, traced.getEntryFirstRep().getResource().getIdElement().getIdPart());
        return id;
    }

    /** Rhodri's planning meeting, recorded by his social worker on his one outcome: his first plan. */
    private static void planFor(String rhodri, String outcomeId) {
        Api.Reply recorded = Api.as("social-worker").purpose("care-planning").post("/meetings", """
                {"personId":"%s","kind":"planning","heldOn":"%s","language":"en",
                 "parties":[{"name":"Rhodri","role":"person","view":{"whatMatters":"Seeing my pals again"}},
                  {"name":"Physio","role":"practitioner","agency":"cardiff-vale-uhb",
                   "view":{"whatIsWorking":"Short walks in the shared garden"}}],
                 "outcomesAgreed":[{"outcomeId":"%s","support":[{"what":"Weekly walks, a little further each time",
                   "why":"Confidence comes back a step at a time","by":"physio","agency":"cardiff-vale-uhb"}]}],
                 "actions":[{"what":"Find a walking group","owner":"Social worker","agency":"cardiff-council",
                   "due":"%s"}],
                 "contingencies":[{"whatIf":"He feels unwell","then":"Phone call instead of a walk"}],
                 "nextReview":"%s"}""".formatted(rhodri, LocalDate.now().minusDays(1), outcomeId,
                LocalDate.now().plusWeeks(2), LocalDate.now().plusMonths(3)));
        assertEquals(recorded.toString(), 201, recorded.status());
    }

    /**
     * The health board's system sends back what Cofnod exported, naming Rhodri by his NHS number as it does: its
     * own observation is the same item again (a duplicate), the social worker's entry is Cofnod's own (refused,
     * with that reason); neither is stored twice.
     */
    private static void sentBackThroughThePhysioAdapter(List<Observation> seen) {
        Observation physios = seen.stream().filter(o -> o.getIdentifier().stream()
                .anyMatch(i -> "https://cofnod.cymru/Id/source-key".equals(i.getSystem()))).findFirst().orElseThrow();
        Observation socialWorkers = seen.stream().filter(o -> o.getPerformerFirstRep().getDisplay()
                .contains("cardiff-council")).findFirst().orElseThrow();
        Bundle back = new Bundle().setType(Bundle.BundleType.COLLECTION);
        for (Observation o : List.of(physios, socialWorkers)) {
            o.getSubject().setReference(null).getIdentifier().setSystem(NHS_NUMBER).setValue("9991000232");
            back.addEntry().setResource(o);
        }
        Api.Reply answer = Api.as("physio").post("/agencies/cardiff-vale-uhb/inbox", "application/fhir+json",
                FHIR.newJsonParser().encodeResourceToString(back).getBytes(StandardCharsets.UTF_8));
        assertTrue(answer.toString(), answer.status() < 300);
        assertEquals(answer.toString(), 0, answer.json().get("accepted").size());
        assertEquals(physios.getIdElement().getIdPart(), answer.json().get("duplicate").get(0).get("itemId").asText());
        assertTrue(answer.json().get("quarantined").get(0).get("reason").asText().contains("Cofnod's own entry"));
    }

    @Test
    public void anNhsSystemReadsRhodrisRecordAsHisDirectiveAllows() throws Exception {
        CapabilityStatement capabilities = FHIR.newRestfulGenericClient(BASE).capabilities()
                .ofType(CapabilityStatement.class).execute();
        assertEquals(Set.of("Patient", "Goal", "CarePlan", "Observation", "Consent", "AuditEvent"),
                capabilities.getRestFirstRep().getResource().stream().map(r -> r.getType()).collect(Collectors.toSet()));

        IGenericClient physio = client("physio", "direct-care");
        String rhodri = rhodri(physio);
        Patient patient = physio.read().resource(Patient.class).withId(rhodri).execute();
        assertEquals("Evans", patient.getNameFirstRep().getFamily());
        assertTrue(patient.getIdentifier().stream().anyMatch(i -> NHS_NUMBER.equals(i.getSystem())
                && "9991000232".equals(i.getValue())));

        List<Goal> goals = search(physio, Goal.class, rhodri);
        Goal walk = goals.stream().filter(g -> g.getDescription().getText().startsWith("I want the confidence"))
                .findFirst().orElseThrow();
        assertTrue("the restatement sits apart, as a note", walk.getNote().stream()
                .anyMatch(n -> n.getText().startsWith("Regain confidence walking outdoors")));
        assertEquals("Patient/" + rhodri, walk.getExpressedBy().getReference());

        planFor(rhodri, walk.getIdElement().getIdPart());
        List<CarePlan> plans = search(physio, CarePlan.class, rhodri);
        assertEquals(1, plans.size());
        CarePlan plan = plans.get(0);
        assertEquals("Goal/" + walk.getIdElement().getIdPart(), plan.getGoalFirstRep().getReference());
        assertTrue(plan.getActivity().stream().anyMatch(a -> a.getDetail().getDescription().startsWith("Weekly walks")
                && a.getDetail().getPerformerFirstRep().getDisplay().contains("cardiff-vale-uhb")));
        assertTrue("each party's view is a note with its author", plan.getNote().stream()
                .anyMatch(n -> "Rhodri (person)".equals(n.getAuthorStringType().getValue())));

        List<Observation> seen = search(physio, Observation.class, rhodri);
        assertTrue("the social worker's entries under his directive", seen.stream().anyMatch(o ->
                o.getComponent().stream().anyMatch(c -> "own-words".equals(c.getCode().getCodingFirstRep().getCode())
                        && "the walls are closing in on me and it's getting me down"
                        .equals(c.getValueStringType().getValue()))));
        List<Consent> consents = search(physio, Consent.class, rhodri);
        assertTrue(consents.stream().anyMatch(c -> c.getStatus() == Consent.ConsentState.ACTIVE
                && "cardiff-vale-uhb".equals(c.getProvision().getActorFirstRep().getReference().getDisplay())));

        Bundle everything = physio.operation().onInstance("Patient/" + rhodri).named("$everything")
                .withNoParameters(Parameters.class).useHttpGet().returnResourceType(Bundle.class)
                .execute();
        Set<String> types = everything.getEntry().stream().map(e -> e.getResource().fhirType()).collect(Collectors.toSet());
        assertEquals(Set.of("Patient", "Goal", "CarePlan", "Observation", "Consent"), types);

        sentBackThroughThePhysioAdapter(seen);

        assertEquals("the access log is Rhodri's own", 403,
                statusOf(() -> search(physio, AuditEvent.class, rhodri)));
        List<AuditEvent> log = search(client("rhodri", "direct-care"), AuditEvent.class, rhodri);
        assertTrue("the physio's FHIR reads are in his access log", log.stream().anyMatch(e ->
                e.getAgentFirstRep().getWho().getDisplay().startsWith("physio")));

        assertEquals("commissioning never reads a record", 403,
                statusOf(() -> client("physio", "commissioning").read().resource(Patient.class).withId(rhodri).execute()));
        assertEquals("a purpose is required", 400,
                statusOf(() -> client("physio", null).read().resource(Patient.class).withId(rhodri).execute()));
        assertEquals("a patient that is no id is a bad request, not a fault", 400, statusOf(() ->
                physio.search().byUrl("Goal?patient=Patient/a%20b").returnBundle(Bundle.class).execute()));
        assertEquals(401, statusOf(() -> FHIR.newRestfulGenericClient(BASE).read().resource(Patient.class)
                .withId(rhodri).execute()));

        IGenericClient xml = client("physio", "direct-care");
        xml.setEncoding(EncodingEnum.XML);
        assertEquals("Evans", xml.read().resource(Patient.class).withId(rhodri).execute().getNameFirstRep().getFamily());
        HttpResponse<String> raw = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(BASE + "/Patient/" + rhodri + "?_format=xml"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("physio:demo".getBytes()))
                .header("X-Purpose-Of-Use", "direct-care").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(raw.headers().firstValue("Content-Type").orElse("").startsWith("application/fhir+xml"));
        assertTrue(raw.body().contains("<Patient xmlns=\"http://hl7.org/fhir\">"));

        // Rhodri withdraws the physio's directive: the next request sees less, and hidden reads as missing
        String physios = consents.stream().filter(c -> c.getStatus() == Consent.ConsentState.ACTIVE
                        && "cardiff-vale-uhb".equals(c.getProvision().getActorFirstRep().getReference().getDisplay()))
                .findFirst().orElseThrow().getIdElement().getIdPart();
        Api.Reply withdrawn = Api.as("rhodri").post("/consents/" + physios + "/withdraw", "{}");
        assertEquals(withdrawn.toString(), 200, withdrawn.status());
        assertTrue("his outcome is no longer the physio's to read", search(physio, Goal.class, rhodri).stream()
                .noneMatch(g -> g.getIdElement().getIdPart().equals(walk.getIdElement().getIdPart())));
        List<Observation> after = search(physio, Observation.class, rhodri);
        assertTrue(after.size() < seen.size());
        assertFalse(after.stream().anyMatch(o -> o.getPerformerFirstRep().getDisplay().contains("cardiff-council")));
        assertEquals("not found, like a missing person", 404, statusOf(() -> physio.read().resource(Patient.class)
                .withId("00000000-0000-0000-0000-000000000000").execute()));
        String walkId = walk.getIdElement().getIdPart();
        long refusedBefore = refusedReads(rhodri, "physio");
        HttpResponse<String> hidden = get("physio", "/Goal/" + walkId);
        HttpResponse<String> unknown = get("physio", "/Goal/" + UNKNOWN);
        assertEquals(404, hidden.statusCode());
        assertEquals("a hidden Goal answers as an unknown one", unknown.body().replace(UNKNOWN, walkId), hidden.body());

        capabilitiesAreWhatAnswers(capabilities, rhodri, Map.of("Patient", rhodri, "Goal", walkId,
                "CarePlan", plan.getIdElement().getIdPart(), "Observation", seen.get(0).getIdElement().getIdPart(),
                "Consent", physios));
        assertEquals("the refused read by id is in Rhodri's access log", refusedBefore + 1,
                refusedReads(rhodri, "physio"));
    }

    /** How many refused requests of this user the person's access log shows (its first page). */
    private static long refusedReads(String personId, String user) {
        JsonNode lines = Wait.until(() -> Api.as("rhodri").get("/people/" + personId + "/access-log"),
                r -> r.status() == 200).json().get("items");
        long refused = 0;
        for (JsonNode line : lines) {
            refused += user.equals(line.get("who").asText()) && line.get("refused").asBoolean() ? 1 : 0;
        }
        return refused;
    }

    private static final String UNKNOWN = "00000000-0000-0000-0000-000000000000";

    private static HttpResponse<String> get(String user, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE + path))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes()))
                    .header("X-Purpose-Of-Use", "direct-care").build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Each read and search the CapabilityStatement lists answers (Rhodri reads his own record; the physio traces
     * him), and each one it leaves out, of the types served and of two it does not serve, is not found.
     */
    private static void capabilitiesAreWhatAnswers(CapabilityStatement capabilities, String rhodri,
                                                   Map<String, String> ids) {
        Set<String> listed = new HashSet<>();
        capabilities.getRestFirstRep().getResource().forEach(r -> r.getInteraction()
                .forEach(i -> listed.add(r.getType() + " " + i.getCode().toCode())));
        assertTrue(listed.toString(), listed.contains("Goal read") && !listed.contains("AuditEvent read"));
        for (String type : List.of("Patient", "Goal", "CarePlan", "Observation", "Consent", "AuditEvent",
                "Condition", "DocumentReference")) {
            int read = get("rhodri", "/" + type + "/" + ids.getOrDefault(type, UNKNOWN)).statusCode();
            assertEquals(type + " read", listed.contains(type + " read") ? 200 : 404, read);
            int search = "Patient".equals(type)
                    ? get("physio", "/Patient?identifier=" + NHS_NUMBER + "%7C9991000232").statusCode()
                    : get("rhodri", "/" + type + "?patient=" + rhodri).statusCode();
            assertEquals(type + " search", listed.contains(type + " search-type") ? 200 : 404, search);
        }
    }

    /** Rhodri's one outcome, as the social worker reads it. */
    private static String walkOf(String rhodri) {
        return Api.as("social-worker").get("/people/" + rhodri + "/outcomes").json().get("items").get(0).get("id")
                .asText();
    }

    /** The practitioner's chronology (CSV) and the person's own copy of his record (ZIP), over HTTP. */
    @Test
    public void aChronologyToPrintAndRhodrisOwnCopy() throws Exception {
        String rhodri = ScenariosIT.personId("CC-100231");
        // the demo writes Rhodri's entries after Rhodri himself: wait for his first conversation
        Api.Reply csv = Wait.until(() -> Api.as("social-worker").get("/people/" + rhodri + "/chronology?kind=entry",
                "text/csv"), r -> r.status() == 200 && r.body().contains("the walls are closing in on me"));
        assertTrue(csv.body().startsWith("\uFEFFwhen,agency,recorded by,kind,outcomes,facts,opinions,own words,other"));
        assertTrue("facts, opinions and own words in their own columns", csv.body().contains(
                "what-matters," + walkOf(rhodri) + ",Rhodri is afraid of being hurt again.,"
                        + "social worker: He is open to options for getting out and about.,"
                        + "the walls are closing in on me and it's getting me down,"));

        HttpResponse<byte[]> copy = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(CofnodContainer.API + "/people/" + rhodri + "/export"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("rhodri:demo".getBytes()))
                .header("X-Purpose-Of-Use", "direct-care").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, copy.statusCode());
        List<String> files = new ArrayList<>();
        String bundle = null;
        try (ZipInputStream zip = new ZipInputStream(
                new ByteArrayInputStream(copy.body()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                files.add(e.getName());
                byte[] content = zip.readAllBytes();
                if ("record.fhir.json".equals(e.getName())) {
                    bundle = new String(content, StandardCharsets.UTF_8);
                }
            }
        }
        assertEquals(List.of("record.fhir.json", "record.html", "record.pdf", "manifest.json"), files);
        Set<String> types = FHIR.newJsonParser().parseResource(Bundle.class, bundle).getEntry().stream()
                .map(e -> e.getResource().fhirType()).collect(Collectors.toSet());
        assertTrue(types.toString(), types.containsAll(Set.of("Patient", "Goal", "Observation", "Consent", "AuditEvent")));
        assertEquals("a practitioner's copy is the FHIR face, not this", 403,
                Api.as("social-worker").get("/people/" + rhodri + "/export").status());

        // an administrator answers his subject access request on his behalf, naming it
        Api.Reply noReason = Api.as("admin").get("/people/" + rhodri + "/export");
        assertEquals(noReason.toString(), 422, noReason.status());
        assertTrue(noReason.body().contains("reason"));
        HttpResponse<byte[]> onBehalf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(CofnodContainer.API + "/people/" + rhodri + "/export?reason=SAR-2026-0042"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes()))
                .header("X-Purpose-Of-Use", "direct-care").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, onBehalf.statusCode());
        String manifest = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(onBehalf.body()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                byte[] content = zip.readAllBytes();
                if ("manifest.json".equals(e.getName())) {
                    manifest = new String(content, StandardCharsets.UTF_8);
                }
            }
        }
        assertTrue(manifest, manifest.contains("\"madeFor\": \"rhodri\"") && manifest.contains("\"madeBy\": \"admin\"")
                && manifest.contains("\"subjectAccessRequest\": \"SAR-2026-0042\""));
        JsonNode log = Api.as("rhodri").get("/people/" + rhodri + "/access-log").json().get("items");
        boolean told = false;
        for (JsonNode line : log) {
            told |= "admin".equals(line.get("who").asText()) && "copy".equals(line.get("part").asText())
                    && line.get("summary").asText().contains("on your behalf");
        }
        assertTrue("Rhodri's access log says an administrator made his copy on his behalf: " + log, told);
    }
}
