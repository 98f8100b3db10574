/**
 * The adapter SPI: what an agency's adapter implements and what ingest offers it.
 * Its version follows semantic versioning: a change that breaks users raises the major number.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package cymru.cofnod.adapter.api;
