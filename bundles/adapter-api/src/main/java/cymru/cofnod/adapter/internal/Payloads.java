package cymru.cofnod.adapter.internal;

import cymru.cofnod.adapter.api.IngestService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.BadRequestException;

/** Agencies' payloads, read with a size limit; {@link PayloadTooLargeProblem} answers one too large. */
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
}
