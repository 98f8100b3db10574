package cymru.cofnod.consent.api;

/**
 * One stored version of a record item and the SHA-256 digest of what was stored, as the bundle that owns
 * the item computes it. Carried in the audit event of the write that stored it, so that verification can
 * tell an item version changed or removed behind the services' back.
 *
 * @param kind    the item's kind ({@code entry}, {@code outcome}, {@code person}...)
 * @param itemId  the item's id
 * @param version the version's number
 * @param digest  hex SHA-256 over the version's stored content
 */
public record VersionDigest(String kind, String itemId, int version, String digest) {

    /** How verification names a version: {@code entry 1b2c.../3}. */
    public String key() {
        return kind + " " + itemId + "/" + version;
    }
}
