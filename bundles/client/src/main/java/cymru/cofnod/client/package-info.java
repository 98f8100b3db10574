/**
 * The typed Java client of Cofnod's HTTP API, on the api records of the domain bundles.
 * Its version follows semantic versioning: a change that breaks users raises the major number.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package cymru.cofnod.client;
