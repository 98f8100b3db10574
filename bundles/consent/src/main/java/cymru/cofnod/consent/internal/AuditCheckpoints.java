package cymru.cofnod.consent.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chain's head, signed with the audit key and appended to a file outside the database
 * ({@code ${karaf.data}/audit/checkpoints}) and to the log, at most every so many seconds or events. A chain
 * cut back (its newest events removed and the head moved back) or rebuilt cannot match a checkpoint written
 * before: the event a checkpoint names must still be there with the hash it names.
 */
final class AuditCheckpoints {

    private static final Logger LOG = LoggerFactory.getLogger(AuditCheckpoints.class);
    private static final Pattern LINE = Pattern.compile(
            "sequence=(\\d{1,18}) hash=([0-9a-f]{64}) at=(\\S+) key=(\\S+) mac=([0-9a-f]{64})");

    /** One line of the file: the head it names, and whether its signature is right. */
    record Checkpoint(int line, long sequence, String hash, boolean signed) {
    }

    private final Path file;
    private final AuditKeys keys;
    private final long everyNanos;
    private final long everyEvents;
    private long lastSequence = -1;
    private long lastAt = System.nanoTime();
    private long headSequence;
    private String headHash;

    AuditCheckpoints(Path file, AuditKeys keys, Duration every, long everyEvents) {
        this.file = file;
        this.keys = keys;
        this.everyNanos = every.toNanos();
        this.everyEvents = everyEvents;
    }

    /** The chain's head after a commit: written as a checkpoint if one is due. */
    synchronized void advanced(long sequence, String hash) {
        headSequence = sequence;
        headHash = hash;
        if (lastSequence < 0 || sequence - lastSequence >= everyEvents) {
            write();
        } else {
            due();
        }
    }

    /** Writes the head as a checkpoint if it moved and the time since the last one has passed. */
    synchronized void due() {
        if (headHash != null && headSequence != lastSequence && System.nanoTime() - lastAt >= everyNanos) {
            write();
        }
    }

    private void write() {
        String keyId = keys.current();
        String signed = "sequence=" + headSequence + " hash=" + headHash + " at=" + Instant.now() + " key=" + keyId;
        String line = signed + " mac=" + keys.mac(keyId, signed);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (IOException e) {
            LOG.error("The audit checkpoint could not be written to {}: {}", file, line, e);
        }
        LOG.info("Audit checkpoint {}", line);
        lastSequence = headSequence;
        lastAt = System.nanoTime();
    }

    /** Every checkpoint in the file, in order; a line that is not one counts as unsigned. */
    List<Checkpoint> read() {
        List<Checkpoint> all = new ArrayList<>();
        if (!Files.exists(file)) {
            return all;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = LINE.matcher(lines.get(i));
                if (!m.matches()) {
                    all.add(new Checkpoint(i + 1, -1, null, false));
                    continue;
                }
                String signed = lines.get(i).substring(0, lines.get(i).lastIndexOf(" mac="));
                boolean ok = m.group(5).equals(keys.mac(m.group(4), signed));
                all.add(new Checkpoint(i + 1, Long.parseLong(m.group(1)), m.group(2), ok));
            }
        } catch (IOException e) {
            throw new IllegalStateException("The audit checkpoints cannot be read from " + file, e);
        }
        return all;
    }
}
