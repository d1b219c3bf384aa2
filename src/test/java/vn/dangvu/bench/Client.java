package vn.dangvu.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** One logged-in browser: its own cookies (session), requests one at a time, as a user would. */
final class Client {

    /** One request: how long it took, its status and the statements the app ran for it. */
    /**
     * One request: its time, status and statements (-1 when not counted), and whether the page said that some of
     * its figures were computed before the latest writes (the summary's {@code data-summary-updating}).
     */
    record Sample(long nanos, int status, int statements, boolean earlier) {

        Sample(long nanos, int status, int statements) {
            this(nanos, status, statements, false);
        }
    }

    private static final byte[] EARLIER = "data-summary-updating".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http;
    private final URI base;
    private final Targets.User user;
    private int counter;

    private Client(HttpClient http, URI base, Targets.User user) {
        this.http = http;
        this.base = base;
        this.user = user;
    }

    static Client login(URI base, Targets.User user, String password) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        String page = http.send(
                        HttpRequest.newBuilder(base.resolve("/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher token = CSRF.matcher(page);
        Benchmark.check(token.find(), "No CSRF token on the login page");
        String form = "username=" + encode(user.username()) + "&password=" + encode(password) + "&_csrf="
                + encode(token.group(1));
        HttpResponse<Void> response = http.send(
                HttpRequest.newBuilder(base.resolve("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        String location = response.headers().firstValue("Location").orElse("");
        Benchmark.check(
                response.statusCode() == 302 && !location.contains("error"), "Login failed for " + user.username());
        return new Client(http, base, user);
    }

    Targets.User user() {
        return user;
    }

    int next() {
        return counter++;
    }

    Sample get(String path) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .header("Accept-Encoding", "gzip")
                .timeout(Duration.ofSeconds(60))
                .build();
        long started = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long nanos = System.nanoTime() - started;
            int statements = response.headers()
                    .firstValue("X-SQL-Statements")
                    .map(Integer::parseInt)
                    .orElse(-1);
            return new Sample(nanos, response.statusCode(), statements, says(response, EARLIER));
        } catch (IOException e) {
            return new Sample(System.nanoTime() - started, 0, -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Sample(System.nanoTime() - started, 0, -1);
        }
    }

    /** Whether the page's HTML (gunzipped after the timing) holds the bytes. */
    private static boolean says(HttpResponse<byte[]> response, byte[] marker) throws IOException {
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
            return false;
        }
        byte[] body = response.body();
        if (response.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
                body = in.readAllBytes();
            }
        }
        outer:
        for (int i = 0; i + marker.length <= body.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (body[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** A page as the browser gets it: its HTML, parsed; anything but 200 fails the benchmark. */
    Document page(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Benchmark.check(
                response.statusCode() == 200, user.username() + ": GET " + path + " answered " + response.statusCode());
        return Jsoup.parse(response.body(), base.resolve(path).toString());
    }

    /**
     * Submits a form as a browser does (its fields with what the user changed, the CSRF token among them),
     * follows the redirect and returns the page it lands on. Fails the benchmark when the form is refused:
     * an answer other than a redirect (a form that comes back with its errors is a 200), or a page that
     * shows an error message or no success message (the app's flash messages after a write).
     */
    Document submit(String action, List<Connection.KeyVal> fields) throws IOException, InterruptedException {
        String form = fields.stream()
                .map(f -> encode(f.key()) + "=" + encode(f.value()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(base.resolve(action))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String refused = user.username() + ": POST " + action + " ";
        if (response.statusCode() == 200) {
            Element errors = Jsoup.parse(response.body()).selectFirst(".alert-danger");
            throw new IllegalStateException(refused + "came back with errors: "
                    + (errors == null ? "(no message)" : errors.text()) + "; sent " + form);
        }
        Benchmark.check(
                response.statusCode() == 302 || response.statusCode() == 303,
                refused + "answered " + response.statusCode() + "; sent " + form);
        String location = response.headers().firstValue("Location").orElse("");
        int fragment = location.indexOf('#');
        Document landed = page(fragment < 0 ? location : location.substring(0, fragment));
        Element error = landed.selectFirst(".alert-danger");
        Benchmark.check(
                error == null, refused + "was refused: " + (error == null ? "" : error.text()) + "; sent " + form);
        Benchmark.check(landed.selectFirst(".alert-success") != null, refused + "showed no success message");
        return landed;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
