package cymru.cofnod.core.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Work a node does on its own (a rebuild at start, a sweep, a retry) that must run once across all the Cofnod
 * nodes on one database: each job has a lease in the database, and the node that takes it runs the job while the
 * others leave it. A lease lapses after its time, so a node that died holding one holds it no longer.
 */
public interface JobLeases {

    /**
     * Runs {@code work} here and now if no node holds the job's lease, holding it for at most {@code lease}
     * (long enough for the work) and giving it up when the work ends.
     *
     * @return whether the work ran here; false when another node held the lease
     */
    boolean runOnce(String job, Duration lease, Runnable work);

    /** Every job's last run, as an operator reads it: which node, when, and how it ended. */
    List<JobRun> runs();

    /** A job's last run; {@code finishedAt} and {@code outcome} are null while it runs. */
    record JobRun(String job, String node, Instant startedAt, Instant finishedAt, Instant leasedUntil,
                  String outcome) {
    }
}
