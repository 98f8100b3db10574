package cymru.cofnod.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.EnumSet;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * Each domain brings its own endpoints: uninstalling its feature while Cofnod runs takes its paths out of the API
 * and out of the published contract, and leaves the rest answering; installing it again brings them back, with
 * no restart. Each test puts back the feature it took out.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PluginsIT {

    private static final String OLIVER = "CC-100455";

    /** The framework's context, taken while this probe's own is still valid. */
    private static BundleContext framework;

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() {
        return CofnodContainer.options(null);
    }

    @Test
    public void nofEndpointsLeaveAndComeBackWithTheirFeature() throws Exception {
        Wait.forHealth();
        Api practitioner = Api.as("social-worker");
        Api commissioner = Api.as("commissioner");
        String oliver = ScenariosIT.personId(OLIVER);
        String outcome = ScenariosIT.items(practitioner.get("/people/" + oliver + "/outcomes").json())
                .get(0).get("id").asText();
        String tags = "/people/" + oliver + "/outcomes/" + outcome + "/nof";
        assertEquals(200, practitioner.get(tags).status());
        assertTrue(contract().contains("\"/nof/domains\""));

        // the FHIR face needs this feature: while it is installed, Karaf keeps what it needs
        uninstall("cofnod-fhir");
        uninstall("cofnod-nof");
        try {
            gone(commissioner, "/nof/domains", practitioner, "/people/" + oliver);
            assertEquals(404, commissioner.get("/reports/by-domain").status());
            assertEquals(404, practitioner.get(tags).status());
            assertEquals(200, practitioner.get("/people/" + oliver).status());
            assertEquals(200, practitioner.get("/people/" + oliver + "/outcomes/" + outcome).status());
            String contract = contract();
            assertFalse(contract.contains("\"/nof/"));
            assertFalse(contract.contains("/nof\""));
            assertFalse(contract.contains("\"/reports/"));
            assertTrue(contract.contains("\"/people/{id}\""));
        } finally {
            install("cofnod-nof");
            install("cofnod-fhir");
        }
        Wait.until(() -> commissioner.get("/nof/domains"), r -> r.status() == 200);
        assertEquals(200, commissioner.get("/reports/by-domain").status());
        assertEquals(200, practitioner.get(tags).status());
        assertTrue(contract().contains("\"/reports/by-domain\""));
    }

    @Test
    public void meetingsEndpointsLeaveAndComeBackWithTheirFeature() throws Exception {
        Wait.forHealth();
        Api practitioner = Api.as("social-worker");
        String oliver = ScenariosIT.personId(OLIVER);
        String meetings = "/meetings?person=" + oliver;
        String plans = "/plans?person=" + oliver;
        assertEquals(200, practitioner.get(meetings).status());
        assertTrue(contract().contains("\"/plans/{id}\""));

        // the FHIR face needs this feature: while it is installed, Karaf keeps what it needs
        uninstall("cofnod-fhir");
        uninstall("cofnod-meetings");
        try {
            gone(practitioner, meetings, practitioner, "/people/" + oliver);
            assertEquals(404, practitioner.get(plans).status());
            assertEquals(200, practitioner.get("/people/" + oliver).status());
            String contract = contract();
            assertFalse(contract.contains("\"/meetings"));
            assertFalse(contract.contains("\"/plans"));
            assertTrue(contract.contains("\"/people/{id}\""));
        } finally {
            install("cofnod-meetings");
            install("cofnod-fhir");
        }
        Wait.until(() -> practitioner.get(meetings), r -> r.status() == 200);
        assertEquals(200, practitioner.get(plans).status());
        assertTrue(contract().contains("\"/meetings/{id}\""));
    }

    /**
     * Waits until {@code path} is gone while {@code kept} answers: the refresh that follows an uninstall restarts
     * the bundles wired to the feature and the server is made again without its endpoints, which takes a moment.
     */
    private static void gone(Api api, String path, Api reader, String kept) {
        Wait.until(() -> api.get(path), r -> r.status() == 404 && reader.get(kept).status() == 200);
    }

    /** The contract served now; it is made again after a change, which on a busy machine can outlast one request. */
    private static String contract() {
        return Wait.until(() -> Api.anonymous().get("/openapi.json"), r -> r.status() == 200).body();
    }

    private void uninstall(String feature) throws Exception {
        features().uninstallFeature(feature, EnumSet.noneOf(FeaturesService.Option.class));
    }

    private void install(String feature) throws Exception {
        features().installFeature(feature, EnumSet.noneOf(FeaturesService.Option.class));
    }

    /**
     * The features service as it is now, through the framework's own context: a refresh at boot can replace the
     * service, and taking a feature out refreshes this probe, whose own context then goes stale.
     */
    private FeaturesService features() {
        if (framework == null) {
            framework = context.getBundle(0).getBundleContext();
        }
        return framework.getService(framework.getServiceReference(FeaturesService.class));
    }
}
