/**
 * Versioned schemas: a bundle's Liquibase changelog, and the service saying it has been applied.
 * Its version follows semantic versioning: a change that breaks users raises the major number.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package cymru.cofnod.schema.api;
