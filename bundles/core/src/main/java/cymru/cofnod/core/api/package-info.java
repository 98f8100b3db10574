/**
 * Cofnod's shared vocabulary: requesters, purposes, roles, pages, validation, the due-work SPI, and the job leases
 * that run work once across nodes.
 * Its version follows semantic versioning: a change that breaks users raises the major number.
 */
@org.osgi.annotation.versioning.Version("1.2.0")
package cymru.cofnod.core.api;
