package cymru.cofnod.consent.internal;

import cymru.cofnod.core.api.JobLeases.JobRun;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** One job's lease, taken by one node at a time, and its last run. */
@Entity
@Table(name = "CONSENT_JOB_LEASE")
public class JobLeaseRow {

    static final int JOB_CHARS = 64;
    static final int NODE_CHARS = 200;
    static final int OUTCOME_CHARS = 500;

    @Id
    @Column(name = "JOB", length = JOB_CHARS)
    private String job;

    @Column(name = "NODE", length = NODE_CHARS)
    private String node;

    @Column(name = "LEASED_UNTIL", nullable = false)
    private LocalDateTime leasedUntil;

    @Column(name = "STARTED_AT")
    private LocalDateTime startedAt;

    @Column(name = "FINISHED_AT")
    private LocalDateTime finishedAt;

    @Column(name = "OUTCOME", length = OUTCOME_CHARS)
    private String outcome;

    public JobLeaseRow() {
        // for JPA
    }

    /** A job never run: its lease free to take. */
    static JobLeaseRow free(String job) {
        JobLeaseRow row = new JobLeaseRow();
        row.job = job;
        row.leasedUntil = utc(Instant.EPOCH);
        return row;
    }

    JobRun toRun() {
        return new JobRun(job, node, instant(startedAt), instant(finishedAt), instant(leasedUntil), outcome);
    }

    static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime at) {
        return at == null ? null : at.toInstant(ZoneOffset.UTC);
    }
}
