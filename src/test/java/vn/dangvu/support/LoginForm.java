package vn.dangvu.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The sign-in form as a browser fills it over real HTTP: open it for its CSRF token, then post a demo account. */
public final class LoginForm {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private LoginForm() {}

    /** The CSRF token of a page's form; the page must have one. */
    public static String csrfToken(String html) {
        Matcher token = CSRF.matcher(html);
        assertThat(token.find()).as("a CSRF token on the page").isTrue();
        return token.group(1);
    }

    /** Opens the login page at {@code base}; its form's CSRF token. */
    public static String open(HttpClient client, String base) throws IOException, InterruptedException {
        return csrfToken(client.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
    }

    /** Posts the form opened with {@code token} as the demo account {@code username} (password dangvu123). */
    public static void signIn(HttpClient client, String base, String token, String username)
            throws IOException, InterruptedException {
        client.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=" + username + "&password=dangvu123&_csrf=" + token))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }
}
