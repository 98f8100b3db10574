package cymru.cofnod.rest.internal;

import cymru.cofnod.core.api.MalformedRequestException;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Validation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.Provider;

/**
 * The shape of every id, paging parameter and filter in a request's path and query, checked before any work:
 * a malformed one is 400 naming the parameter (JAX-RS itself would answer 404 for {@code limit=abc}).
 */
@Provider
public class RequestShapes implements ContainerRequestFilter {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,18}");
    private static final Pattern LIMIT = Pattern.compile("\\d{1,4}");
    private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_=-]{1,256}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Set<String> IDS = Set.of("person", "outcome");
    private static final Set<String> NAMES = Set.of("agency", "code", "collection", "domain");
    private static final Set<String> NUMBERS = Set.of("version");
    private static final int MAX_QUERY_TEXT = 200;

    @Override
    public void filter(ContainerRequestContext request) {
        Validation v = new Validation();
        request.getUriInfo().getPathParameters().forEach((name, values) -> values.forEach(value -> {
            if (NAMES.contains(name)) {
                v.require(NAME.matcher(value).matches(), name, "is not a name this API gives out");
            } else {
                v.id(value, name);
            }
        }));
        query(request.getUriInfo().getQueryParameters(), v);
        if (!v.ok()) {
            request.abortWith(ProblemMapper.problemFor(new MalformedRequestException(v.errors())).toResponse());
        }
    }

    private static void query(MultivaluedMap<String, String> query, Validation v) {
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            String name = parameter.getKey();
            for (String value : parameter.getValue()) {
                if (value.isEmpty()) {
                    continue;
                }
                if ("limit".equals(name)) {
                    v.require(LIMIT.matcher(value).matches(), name,
                            "must be a whole number from 1 to " + PageRequest.MAX_LIMIT);
                } else if ("cursor".equals(name)) {
                    v.require(CURSOR.matcher(value).matches(), name, "is not a cursor this list gave out");
                } else if (NUMBERS.contains(name)) {
                    v.require(WHOLE_NUMBER.matcher(value).matches(), name, "must be a whole number");
                } else if (IDS.contains(name)) {
                    v.id(value, name);
                } else if (NAMES.contains(name)) {
                    v.require(NAME.matcher(value).matches(), name, "is not a name this API gives out");
                } else {
                    v.maxLength(value, MAX_QUERY_TEXT, name);
                }
            }
        }
    }
}
