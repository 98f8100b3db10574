/**
 * The personal outcomes record: people, outcomes in their own words, entries, decisions, reviews, the timeline.
 * Its version follows semantic versioning: a change that breaks users raises the major number.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package cymru.cofnod.outcomes.api;
