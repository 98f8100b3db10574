package cymru.cofnod.itests;

import org.junit.runner.RunWith;

/** The suite of every class that shares one Cofnod ({@link SharedCofnod}): what the build runs. */
@RunWith(SharedCofnod.Everyone.class)
public class SharedSuiteIT {
}
