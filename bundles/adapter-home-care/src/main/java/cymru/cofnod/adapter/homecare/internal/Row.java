package cymru.cofnod.adapter.homecare.internal;

import cymru.cofnod.adapter.api.Readings;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/**
 * One visit note or learning-log row with its fields by their JSON names, whichever format it came in. CSV
 * rows give a date with times of day; JSON gives times with their offset.
 */
record Row(boolean learningLog, Map<String, String> fields, boolean localTimes) {

    String get(String name) {
        return fields.get(name);
    }

    boolean has(String name) {
        return Readings.optional(fields.get(name)) != null;
    }

    Instant time(String name, ZoneId zone) {
        return localTimes ? Readings.local(fields.get("date"), fields.get(name), zone, "date", name)
                : Readings.instant(fields.get(name), name);
    }
}
