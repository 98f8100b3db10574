package cymru.cofnod.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import cymru.cofnod.pdf.api.PdfPages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * The files of a person's copy of their record, zipped: {@code record.fhir.json} (a collection Bundle, each
 * version an entry of its own), {@code record.html} ({@link CopyPage}), the same page printed as
 * {@code record.pdf}, and {@code manifest.json} (whose, for whom, by
 * whom, for which subject access request, when, how many of each resource, and each file's size and SHA-256).
 */
final class CopyZip {

    private CopyZip() {
    }

    /**
     * Whose copy, for whom and by whom it was made (an administrator on the person's behalf, or the person), the
     * subject access request it answers (null for the person's own) and when.
     */
    record Made(String personId, String madeFor, String madeBy, String reference, Instant at) {
    }

    static void write(List<Resource> resources, Made made, PdfPages pdf, OutputStream out) throws IOException {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        bundle.setTimestamp(java.util.Date.from(made.at()));
        // each version of an item shares its item's fullUrl, told apart by meta.versionId, as a Bundle allows
        resources.forEach(r -> bundle.addEntry().setFullUrl(CofnodSystems.FHIR_BASE + "/" + r.fhirType() + "/"
                + r.getIdElement().getIdPart()).setResource(r));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("record.fhir.json", FhirContext.forR4Cached().newJsonParser().setPrettyPrint(true)
                .encodeResourceToString(bundle).getBytes(StandardCharsets.UTF_8));
        String page = CopyPage.html(resources, made.at());
        files.put("record.html", page.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        pdf.print(page, printed);
        files.put("record.pdf", printed.toByteArray());
        files.put("manifest.json", manifest(made, resources, files)
                .getBytes(StandardCharsets.UTF_8));
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
    }

    private static String manifest(Made made, List<Resource> resources, Map<String, byte[]> files) {
        Map<String, Integer> counts = new TreeMap<>();
        resources.forEach(r -> counts.merge(r.fhirType(), 1, Integer::sum));
        StringBuilder json = new StringBuilder("{\n  \"person\": \"").append(made.personId())
                .append("\",\n  \"madeFor\": \"").append(quoted(made.madeFor()))
                .append("\",\n  \"madeBy\": \"").append(quoted(made.madeBy()));
        if (made.reference() != null) {
            json.append("\",\n  \"subjectAccessRequest\": \"").append(quoted(made.reference()));
        }
        json.append("\",\n  \"made\": \"").append(made.at()).append("\",\n  \"fhirVersion\": \"4.0.1\",\n  \"resources\": {");
        json.append(String.join(",", counts.entrySet().stream()
                .map(c -> "\"" + c.getKey() + "\": " + c.getValue()).toList()));
        json.append("},\n  \"files\": [");
        json.append(String.join(",", files.entrySet().stream().map(f -> "\n    {\"name\": \"" + f.getKey()
                + "\", \"bytes\": " + f.getValue().length + ", \"sha256\": \"" + sha256(f.getValue()) + "\"}").toList()));
        return json.append("\n  ]\n}\n").toString();
    }

    private static String quoted(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
