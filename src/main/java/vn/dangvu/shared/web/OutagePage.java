package vn.dangvu.shared.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * The page shown while the database cannot be reached: rendered from the message bundles alone, with no
 * template, session, security context or database. For a form that was posted, it shows the fields
 * again in a form that sends them back to the same address (CSRF token as posted; passwords are never
 * written back, the user types them again).
 */
@RequiredArgsConstructor
final class OutagePage {

    /** The language cookie of {@link WebConfiguration#localeResolver()}. */
    static final String LANGUAGE_COOKIE = "dangvu-lang";

    private static final Locale ENGLISH = Locale.ENGLISH;

    private final MessageSource messages;

    /** {@code ?lang=en} or the language cookie, as the rest of the app decides; Vietnamese otherwise. */
    static Locale locale(HttpServletRequest request) {
        String asked = languageInQuery(request.getQueryString());
        if (asked == null && request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (LANGUAGE_COOKIE.equals(cookie.getName())) {
                    asked = cookie.getValue();
                }
            }
        }
        return asked != null && asked.toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : WebConfiguration.VIETNAMESE;
    }

    private static String languageInQuery(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("lang=")) {
                return pair.substring("lang=".length());
            }
        }
        return null;
    }

    String render(Locale locale, String action, Map<String, String[]> posted, boolean multipart) {
        StringBuilder html = new StringBuilder(2048)
                .append("<!DOCTYPE html>\n<html lang=\"")
                .append(locale.getLanguage())
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(text("outage.title", locale))
                .append(" · ")
                .append(text("app.name", locale))
                .append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/assets/css/bootstrap.css\">\n")
                .append("<link rel=\"stylesheet\" href=\"/assets/css/app.css\">\n</head>\n<body>\n")
                .append("<main class=\"container py-4\" id=\"outage\">\n<h1 class=\"h3\">")
                .append(text("outage.title", locale))
                .append("</h1>\n<p>")
                .append(text("outage.text", locale))
                .append("</p>\n");
        if (action == null) {
            html.append("<p><a class=\"btn btn-primary\" href=\"\">")
                    .append(text("outage.retry", locale))
                    .append("</a></p>\n");
        } else {
            form(html, locale, action, posted, multipart);
        }
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    private void form(
            StringBuilder html, Locale locale, String action, Map<String, String[]> posted, boolean multipart) {
        html.append("<p>").append(text("outage.form.kept", locale)).append("</p>\n");
        if (multipart) {
            html.append("<p>").append(text("outage.form.files", locale)).append("</p>\n");
        }
        html.append("<form method=\"post\" action=\"").append(escape(action)).append("\">\n");
        StringBuilder typed = new StringBuilder();
        boolean password = false;
        for (Map.Entry<String, String[]> field : posted.entrySet()) {
            String name = escape(field.getKey());
            if (isPassword(field.getKey())) {
                if (!password) {
                    password = true;
                    html.append("<div class=\"mb-3\"><label class=\"form-label\" for=\"outage-password\">")
                            .append(text("outage.form.password", locale))
                            .append("</label>");
                }
                html.append("<input class=\"form-control\" type=\"password\" id=\"outage-password\" name=\"")
                        .append(name)
                        .append("\" required autocomplete=\"current-password\">");
                continue;
            }
            for (String value : field.getValue()) {
                html.append("<input type=\"hidden\" name=\"")
                        .append(name)
                        .append("\" value=\"")
                        .append(escape(value))
                        .append("\">\n");
                if (!field.getKey().startsWith("_") && !value.isBlank()) {
                    typed.append("<dt>")
                            .append(name)
                            .append("</dt><dd class=\"text-break\">")
                            .append(escape(value))
                            .append("</dd>\n");
                }
            }
        }
        if (password) {
            html.append("</div>\n");
        }
        html.append("<button type=\"submit\" class=\"btn btn-primary\">")
                .append(text("outage.form.resubmit", locale))
                .append("</button>\n</form>\n");
        if (!typed.isEmpty()) {
            html.append("<h2 class=\"h5 mt-4\">")
                    .append(text("outage.form.typed", locale))
                    .append("</h2>\n<dl>\n")
                    .append(typed)
                    .append("</dl>\n");
        }
    }

    private static boolean isPassword(String field) {
        return field.toLowerCase(Locale.ROOT).contains("password");
    }

    private String text(String key, Locale locale) {
        return escape(messages.getMessage(key, null, key, locale));
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
