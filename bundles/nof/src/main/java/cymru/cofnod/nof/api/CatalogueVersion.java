package cymru.cofnod.nof.api;

import java.time.Instant;

/** One change to the catalogue: version 1 is the load of the source file, every correction adds one. */
public record CatalogueVersion(long version, Instant changedAt, String changedBy, String code, String note) {
}
