package cymru.cofnod.web.internal;

import static cymru.cofnod.web.internal.Html.esc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The page around every page: GOV.UK Frontend's template, service navigation and language choice. */
final class Layout {

    private Layout() {
    }

    /** A link of the service navigation: its path under /cofnod and its message key. */
    private record NavItem(String path, String key) {
    }

    /** The link on to the next page of a list: {@code href} comes escaped. */
    static String nextPage(String label, String href, String text) {
        return """
                <nav class="govuk-pagination govuk-pagination--block" aria-label="%s">
                <div class="govuk-pagination__next"><a class="govuk-link govuk-pagination__link" href="%s" rel="next">
                <span class="govuk-pagination__link-title">%s</span></a></div></nav>
                """.formatted(label, href, text);
    }

    /**
     * A wide table in a region of its own that scrolls sideways on a narrow screen, so the page itself never
     * does; it can take focus, so it scrolls by keyboard too.
     */
    static String scrolling(String label, String tableHtml) {
        return "<div class=\"cofnod-scroll\" role=\"region\" aria-label=\"" + esc(label) + "\" tabindex=\"0\">" + tableHtml + "</div>";
    }

    static String page(Visit v, String title, String body) {
        Messages m = v.m;
        return """
                <!DOCTYPE html>
                <html lang="%s" class="govuk-template govuk-template--rebranded">
                <head>
                <meta charset="utf-8">
                <title>%s – %s</title>
                <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
                <link rel="stylesheet" href="%s/assets/cofnod.css">
                <script type="module" src="%s/assets/cofnod.js"></script>
                </head>
                <body class="govuk-template__body"%s>
                <a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">%s</a>
                %s
                <div class="govuk-width-container">
                %s
                <main class="govuk-main-wrapper" id="main-content">
                %s%s%s
                </main>
                </div>
                <footer class="govuk-footer"><div class="govuk-width-container"><div class="govuk-footer__meta">
                <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
                <p class="govuk-body-s">%s</p>
                </div></div></div></footer>
                </body>
                </html>
                """.formatted(m.language(), esc(title), m.h("service.name"), Visit.ROOT, Visit.ROOT,
                v.session == null ? "" : " data-idle-seconds=\"" + v.idleSeconds() + "\"",
                m.h("layout.skip"), navigation(v), languages(v), sessionWarning(v), emergencyAccess(v), body, m.h("layout.footer"));
    }

    /**
     * Shown by the script shortly before an idle session ends (GOV.UK's timeout warning): staying signed in
     * renews it. Without the script nothing is lost either: a form sent after the session ended is kept.
     */
    private static String sessionWarning(Visit v) {
        Messages m = v.m;
        return v.session == null ? "" : """
                <div class="govuk-notification-banner" role="region" aria-labelledby="session-warning-title" id="session-warning" tabindex="-1" hidden>
                <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="session-warning-title">%s</h2></div>
                <div class="govuk-notification-banner__content">
                <p class="govuk-notification-banner__heading">%s</p>
                <p class="govuk-body">%s</p>
                <button type="button" class="govuk-button govuk-!-margin-bottom-0" id="stay-signed-in" data-href="%s/session">%s</button>
                </div></div>
                """.formatted(m.h("session.important"), m.h("session.endingSoon"), m.h("session.endingKept"), Visit.ROOT,
                m.h("session.stay"));
    }

    /** While break-glass access lasts, every page says whose record and until when, and offers to stop it. */
    private static String emergencyAccess(Visit v) {
        if (v.session == null) {
            return "";
        }
        Messages m = v.m;
        StringBuilder b = new StringBuilder();
        v.session.emergencyAccess(Instant.now()).forEach((personId, access) -> b.append("""
                <div class="govuk-notification-banner" role="region" aria-labelledby="emergency-%1$s" data-module="govuk-notification-banner">
                <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="emergency-%1$s">%2$s</h2></div>
                <div class="govuk-notification-banner__content">
                <p class="govuk-notification-banner__heading">%3$s</p>
                <form method="post" action="%4$s/people/%1$s/break-glass/stop">%5$s
                <button type="submit" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button">%6$s</button>
                </form></div></div>
                """.formatted(esc(Html.url(personId)), m.h("access.breakGlass"),
                m.h("breakGlass.banner", access.name(), RecordPages.time(access.until())), Visit.ROOT, v.csrfField(),
                m.h("breakGlass.stop"))));
        return b.toString();
    }

    private static String navigation(Visit v) {
        Messages m = v.m;
        StringBuilder items = new StringBuilder();
        String here = v.request.getPathInfo() == null ? "/" : v.request.getPathInfo();
        List<NavItem> nav = itemsFor(v);
        for (NavItem item : nav) {
            // the most particular item is the current one: /people/new is not also /people
            boolean current = (here.equals(item.path()) || here.startsWith(item.path() + "/")) && nav.stream()
                    .noneMatch(other -> other.path().length() > item.path().length() && here.startsWith(other.path()));
            items.append("<li class=\"govuk-service-navigation__item")
                    .append(current ? " govuk-service-navigation__item--active" : "").append("\">")
                    .append("<a class=\"govuk-service-navigation__link\" href=\"").append(Visit.ROOT).append(item.path())
                    .append('"').append(current ? " aria-current=\"page\"" : "").append('>')
                    .append(m.h(item.key())).append("</a></li>\n");
        }
        String signOut = v.session == null ? "" : """
                <li class="govuk-service-navigation__item"><form method="post" action="%s/logout">%s
                <button type="submit" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 govuk-!-margin-top-2">%s</button>
                </form></li>
                """.formatted(Visit.ROOT, v.csrfField(), m.h("layout.signOut"));
        return """
                <section class="govuk-service-navigation" aria-label="%s" data-module="govuk-service-navigation">
                <div class="govuk-width-container"><div class="govuk-service-navigation__container">
                <span class="govuk-service-navigation__service-name">
                <a href="%s/" class="govuk-service-navigation__link">%s</a></span>
                <nav aria-label="%s" class="govuk-service-navigation__wrapper">
                <button type="button" class="govuk-service-navigation__toggle govuk-js-service-navigation-toggle" aria-controls="navigation" hidden>%s</button>
                <ul class="govuk-service-navigation__list" id="navigation">
                %s%s</ul>
                </nav>
                </div></div>
                </section>
                """.formatted(m.h("layout.serviceInformation"), Visit.ROOT, m.h("service.name"),
                m.h("layout.menu"), m.h("layout.menu"), items, signOut);
    }

    private static List<NavItem> itemsFor(Visit v) {
        List<NavItem> items = new ArrayList<>();
        if (v.session == null) {
            return items;
        }
        switch (v.session.role()) {
            case "practitioner" -> {
                items.add(new NavItem("/people", "nav.people"));
                items.add(new NavItem("/due", "nav.due"));
                items.add(new NavItem("/people/new", "nav.newPerson"));
            }
            case "person" -> items.add(new NavItem("/people/" + v.session.personId(), "nav.myRecord"));
            case "commissioner" -> items.add(new NavItem("/reports", "nav.reports"));
            default -> {
            }
        }
        return items;
    }

    /** Cymraeg | English: the current one marked, the other a link to this page in it. */
    private static String languages(Visit v) {
        StringBuilder items = new StringBuilder();
        for (String lang : Messages.LANGUAGES) {
            String name = Messages.of(lang).h("language.name");
            if (lang.equals(v.m.language())) {
                items.append("<li class=\"govuk-language-navigation__list-item\"><span class=\"govuk-language-navigation__text\" aria-current=\"true\" lang=\"")
                        .append(lang).append("\">").append(name).append("</span></li>\n");
            } else {
                items.append("<li class=\"govuk-language-navigation__list-item\"><a class=\"govuk-language-navigation__link\" rel=\"alternate\" href=\"")
                        .append(esc(sameWithLanguage(v, lang))).append("\" lang=\"").append(lang).append("\" hreflang=\"")
                        .append(lang).append("\">").append(name).append("</a></li>\n");
            }
        }
        return """
                <nav class="govuk-language-navigation govuk-!-margin-top-2" aria-label="%s">
                <ul class="govuk-language-navigation__list">
                %s</ul>
                </nav>
                """.formatted(v.m.h("layout.language"), items);
    }

    /** This page's address with {@code lang} set, keeping its other query parameters. */
    private static String sameWithLanguage(Visit v, String lang) {
        StringBuilder q = new StringBuilder("?lang=").append(lang);
        v.request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("lang") && !name.equals("csrf") && v.request.getMethod().equals("GET")) {
                for (String value : values) {
                    q.append('&').append(Html.url(name)).append('=').append(Html.url(value));
                }
            }
        });
        String path = v.request.getPathInfo() == null ? "/" : v.request.getPathInfo();
        return Visit.ROOT + path + q;
    }
}
