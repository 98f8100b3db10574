package cymru.cofnod.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.features;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/**
 * How every integration test boots Cofnod: the real distribution this build made, on ports that
 * leave a running Cofnod alone, with the JVM flags {@code bin/karaf} would give it on Java 17.
 */
public final class CofnodContainer {

    /** Ports leave a running Cofnod alone; a second suite on the same machine sets another base. */
    private static final int PORT_BASE = Integer.getInteger("cofnod.itest.portBase", 18000);
    public static final int HTTP_PORT = PORT_BASE + 181;
    public static final String API = "http://localhost:" + HTTP_PORT + "/cofnod/api/v1";
    /** How long Cofnod has to come up. */
    public static final long BOOT_TIMEOUT_MS = 180_000;

    private CofnodContainer() {
    }

    /**
     * The container the suite's classes share ({@link SharedCofnod}): its own data folder, and a web sign-in that
     * pauses 2 s rather than 30 after a failed attempt, so that WebSignInIT can wait one out.
     */
    public static Option[] shared() {
        List<Option> options = new ArrayList<>(List.of(options(null)));
        options.add(editConfigurationFilePut("etc/cymru.cofnod.web.internal.WebPages.cfg", "signInPauseSeconds", "2"));
        return options.toArray(new Option[0]);
    }

    /**
     * The options for a container whose database lives at {@code derbyUrl}, or in its own data folder if null; with
     * {@code -Dcofnod.itest.db=postgresql}, in this JVM's PostgreSQL database instead ({@link TestDatabase}).
     */
    public static Option[] options(String derbyUrl) {
        String assembly = System.getProperty("cofnod.assembly");
        String localRepo = System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository");
        String itestDir = new File(System.getProperty("cofnod.itest.dir", "target/itest")).getAbsolutePath();
        List<Option> options = new ArrayList<>(Arrays.asList(
                karafDistributionConfiguration()
                        .frameworkUrl("file:" + new File(assembly).getAbsolutePath())
                        .unpackDirectory(new File(itestDir, "exam"))
                        .useDeployFolder(false)
                        .name("Cofnod"),
                systemTimeout(BOOT_TIMEOUT_MS),
                // the probe waits 10 s for Pax Exam's injector by default: too short for a boot on a busy machine
                systemProperty("org.ops4j.pax.exam.invoker.junit.internal.JUnitProbeInvokerFactory.DEFAULT_TIMEOUT")
                        .value("120000"),
                // tests run inside the container and find shared files through this
                systemProperty("cofnod.itest.dir").value(itestDir),
                systemProperty("cofnod.itest.portBase").value(Integer.toString(PORT_BASE)),
                configureConsole().ignoreLocalConsole(),
                logLevel(LogLevel.WARN),
                keepRuntimeFolder(),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg",
                        "org.ops4j.pax.url.mvn.localRepository", localRepo),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port",
                        Integer.toString(HTTP_PORT)),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(PORT_BASE + 101)),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(PORT_BASE - 6901)),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(PORT_BASE + 26445)),
                vmOptions(
                        "-Xmx768m",
                        // as bin/setenv runs Cofnod: in UTC, the zone of the database's timestamps
                        "-Duser.timezone=UTC",
                        "--add-reads=java.xml=java.logging",
                        "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                        "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-4.4.10.jar",
                        "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-4.4.10.jar",
                        "--add-opens", "java.base/java.security=ALL-UNNAMED",
                        "--add-opens", "java.base/java.net=ALL-UNNAMED",
                        "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                        "--add-opens", "java.base/java.util=ALL-UNNAMED",
                        "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
                        "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
                        "--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
                        "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
                        "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
                        "--add-exports=java.security.sasl/com.sun.security.sasl=ALL-UNNAMED",
                        "--add-exports=java.naming/com.sun.jndi.ldap=ALL-UNNAMED")));
        if (TestDatabase.POSTGRESQL) {
            options.addAll(postgresql());
        } else if (derbyUrl != null) {
            options.add(editConfigurationFilePut("etc/org.ops4j.datasource-cofnod.cfg", "url", derbyUrl));
        }
        return options.toArray(new Option[0]);
    }

    /** What an operator does to move Cofnod onto PostgreSQL (docs/cluster.md): the driver's feature and the datasource. */
    private static List<Option> postgresql() {
        List<Option> options = new ArrayList<>(List.of(
                features("mvn:cymru.cofnod/cofnod-features/" + System.getProperty("cofnod.version") + "/xml/features",
                        "cofnod-postgresql")));
        TestDatabase.datasource().forEach((key, value) ->
                options.add(editConfigurationFilePut("etc/org.ops4j.datasource-cofnod.cfg", key, value)));
        return options;
    }
}
