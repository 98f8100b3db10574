package cymru.cofnod.pdf.internal;

import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.Test;

/** A page printed as PDF and read back with PDFBox: Welsh letters intact, in the embedded font. */
public class OpenHtmlPdfPagesTest {

    @Test
    public void welshAndEnglishComeBackAsWritten() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new OpenHtmlPdfPages().print("""
                <html lang="cy"><head><style>body{font-family:'DejaVu Sans'}</style></head><body>
                <h1>Eich cofnod / Your record</h1>
                <p>Rwy'n hoffi gŵr a dŷ ac â'r parc; mae'r waliau'n cau amdana i</p>
                <p lang="en">I want the confidence to walk outdoors again</p></body></html>""", pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text, text.contains("Rwy'n hoffi gŵr a dŷ ac â'r parc"));
            assertTrue(text, text.contains("I want the confidence to walk outdoors again"));
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertTrue(font.getName(), font.getName().contains("DejaVuSans") && font.isEmbedded());
        }
    }
}
