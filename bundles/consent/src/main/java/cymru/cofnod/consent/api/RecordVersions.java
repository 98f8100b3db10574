package cymru.cofnod.consent.api;

import java.util.function.Consumer;

/**
 * The SPI a bundle that keeps record items provides so that the audit can check the stored record: every
 * item version it holds, digested as {@link VersionDigest} was when written. Verification compares these with
 * the digests the write events carry.
 */
public interface RecordVersions {

    /** Hands every stored version to {@code each}, in any order, read in pages. */
    void each(Consumer<VersionDigest> each);
}
