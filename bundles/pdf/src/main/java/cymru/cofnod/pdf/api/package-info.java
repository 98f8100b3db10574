/**
 * Pages printed as PDF ({@link cymru.cofnod.pdf.api.PdfPages}).
 * Its version follows semantic versioning: a change that breaks users raises the major number.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package cymru.cofnod.pdf.api;
