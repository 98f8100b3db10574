package cymru.cofnod.coach.internal;

import cymru.cofnod.coach.api.Advice;
import cymru.cofnod.coach.api.Field;
import cymru.cofnod.coach.api.KindExplanation;
import cymru.cofnod.coach.api.RecordingCoach;
import cymru.cofnod.core.api.Validation;
import cymru.cofnod.rest.api.Bodies;
import cymru.cofnod.rest.api.Contract;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /coach}: advice on a text before it is recorded, and the kinds of advice. Any signed-in user may
 * ask; it reads no record, so it needs no purpose of use.
 */
@Component(service = Object.class, property = Contract.RESOURCE)
@Path("/coach")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "coach", description = "Advice on recording well, before anything is recorded")
public class CoachResource {

    private static final Set<String> FIELDS =
            Arrays.stream(Field.values()).map(Field::wireName).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> LANGUAGES = Set.of("cy", "en");

    private final RecordingCoach coach;

    @Activate
    public CoachResource(@Reference RecordingCoach coach) {
        this.coach = coach;
    }

    /** A text, the field it is written for, and its language ({@code cy} or {@code en}; guessed if absent). */
    public record AdviceRequest(String text, String field, String language) {
    }

    public record AdviceAnswer(List<Advice> advice) {
    }

    @POST
    @Path("/advice")
    @Operation(operationId = "adviseOnRecording",
            summary = "Advice on a text about to be recorded (outcome, entry, decision, review, perspective)")
    public AdviceAnswer advice(AdviceRequest request) {
        AdviceRequest r = Bodies.required(request);
        new Validation().requireText(r.text(), "text").maxLength(r.text(), RecordingCoach.MAX_LENGTH, "text")
                .requireOneOf(r.field(), FIELDS, "field").oneOf(r.language(), LANGUAGES, "language").orThrow();
        return new AdviceAnswer(coach.advise(r.text(), Field.byWireName(r.field()).orElseThrow(), r.language()));
    }

    @GET
    @Path("/kinds")
    @Operation(operationId = "listAdviceKinds", summary = "The kinds of advice, with their principle, in Welsh and English")
    public List<KindExplanation> kinds() {
        return coach.kinds();
    }
}
