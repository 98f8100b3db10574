package cymru.cofnod.consent.internal;

import cymru.cofnod.core.api.JobLeases;
import cymru.cofnod.schema.api.MigratedSchema;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Job leases as rows of {@code CONSENT_JOB_LEASE}, on the database every node shares. A lease is taken with one
 * {@code UPDATE ... WHERE LEASED_UNTIL <= now}: the database lets one node's update through and the others find
 * nothing to update, on Derby and PostgreSQL alike. It lives here, beside the audit, as the one bundle every
 * other with tables already needs.
 */
@Component(service = JobLeases.class,
        reference = @Reference(name = "schema", service = MigratedSchema.class, target = "(cofnod.schema=cofnod-consent)"))
public class JpaJobLeases implements JobLeases {

    private final JpaTemplate jpa;
    private final String node;
    private final Clock clock;

    @Activate
    public JpaJobLeases(@Reference(target = "(osgi.unit.name=cofnod-consent)") JpaTemplate jpa) {
        this(jpa, thisNode(), Clock.systemUTC());
    }

    /** Outside a container: {@code node} names this node in the leases it takes. */
    public JpaJobLeases(JpaTemplate jpa, String node, Clock clock) {
        this.jpa = jpa;
        this.node = node;
        this.clock = clock;
    }

    /** The Karaf instance, its host and process: two nodes on one machine differ by their process. */
    private static String thisNode() {
        String name = System.getProperty("karaf.name", "cofnod") + "@" + ManagementFactory.getRuntimeMXBean().getName();
        return name.length() <= JobLeaseRow.NODE_CHARS ? name : name.substring(0, JobLeaseRow.NODE_CHARS);
    }

    @Override
    public boolean runOnce(String job, Duration lease, Runnable work) {
        if (job == null || job.isBlank() || job.length() > JobLeaseRow.JOB_CHARS) {
            throw new IllegalArgumentException("A job is named in at most " + JobLeaseRow.JOB_CHARS + " characters");
        }
        FirstRow.make(jpa, JobLeaseRow.class, job, () -> JobLeaseRow.free(job));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int taken = jpa.txExpr(TransactionType.Required, em -> em.createQuery("update JobLeaseRow j"
                        + " set j.node = :node, j.leasedUntil = :until, j.startedAt = :now, j.finishedAt = null,"
                        + " j.outcome = null where j.job = :job and j.leasedUntil <= :now")
                .setParameter("node", node).setParameter("until", JobLeaseRow.utc(now.plus(lease)))
                .setParameter("now", JobLeaseRow.utc(now)).setParameter("job", job).executeUpdate());
        if (taken == 0) {
            return false;
        }
        String outcome = "failed";
        try {
            work.run();
            outcome = "done";
        } catch (RuntimeException e) {
            outcome = "failed: " + e;
            throw e;
        } finally {
            release(job, outcome);
        }
        return true;
    }

    /** Gives the lease up, saying how the run ended; only this node's own lease (a lapsed one may be another's). */
    private void release(String job, String outcome) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String said = outcome.length() <= JobLeaseRow.OUTCOME_CHARS ? outcome
                : outcome.substring(0, JobLeaseRow.OUTCOME_CHARS);
        jpa.tx(TransactionType.Required, em -> em.createQuery("update JobLeaseRow j"
                        + " set j.leasedUntil = :now, j.finishedAt = :now, j.outcome = :outcome"
                        + " where j.job = :job and j.node = :node")
                .setParameter("now", JobLeaseRow.utc(now)).setParameter("outcome", said)
                .setParameter("job", job).setParameter("node", node).executeUpdate());
    }

    @Override
    public List<JobRun> runs() {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "select j from JobLeaseRow j order by j.job", JobLeaseRow.class).getResultList().stream()
                .map(JobLeaseRow::toRun).toList());
    }
}
