package cymru.cofnod.web.internal;

import static cymru.cofnod.web.internal.Html.esc;
import static cymru.cofnod.web.internal.Html.url;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * The person asks for their own copy of their record: what it holds, and the download, passed on as the API
 * makes it ({@code GET /people/{id}/export}), which checks that it is their own.
 */
final class CopyPages {

    void ask(Visit v, JsonNode person) throws IOException {
        Messages m = v.m;
        v.html(200, Layout.page(v, m.t("copy.title") + " – " + PersonPages.name(person), RecordPages.header(v, person, "/copy") + """
                <h2 class="govuk-heading-l">%s</h2>
                <p class="govuk-body">%s</p>
                <p class="govuk-body"><a class="govuk-button" data-module="govuk-button" href="%s/people/%s/copy/download">%s</a></p>
                """.formatted(m.h("copy.title"), m.h("copy.explain"), Visit.ROOT, esc(url(person.path("id").asText())),
                m.h("copy.download"))));
    }

    void download(Visit v, JsonNode person) throws IOException {
        String id = person.path("id").asText();
        ApiClient.Download copy = v.api.download("/people/" + url(id) + "/export", "application/zip");
        if (copy.status() != 200) {
            PersonPages.refused(v, copy.asReply());
            return;
        }
        v.response.setStatus(200);
        v.response.setContentType(copy.contentType());
        v.response.setHeader("Content-Disposition", "attachment; filename=\"cofnod-" + id + ".zip\"");
        v.response.getOutputStream().write(copy.body());
    }
}
