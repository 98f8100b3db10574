package cymru.cofnod.schema.api;

/**
 * A bundle's schema, migrated: registered once the changelog its manifest names ({@link #HEADER}) has been applied
 * to Cofnod's datasource. A component that reads or writes the bundle's tables references it, so that it starts only
 * on tables that are there:
 * {@code @Component(reference = @Reference(name = "schema", service = MigratedSchema.class,
 * target = "(cofnod.schema=cofnod-outcomes)"))}.
 */
public interface MigratedSchema {

    /** The manifest header naming a bundle's changelog, e.g. {@code Cofnod-Schema: db/changelog/cofnod-outcomes.xml}. */
    String HEADER = "Cofnod-Schema";

    /** The service property naming the schema: its changelog's file name without {@code .xml}. */
    String NAME = "cofnod.schema";

    /** The schema's name, by convention its bundle's persistence unit's. */
    String name();
}
