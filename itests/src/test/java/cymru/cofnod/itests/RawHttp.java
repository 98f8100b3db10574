package cymru.cofnod.itests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP written by hand on a socket, for what a well-behaved client refuses to send: a TRACE, {@code %00} in a
 * path, a URI or a header too large. Answers are read to the end of the connection.
 */
final class RawHttp {

    private RawHttp() {
    }

    /** Sends {@code head} (request line and headers, without the blank line) and returns status line and body. */
    static Answer send(String head) {
        try (Socket socket = new Socket("localhost", CofnodContainer.HTTP_PORT)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            return new Answer(Integer.parseInt(text.substring(9, 12)),
                    end < 0 ? text : text.substring(0, end), end < 0 ? "" : text.substring(end + 4));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    record Answer(int status, String head, String body) {

        boolean isProblem() {
            return head.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/problem+json");
        }
    }
}
