package cymru.cofnod.adapter.api;

import java.util.List;
import java.util.Set;

/**
 * The SPI an agency's system plugs in through: one implementation per kind of system (a local
 * authority's case system, an NHS board's FHIR feed, a home care provider's logs), published as an OSGi
 * service. Cofnod binds adapters as they come and go; several agencies may share one adapter kind, each
 * with its own configuration.
 *
 * <p>Ingest is two steps, so that one bad item never blocks the rest: {@link #split} cuts a payload into
 * items that each stand alone, and {@link #translate} turns one item into what it asks of the record.
 */
public interface AgencyAdapter {

    /** The kind of agency system this adapter reads, e.g. {@code physio}; agencies name it in their configuration. */
    String kind();

    /** The media types it accepts, e.g. {@code application/fhir+json}, {@code text/csv}. */
    Set<String> mediaTypes();

    /**
     * Cuts a payload into items. Bad input never throws: a part that cannot be read comes back as an item
     * with its {@link InboundItem#problem() problem}, and the whole payload as one such item when nothing
     * of it can be read.
     */
    List<InboundItem> split(Inbound inbound);

    /**
     * What one item asks of the record: people are matched and outcomes found through {@code context}.
     *
     * @throws ItemRejected when the item cannot be taken in (unknown person, unknown outcome, a broken rule)
     */
    RecordCommand translate(InboundItem item, AdapterContext context);
}
