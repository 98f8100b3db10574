package cymru.cofnod.adapter.internal;

import cymru.cofnod.testing.SchemaDrift;
import org.junit.Test;

/** A change to the JPA mapping without its changeset fails the build here, naming the changeset to add. */
public class SchemaDriftTest {

    @Test
    public void theChangelogMakesTheTablesTheMappingExpects() {
        SchemaDrift.assertNone("cofnod-adapter");
    }
}
