package cymru.cofnod.rest.internal;

import cymru.cofnod.adapter.api.IngestReport;
import cymru.cofnod.adapter.api.IngestService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.BadRequestException;
import javax.ws.rs.core.Response;

/** Agencies' payloads: read with a size limit, answered item by item or with a problem the sender can act on. */
final class Payloads {

    private Payloads() {
    }

    /** The body, or {@link IngestService.PayloadTooLarge} once past {@code max} (the rest is read and dropped). */
    static byte[] read(HttpServletRequest request, long max) {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = request.getInputStream()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total <= max) {
                    kept.write(buffer, 0, n);
                }
            }
        } catch (IOException e) {
            throw new BadRequestException("The payload could not be read to its end: " + e.getMessage());
        }
        if (total > max) {
            throw new IngestService.PayloadTooLarge(total, max);
        }
        return kept.toByteArray();
    }

    static Response answer(Supplier<IngestReport> work) {
        try {
            return Response.ok(work.get()).build();
        } catch (IngestService.PayloadTooLarge e) {
            return Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, e.getMessage()).toResponse();
        } catch (IngestService.UnsupportedMediaType e) {
            return Problem.of(Response.Status.UNSUPPORTED_MEDIA_TYPE, e.getMessage()).toResponse();
        }
    }
}
