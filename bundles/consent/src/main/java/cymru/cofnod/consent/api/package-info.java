/**
 * Consent directives, the sharing policy, break-glass and the audit trail.
 * Its version follows semantic versioning: a change that breaks users raises the major number.
 */
@org.osgi.annotation.versioning.Version("1.2.0")
package cymru.cofnod.consent.api;
