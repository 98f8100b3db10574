package cymru.cofnod.meetings.internal;

import static cymru.cofnod.meetings.internal.MeetingsFixture.CARER;
import static cymru.cofnod.meetings.internal.MeetingsFixture.SW;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.RecordCategory;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Outcome;
import cymru.cofnod.testing.QueryPlans;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * A person's meetings and plans lists run the same statements and visit at most a page of rows whether the person
 * has 4 meetings or 64: whether any is withheld is kept, and worked out from every row again only after a change.
 * Derby's own runtime statistics count what each list did on the meetings unit.
 */
public class MeetingListCostTest {

    /** How many rows Derby's scans fetch at a time. */
    private static final int DERBY_FETCH = 16;

    private MeetingsFixture f;
    private Scanned scanned;
    private JpaMeetingService meetings;
    private JpaPlanService plans;
    private String rhodri;
    private String walk;

    @Before
    public void open() {
        f = new MeetingsFixture();
        scanned = new Scanned(f.unit.jpa());
        meetings = new JpaMeetingService(scanned, f.record.record(), f.record.policy(), f.record.audit());
        plans = new JpaPlanService(scanned, f.record.record(), f.record.policy(), f.record.audit());
        rhodri = f.person("Rhodri", null);
        walk = f.record.record().add(SW, rhodri, ItemKind.OUTCOME, Outcome.of("I want to walk to the shop", "en",
                "change")).id();
        // the whole record's outcomes and plans: not everything, so whether any is withheld is asked at every list
        f.record.share(SW, rhodri, "gofal-da-homecare", Set.of("direct-care"), List.of(),
                RecordCategory.OUTCOMES_AND_PLANS);
    }

    @After
    public void close() {
        f.close();
    }

    @Test
    public void aListCostsTheSameWhateverTheNumberOfThePersonsMeetings() {
        List<Supplier<Page<?>>> lists = List.of(() -> meetings.list(CARER, rhodri, PageRequest.first(2)),
                () -> plans.list(CARER, rhodri, PageRequest.first(2)));
        meet(4);
        List<List<QueryPlans.Scan>> few = new ArrayList<>();
        for (Supplier<Page<?>> list : lists) {
            list(list);
            few.add(list(list));
        }
        meet(60);
        for (int i = 0; i < lists.size(); i++) {
            assertTrue("after a change, every row of the person's is read once",
                    visited(list(lists.get(i))) >= 64);
            List<QueryPlans.Scan> many = list(lists.get(i));
            assertEquals(statements(few.get(i)), statements(many));
            assertTrue(many.toString(), visited(many) <= DERBY_FETCH + 1);
        }
    }

    private void meet(int times) {
        for (int i = 0; i < times; i++) {
            f.meetings.record(SW, MeetingsFixture.planning(rhodri, List.of(MeetingsFixture.existing(walk))));
        }
    }

    /** What one list did on the meetings unit; it must be a full page that says nothing is withheld. */
    private List<QueryPlans.Scan> list(Supplier<Page<?>> list) {
        scanned.scans.clear();
        Page<?> page = list.get();
        assertEquals(2, page.items().size());
        assertFalse(page.withheld());
        return List.copyOf(scanned.scans);
    }

    private static List<String> statements(List<QueryPlans.Scan> scans) {
        return scans.stream().map(QueryPlans.Scan::statement).toList();
    }

    private static long visited(List<QueryPlans.Scan> scans) {
        return scans.stream().mapToLong(QueryPlans.Scan::visitedRows).sum();
    }

    /** The meetings unit, noting every scan its transactions made. */
    private static final class Scanned implements JpaTemplate {
        private final JpaTemplate jpa;
        final List<QueryPlans.Scan> scans = new ArrayList<>();

        Scanned(JpaTemplate jpa) {
            this.jpa = jpa;
        }

        @Override
        public <R> R txExpr(TransactionType type, EmFunction<R> code) {
            return jpa.txExpr(type, em -> {
                List<R> result = new ArrayList<>(1);
                scans.addAll(QueryPlans.of(em, e -> result.add(code.apply(e))));
                return result.get(0);
            });
        }

        @Override
        public <R> R txExpr(EmFunction<R> code) {
            return txExpr(TransactionType.Required, code);
        }

        @Override
        public void tx(TransactionType type, EmConsumer code) {
            txExpr(type, em -> {
                code.accept(em);
                return Boolean.TRUE;
            });
        }

        @Override
        public void tx(EmConsumer code) {
            tx(TransactionType.Required, code);
        }
    }
}
