package cymru.cofnod.rest.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class ApiEntranceTest {

    @Test
    public void aBodyIsReadOnlyInUtf8() {
        assertTrue(ApiEntrance.readableBody(null));
        assertTrue(ApiEntrance.readableBody("application/json"));
        assertTrue(ApiEntrance.readableBody("application/json; charset=UTF-8"));
        assertTrue(ApiEntrance.readableBody("text/csv;charset=\"utf-8\""));
        assertFalse(ApiEntrance.readableBody("application/json; charset=klingon"));
        assertFalse(ApiEntrance.readableBody("application/json; charset=iso-8859-1"));
        assertFalse(ApiEntrance.readableBody("garbage"));
        assertFalse(ApiEntrance.readableBody("/"));
    }

    @Test
    public void wadlIsNeverDescribed() {
        assertTrue(ApiEntrance.asksForWadl("_wadl"));
        assertTrue(ApiEntrance.asksForWadl("x=1&_WADL"));
        assertFalse(ApiEntrance.asksForWadl("limit=5"));
        assertFalse(ApiEntrance.asksForWadl(null));
    }
}
