package vn.dangvu.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A demo account signed in through the real server's login form, for requests MockMvc cannot make (large uploads). */
public final class SignedInClient {

    private SignedInClient() {}

    /**
     * Signs {@code username} in on {@code client} (which keeps the session's cookies) and returns the CSRF
     * token of the form on {@code formPage}, which must answer 200.
     */
    public static String csrfToken(HttpClient client, String base, String username, String formPage) throws Exception {
        String loginPage = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        client.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=" + username + "&password=dangvu123&_csrf=" + token(loginPage)))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> form = client.send(
                HttpRequest.newBuilder(URI.create(base + formPage)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).as(formPage).isEqualTo(200);
        return token(form.body());
    }

    private static String token(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        return token.group(1);
    }
}
