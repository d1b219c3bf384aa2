package vn.dangvu.demo;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The training run of the production start (README, "Start faster in production"). With
 * {@code dangvu.training-run=true}, on a throw-away database with the demo district, the app signs in as
 * the demo accounts once it is ready and opens the pages people open first, so that the class-data-sharing
 * archive written at exit holds the classes serving them loads (a first page after a start is then about
 * 0.7 s sooner). Then it stops as on any shutdown, its embedded PostgreSQL with it, with exit code 0, or 1
 * when a page did not answer 200.
 */
@Component
@ConditionalOnProperty(name = "dangvu.training-run", havingValue = "true")
class TrainingRun implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);

    /** Each demo account with the pages it opens, in order. */
    static final List<Tour> TOURS = List.of(
            new Tour(
                    "tochuc",
                    List.of(
                            "/",
                            "/members?q=nguyen",
                            "/members",
                            "/units",
                            "/transfers",
                            "/campaigns",
                            "/reports/summary")),
            new Tour("lanhdao", List.of("/", "/reports/summary")),
            new Tour("bithu", List.of("/", "/branchwork")),
            new Tour("dangvien", List.of("/me")));

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** A demo account and the pages it opens. */
    record Tour(String username, List<String> paths) {}

    /** A page opened, with the status it answered (0 when it did not answer). */
    record Visit(String username, String path, int status) {}

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        int port =
                event.getApplicationContext().getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        List<Visit> visits = visit(URI.create("http://localhost:" + port), DemoDataLoader.DEMO_PASSWORD, TOURS);
        List<Visit> failed =
                visits.stream().filter(visit -> visit.status() != 200).toList();
        if (failed.isEmpty()) {
            log.info("Training run: {} pages opened; stopping", visits.size());
        } else {
            log.error("Training run: these pages did not answer 200 (is dangvu.demo=true?): {}", failed);
        }
        int code = failed.isEmpty() ? 0 : 1;
        System.exit(SpringApplication.exit(event.getApplicationContext(), () -> code));
    }

    /** Signs in as each tour's account on the app at {@code base} and opens its pages. */
    static List<Visit> visit(URI base, String password, List<Tour> tours) {
        List<Visit> visits = new ArrayList<>();
        for (Tour tour : tours) {
            HttpClient client = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            boolean signedIn = signIn(client, base, tour.username(), password);
            for (String path : tour.paths()) {
                visits.add(new Visit(tour.username(), path, signedIn ? status(client, base.resolve(path)) : 0));
            }
        }
        return visits;
    }

    /** Whether signing in succeeded: the form answers with a redirect to anything but the sign-in page. */
    private static boolean signIn(HttpClient client, URI base, String username, String password) {
        HttpResponse<String> form = send(client, get(base.resolve("/login")), HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(form == null ? "" : form.body());
        if (!token.find()) {
            return false;
        }
        String body = "username=" + encoded(username) + "&password=" + encoded(password) + "&_csrf="
                + encoded(token.group(1));
        HttpResponse<Void> answer = send(
                client,
                HttpRequest.newBuilder(base.resolve("/login"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        return answer != null
                && answer.statusCode() == 302
                && answer.headers()
                        .firstValue("Location")
                        .filter(to -> !to.contains("/login"))
                        .isPresent();
    }

    private static int status(HttpClient client, URI page) {
        HttpResponse<Void> answer = send(client, get(page), HttpResponse.BodyHandlers.discarding());
        return answer == null ? 0 : answer.statusCode();
    }

    /** The answer, or null when there was none (the app not listening, a time-out). */
    private static <T> HttpResponse<T> send(
            HttpClient client, HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static HttpRequest get(URI page) {
        return HttpRequest.newBuilder(page)
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
