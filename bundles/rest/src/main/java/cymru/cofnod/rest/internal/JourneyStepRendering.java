package cymru.cofnod.rest.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import cymru.cofnod.core.api.Memo;
import cymru.cofnod.outcomes.api.TimelineItem;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A step of the journey as JSON, rendered once per item version as it is shown: a version never changes, and
 * the newest pages of a journey are read again and again, so their steps are written out as already rendered.
 * Consent decides which steps are on a page and cuts from a step the links to what its reader may not see; a
 * step is kept under its version and the links it is shown with, so a reader is never given the rendering of
 * someone who may see more. A step is kept as its UTF-8 bytes, so writing it out is a copy rather than encoding
 * it again.
 */
final class JourneyStepRendering extends StdSerializer<TimelineItem> {

    private final ObjectMapper plain;
    private final Memo<SerializableString> rendered = new Memo<>(5_000);

    /** {@code plain} renders a step the ordinary way: the same settings, without this serializer. */
    JourneyStepRendering(ObjectMapper plain) {
        super(TimelineItem.class);
        this.plain = plain;
    }

    @Override
    public void serialize(TimelineItem step, JsonGenerator out, SerializerProvider provider) throws IOException {
        Long version = step.item() == null ? null : step.item().version();
        out.writeRawValue(version == null ? render(step)
                : rendered.get(step.id() + '/' + version + '/' + String.join(",", step.outcomeIds()), () -> render(step)));
    }

    private SerializableString render(TimelineItem step) {
        try {
            SerializedString json = new SerializedString(plain.writeValueAsString(step));
            json.asUnquotedUTF8(); // encoded now, once, and kept with it
            return json;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
