package cymru.cofnod.core.api;

import static org.junit.Assert.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;

public class MemoTest {

    private final AtomicInteger worked = new AtomicInteger();

    private String work(String value) {
        worked.incrementAndGet();
        return value;
    }

    @Test
    public void theWorkIsDoneOncePerKey() {
        Memo<String> memo = new Memo<>(10);
        assertEquals("a1", memo.get("a", () -> work("a1")));
        assertEquals("a1", memo.get("a", () -> work("a2")));
        assertEquals("b1", memo.get("b", () -> work("b1")));
        assertEquals(2, worked.get());
    }

    @Test
    public void theLeastRecentlyUsedAreDroppedPastTheBound() {
        Memo<String> memo = new Memo<>(2);
        memo.get("a", () -> work("a"));
        memo.get("b", () -> work("b"));
        memo.get("a", () -> work("a"));
        memo.get("c", () -> work("c"));
        assertEquals(3, worked.get());
        memo.get("a", () -> work("a"));
        assertEquals("a was used lately and is still kept", 3, worked.get());
        memo.get("b", () -> work("b"));
        assertEquals("b was dropped and is worked out again", 4, worked.get());
    }
}
