/**
 * The NOF catalogue, tags on outcomes, commissioners' personalised statements and reports.
 * Its version follows semantic versioning: a change that breaks users raises the major number.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package cymru.cofnod.nof.api;
