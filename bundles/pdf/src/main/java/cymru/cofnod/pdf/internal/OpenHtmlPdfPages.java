package cymru.cofnod.pdf.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import cymru.cofnod.pdf.api.PdfPages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.osgi.service.component.annotations.Component;

/**
 * Prints with openhtmltopdf on PDFBox, in DejaVu Sans (regular and bold, from Debian's fonts-dejavu-core, free to
 * redistribute: {@code fonts/DejaVu-LICENSE.txt}), subset into each file. The fonts are read once, from this
 * bundle, so printing never scans the machine's fonts.
 */
@Component(service = PdfPages.class)
public class OpenHtmlPdfPages implements PdfPages {

    private final byte[] regular = font("DejaVuSans.ttf");
    private final byte[] bold = font("DejaVuSans-Bold.ttf");

    private static byte[] font(String name) {
        try (InputStream in = OpenHtmlPdfPages.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the font " + name + " is missing from this bundle");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void print(String xhtml, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400,
                BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700,
                BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        // the XML and CSS parsers are looked up through the context class loader: this bundle's sees them
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(OpenHtmlPdfPages.class.getClassLoader());
        try {
            builder.run();
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
