package cymru.cofnod.rest.api;

/**
 * The HTTP API's contract as a resource takes part in it: how a resource says it reads personal data, and the
 * service properties that publish a resource or a provider (the OSGi JAX-RS Whiteboard's own names, so a
 * whiteboard could publish the same services unchanged).
 */
public final class Contract {

    /** What an operation that reads personal data names in its {@code @Parameter(ref = ...)}. */
    public static final String PURPOSE = "#/components/parameters/PurposeOfUse";

    /** A DS component registered as {@code Object} with this property is a resource of the API. */
    public static final String RESOURCE = "osgi.jaxrs.resource=true";

    /** A DS component registered as {@code Object} with this property is a provider of the API (a mapper...). */
    public static final String EXTENSION = "osgi.jaxrs.extension=true";

    private Contract() {
    }
}
