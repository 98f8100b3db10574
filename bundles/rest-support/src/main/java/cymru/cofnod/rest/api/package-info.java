/**
 * What the JAX-RS resources of every domain share, and the names of the service properties that publish them
 * on the HTTP API. Depends on no domain, so any domain bundle may use it without a circle.
 * Its version follows semantic versioning: a change that breaks users raises the major number.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package cymru.cofnod.rest.api;
