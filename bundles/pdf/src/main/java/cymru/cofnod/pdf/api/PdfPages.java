package cymru.cofnod.pdf.api;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Prints a page of Cofnod's as PDF, in a font that has every letter Welsh needs (â ê î ô û ŵ ŷ and their
 * kin), embedded in the file so it reads the same everywhere.
 */
public interface PdfPages {

    /** The PDF's media type. */
    String MEDIA_TYPE = "application/pdf";

    /** The font family a page names in its CSS to be printed in the embedded font. */
    String FONT_FAMILY = "DejaVu Sans";

    /**
     * Writes the page as PDF to {@code out}.
     *
     * @param xhtml the page as well-formed XHTML (every element closed, entities escaped), styled with CSS
     */
    void print(String xhtml, OutputStream out) throws IOException;
}
