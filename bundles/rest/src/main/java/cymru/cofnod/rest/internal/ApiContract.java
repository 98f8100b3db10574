package cymru.cofnod.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import cymru.cofnod.core.api.Purpose;
import cymru.cofnod.rest.api.Identity;
import cymru.cofnod.rest.api.Problem;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The OpenAPI 3 contract of the HTTP API: read from the resources this server publishes (their JAX-RS and
 * swagger annotations), with the API's server-wide conventions written in, as {@link BasicAuthentication},
 * {@link Identity} and {@link ProblemMapper} apply them: HTTP Basic on every path but the open ones, the
 * purpose of use where a resource names {@link cymru.cofnod.rest.api.Contract#PURPOSE}, and problem documents
 * for every error.
 */
record ApiContract(String json, String yaml) {

    private static final String BASIC = "basic";
    private static final String PROBLEM = "Problem";
    private static final String DESCRIPTION = "One joined-up, personal-outcomes-focused record of a person who uses"
            + " care and support, kept by several agencies. Every request but /health and this contract is"
            + " authenticated with HTTP Basic against the agency's users; a request that reads personal data"
            + " states why in X-Purpose-Of-Use; errors are RFC 9457 problem documents (application/problem+json);"
            + " lists are paged with limit and cursor; items that can change carry an ETag and want If-Match.";

    /** The contract of these resource classes, the same text for the same classes whatever order they come in. */
    static ApiContract of(Collection<Class<?>> resources) {
        // by simple name, as when every resource was in one package: of two schemas of one name, the same wins
        Set<Class<?>> ordered = new TreeSet<>(
                Comparator.comparing(Class<?>::getSimpleName).thenComparing(Class::getName));
        ordered.addAll(resources);
        OpenAPI api = new Reader(new SwaggerConfiguration().openAPI(base()).readAllResources(true)).read(ordered);
        api.getComponents().addResponses(PROBLEM, new ApiResponse()
                .description("The request was refused or failed; the problem document says why")
                .content(new Content().addMediaType(Problem.MEDIA_TYPE.toString(),
                        new MediaType().schema(new Schema<>().$ref(PROBLEM)))));
        ModelConverters.getInstance().readAll(Problem.class).forEach(api.getComponents()::addSchemas);
        // by name, not by the order the domains' classes were read in (the paths the writer sorts itself)
        if (api.getTags() != null) {
            api.getTags().sort(Comparator.comparing(Tag::getName));
        }
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
                answers(operation);
                if (BasicAuthentication.isOpen(path)) {
                    operation.setSecurity(List.of());
                }
            }));
        }
        return new ApiContract(write(Json.mapper(), api), write(Yaml.mapper(), api));
    }

    private static OpenAPI base() {
        return new OpenAPI()
                .info(new Info().title("Cofnod API").version("1").description(DESCRIPTION))
                // relative, so the contract is the same on every host and port
                .addServersItem(new Server().url("/cofnod/api/v1"))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("A user of the agency's realm; their roles name their agency and role"))
                        .addParameters("PurposeOfUse", new HeaderParameter().name(Identity.PURPOSE_HEADER)
                                .required(true).description("Why personal data is read; every read is audited with it")
                                .schema(new StringSchema()._enum(
                                        Arrays.stream(Purpose.values()).map(Purpose::wireName).toList()))))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    /**
     * What the reader inferred from a method's return type it files under {@code default}: that is the success,
     * 200, and {@code default} is every error, as a problem document. A method that returns a {@code Response}
     * (or nothing) names its success with {@code @ApiResponse}, since its return type does not say it.
     */
    private static void answers(Operation operation) {
        ApiResponses responses = operation.getResponses();
        ApiResponse inferred = responses.remove(ApiResponses.DEFAULT);
        if (inferred != null) {
            responses.addApiResponse("200", inferred.description("OK"));
        }
        responses.addApiResponse(ApiResponses.DEFAULT, new ApiResponse().$ref(PROBLEM));
    }

    private static String write(ObjectMapper mapper, OpenAPI api) {
        try {
            return mapper.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).withDefaultPrettyPrinter()
                    .writeValueAsString(api);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The OpenAPI contract could not be written", e);
        }
    }
}
