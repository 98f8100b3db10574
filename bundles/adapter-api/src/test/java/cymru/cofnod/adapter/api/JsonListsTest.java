package cymru.cofnod.adapter.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.List;
import org.junit.Test;

public class JsonListsTest {

    private static final String EXPORT = "{\"visits\":[{\"visitRef\":\"V-1\",\"id\":\"row-1\"},{\"id\":\"row-2\"}]}";

    @Test
    public void elementsAreKeyedByTheFieldTheAdapterNames() {
        List<InboundItem> items = JsonLists.split(EXPORT, List.of("visits"), "visitRef");
        assertEquals("V-1", items.get(0).sourceKey());
        assertNull("an element without the field has no own id", items.get(1).sourceKey());
        assertEquals("{\"visits\":[{\"visitRef\":\"V-1\",\"id\":\"row-1\"}]}", items.get(0).payload());
    }

    @Test
    public void byDefaultTheKeyIsId() {
        assertEquals("row-1", JsonLists.split(EXPORT, List.of("visits")).get(0).sourceKey());
    }
}
