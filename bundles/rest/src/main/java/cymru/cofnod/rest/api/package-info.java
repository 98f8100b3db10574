/**
 * What the HTTP API shares with other bundles' HTTP endpoints (the FHIR face): who is asking and why, found the
 * same way as for the API. Its version follows semantic versioning.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package cymru.cofnod.rest.api;
