package cymru.cofnod.client;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import cymru.cofnod.core.api.Page;
import java.io.UncheckedIOException;
import java.util.List;

/** The typed calls every part of the client makes: JSON in, the api records out, refusals thrown. */
final class Calls {

    private static final TypeFactory TYPES = Json.MAPPER.getTypeFactory();

    private final Transport transport;

    Calls(Transport transport) {
        this.transport = transport;
    }

    Reply send(Request request) {
        return transport.send(request);
    }

    <T> T get(Object path, Class<T> type) {
        return get(path, TYPES.constructType(type));
    }

    <T> T get(Object path, JavaType type) {
        return send(Request.get(path.toString())).as(type);
    }

    <T> T post(Object path, Object body, Class<T> type) {
        return post(path, body, TYPES.constructType(type));
    }

    <T> T post(Object path, Object body, JavaType type) {
        return send(json("POST", path, body, null)).as(type);
    }

    /**
     * A new version of what {@code path} names, made from {@code version}, the one the writer read; null for what
     * has no versions.
     */
    <T> T put(Object path, Object body, Long version, Class<T> type) {
        return put(path, body, version, TYPES.constructType(type));
    }

    <T> T put(Object path, Object body, Long version, JavaType type) {
        return send(json("PUT", path, body, version == null ? null : Versions.tag(version))).as(type);
    }

    void delete(Object path) {
        send(Request.delete(path.toString())).orThrow();
    }

    static JavaType pageOf(Class<?> item) {
        return TYPES.constructParametricType(Page.class, item);
    }

    static JavaType pageOf(JavaType item) {
        return TYPES.constructParametricType(Page.class, item);
    }

    static JavaType listOf(Class<?> item) {
        return TYPES.constructCollectionType(List.class, item);
    }

    static JavaType listOf(JavaType item) {
        return TYPES.constructCollectionType(List.class, item);
    }

    static JavaType type(Class<?> raw, Class<?> parameter) {
        return TYPES.constructParametricType(raw, parameter);
    }

    private static Request json(String method, Object path, Object body, String ifMatch) {
        try {
            return new Request(method, path.toString(), Json.MAPPER.writeValueAsBytes(body), Request.JSON, ifMatch,
                    null);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
