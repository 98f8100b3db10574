package cymru.cofnod.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import cymru.cofnod.core.api.MalformedRequestException;
import java.util.Locale;
import javax.servlet.http.HttpServletRequest;

/** JSON by default; XML when {@code _format} or, failing that, {@code Accept} asks for it. */
enum FhirFormat {
    JSON("application/fhir+json"), XML("application/fhir+xml");

    private final String mediaType;

    FhirFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    String contentType() {
        return mediaType + ";charset=UTF-8";
    }

    IParser parser(FhirContext fhir) {
        return (this == JSON ? fhir.newJsonParser() : fhir.newXmlParser()).setPrettyPrint(true);
    }

    /** @throws MalformedRequestException for a {@code _format} that is neither */
    static FhirFormat of(HttpServletRequest request) {
        String asked = request.getParameter("_format");
        if (asked != null) {
            return switch (asked.trim().toLowerCase(Locale.ROOT)) {
                case "json", "application/json", "application/fhir+json" -> JSON;
                case "xml", "text/xml", "application/xml", "application/fhir+xml" -> XML;
                default -> throw new MalformedRequestException("_format", "is json or xml");
            };
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("xml") && !accept.contains("json") ? XML : JSON;
    }
}
