package vn.dangvu.faults;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app in a JVM of its own, started from the test classpath (the tests run before the jar is
 * packaged), so that a test can kill it, or the database under it, as an operator's accident would.
 */
final class ChildApp {

    static final String ADMIN = "quantri";
    static final String PASSWORD = "mat-khau-thu-loi-2025";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final Process process;
    private final Path log;
    private final int port;

    private ChildApp(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts {@code mainClass} with the app's arguments for an HTTP port of its own and a first administrator. */
    static ChildApp start(Path folder, String mainClass, List<String> arguments) throws IOException {
        int port = freePort();
        Path log = folder.resolve("app-" + System.nanoTime() + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-Dfile.encoding=UTF-8",
                "-cp",
                System.getProperty("java.class.path"),
                mainClass,
                "--server.port=" + port,
                "--dangvu.admin.username=" + ADMIN,
                "--dangvu.admin.password=" + PASSWORD,
                "--dangvu.demo=false",
                "--logging.level.org.hibernate.SQL=off"));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new ChildApp(process, log, port);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    Process process() {
        return process;
    }

    Path log() {
        return log;
    }

    String output() throws IOException {
        return Files.readString(log);
    }

    /** Waits until the login page answers 200. */
    void awaitReady(Duration timeout) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app stopped (exit " + process.exitValue() + "):\n" + tail());
            }
            try {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(uri("/login"))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The app did not answer within " + timeout + ":\n" + tail());
    }

    /** Waits until the app's output holds {@code text}. */
    void awaitOutput(String text, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (output().contains(text)) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The app stopped (exit " + process.exitValue() + "):\n" + tail());
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("No '" + text + "' within " + timeout + ":\n" + tail());
    }

    /** Signs the administrator in, in a browser-like client of its own (cookies kept, redirects not followed). */
    Browser signIn() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(3))
                .build();
        Browser browser = new Browser(http);
        // The first administrator is created once the app listens (an application runner): try for a while.
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            String token = browser.csrf("/login");
            HttpResponse<String> response =
                    browser.post("/login", "username=" + ADMIN + "&password=" + PASSWORD + "&_csrf=" + token);
            String location = response.headers().firstValue("Location").orElse("");
            if (response.statusCode() == 302 && !location.contains("error")) {
                return browser;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Sign-in failed: " + response.statusCode() + " " + location);
            }
            Thread.sleep(500);
        }
    }

    /** Kills the JVM as {@code kill -9} does: no shutdown hook, no clean stop of anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops the app as a supervisor does (SIGTERM); returns how long it took, in milliseconds. */
    long stop() throws InterruptedException {
        long started = System.nanoTime();
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** One signed-in user's browser. */
    final class Browser {

        private final HttpClient http;

        private Browser(HttpClient http) {
            this.http = http;
        }

        String csrf(String page) throws Exception {
            String body = get(page).body();
            Matcher token = CSRF.matcher(body);
            if (!token.find()) {
                throw new IllegalStateException("No CSRF token on " + page);
            }
            return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(uri(path))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(uri(path))
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
