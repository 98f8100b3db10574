package cymru.cofnod.core.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.Test;

public class InListTest {

    @Test
    public void valuesComeInOrderInPiecesOfAtMost500() {
        List<Integer> values = IntStream.range(0, 1201).boxed().toList();
        List<List<Integer>> pieces = InList.pieces(values);
        assertEquals(List.of(500, 500, 201), pieces.stream().map(List::size).toList());
        assertEquals(values, pieces.stream().flatMap(List::stream).toList());
        assertTrue(InList.pieces(List.of()).isEmpty());
    }
}
