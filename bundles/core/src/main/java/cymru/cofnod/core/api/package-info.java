/**
 * Cofnod's shared vocabulary: requesters, purposes, roles, pages, validation, and the due-work SPI.
 * Its version follows semantic versioning: a change that breaks users raises the major number.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package cymru.cofnod.core.api;
