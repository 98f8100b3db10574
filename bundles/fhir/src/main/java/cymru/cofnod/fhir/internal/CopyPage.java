package cymru.cofnod.fhir.internal;

import java.time.Instant;
import java.util.List;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * The person's copy of their record as one page to read, in Welsh and English side by side: their outcomes in
 * their own words, the journey's entries part by part, their plans, their consents and who looked at their record.
 * Well-formed XHTML in the PDF pages' font, so the same page prints as {@code record.pdf}.
 */
final class CopyPage {

    private CopyPage() {
    }

    static String html(List<Resource> resources, Instant made) {
        StringBuilder page = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="cy"><head><meta charset="UTF-8"/><title>Eich cofnod – Your record</title>
                <style>body{font-family:'DejaVu Sans',sans-serif;max-width:50em;margin:auto}
                h2{border-top:1px solid #999}.en{color:#333}</style></head><body>
                """);
        Patient patient = first(resources, Patient.class);
        page.append("<h1>Eich cofnod <span class=\"en\" lang=\"en\">/ Your record</span></h1>\n<p>")
                .append(esc(patient == null ? "" : patient.getNameFirstRep().getNameAsSingleString()))
                .append("</p>\n<p>Gwnaed <span lang=\"en\">/ Made</span>: ").append(made).append("</p>\n");
        section(page, "Canlyniadau", "Outcomes");
        of(resources, Goal.class).forEach(g -> item(page, g.getMeta().getVersionId(), g.getDescription().getText()
                + withdrawn(g, g.getNote()), g.getLifecycleStatus().toCode()));
        section(page, "Y daith", "The journey");
        of(resources, Observation.class).forEach(o -> {
            StringBuilder parts = new StringBuilder();
            o.getComponent().forEach(c -> parts.append(c.getCode().getText()).append(": ")
                    .append(c.getValue().primitiveValue()).append("\n"));
            item(page, o.getMeta().getVersionId(), o.getEffectiveDateTimeType().asStringValue() + " – "
                    + o.getCode().getText() + "\n" + parts + withdrawn(o, o.getNote()), o.getPerformerFirstRep().getDisplay());
        });
        section(page, "Cynlluniau", "Plans");
        of(resources, CarePlan.class).forEach(p -> item(page, p.getMeta().getVersionId(), String.join("\n",
                p.getActivity().stream().map(a -> a.getDetail().getDescription()).toList()), p.getStatus().toCode()));
        section(page, "Caniatâd", "Consent");
        of(resources, Consent.class).forEach(c -> item(page, null, c.getProvision().getActorFirstRep().getReference()
                .getDisplay() + ": " + String.join(", ", c.getProvision().getPurpose().stream().map(p -> p.getCode())
                .toList()), c.getStatus().toCode()));
        section(page, "Pwy edrychodd ar eich cofnod", "Who looked at your record");
        of(resources, AuditEvent.class).forEach(e -> item(page, null, e.getEntityFirstRep().getDescription(), null));
        return page.append("</body></html>\n").toString();
    }

    /** Under a withdrawn version: that it was withdrawn, by whom and why (its last note), in both languages. */
    private static String withdrawn(DomainResource resource, List<Annotation> notes) {
        if (!Withdrawals.isWithdrawn(resource)) {
            return "";
        }
        Annotation why = notes.get(notes.size() - 1);
        return "\nTynnwyd yn ôl / Withdrawn – " + why.getAuthorStringType().getValue() + ": " + why.getText();
    }

    private static void section(StringBuilder page, String cy, String en) {
        page.append("<h2>").append(esc(cy)).append(" <span class=\"en\" lang=\"en\">/ ").append(esc(en))
                .append("</span></h2>\n");
    }

    private static void item(StringBuilder page, String version, String text, String status) {
        page.append("<p style=\"white-space:pre-line\">").append(esc(text));
        if (status != null || version != null) {
            page.append("<br/><small>").append(status == null ? "" : esc(status))
                    .append(version == null ? "" : " (v" + esc(version) + ")").append("</small>");
        }
        page.append("</p>\n");
    }

    private static <T extends Resource> T first(List<Resource> resources, Class<T> type) {
        return of(resources, type).stream().findFirst().orElse(null);
    }

    private static <T extends Resource> List<T> of(List<Resource> resources, Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
