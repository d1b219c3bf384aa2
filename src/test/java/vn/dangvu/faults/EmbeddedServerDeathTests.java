package vn.dangvu.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.DangVuApplication;
import vn.dangvu.shared.db.EmbeddedServerWatchdog;

/**
 * The embedded PostgreSQL server killed under a running app: requests answer the outage page within
 * 5 s, the health check says DOWN within 5 s, and the app exits with code 75 for its supervisor to
 * start it again; the next start carries on from the same data folder.
 */
class EmbeddedServerDeathTests {

    private static final String OUTAGE = "Hệ thống tạm thời gián đoạn, vui lòng thử lại sau một phút.";

    @TempDir
    Path folder;

    record Answer(String path, long startedMs, long tookMs, int status, String body, String failure) {}

    @Test
    void shouldAnswerTheOutagePageThenExitForTheSupervisorAndStartAgainCleanly() throws Exception {
        Path data = folder.resolve("postgres");
        List<String> arguments = List.of("--dangvu.embedded-db.data-dir=" + data);
        ChildApp app = ChildApp.start(folder, DangVuApplication.class.getName(), arguments);
        app.awaitReady(Duration.ofMinutes(4));
        ChildApp.Browser browser = app.signIn();
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        long postmaster = Long.parseLong(
                Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());

        AtomicBoolean asking = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        long[] killedAt = new long[1];
        List<Thread> clients = List.of("/", "/members", "/actuator/health").stream()
                .map(path -> started(() -> {
                    while (asking.get()) {
                        long started = System.nanoTime();
                        try {
                            HttpResponse<String> response = browser.get(path);
                            answers.add(new Answer(
                                    path,
                                    ms(started),
                                    ms(started, System.nanoTime()),
                                    response.statusCode(),
                                    response.body(),
                                    null));
                        } catch (IOException | InterruptedException e) {
                            answers.add(
                                    new Answer(path, ms(started), ms(started, System.nanoTime()), 0, "", e.toString()));
                            sleep(100);
                        }
                    }
                }))
                .toList();
        Thread.sleep(500);
        killedAt[0] = System.nanoTime();
        ProcessHandle.of(postmaster).orElseThrow().destroyForcibly();
        // A monitor that asks the health check afresh from 1 s after the kill on, as a load balancer does.
        Thread.sleep(1_000);
        java.net.http.HttpClient monitor = java.net.http.HttpClient.newHttpClient();
        HttpResponse<String> health = monitor.send(
                java.net.http.HttpRequest.newBuilder(app.uri("/actuator/health"))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        long healthAnsweredAfter = ms(killedAt[0], System.nanoTime());

        assertThat(app.process().waitFor(30, TimeUnit.SECONDS))
                .as("the app exits")
                .isTrue();
        long exitedAfter = ms(killedAt[0], System.nanoTime());
        asking.set(false);
        for (Thread client : clients) {
            client.join();
        }
        assertThat(app.process().exitValue()).isEqualTo(EmbeddedServerWatchdog.EXIT_CODE);
        assertThat(exitedAfter).as("milliseconds from the kill to the exit").isLessThan(15_000);

        long kill = ms(killedAt[0]);
        List<Answer> after = answers.stream().filter(a -> a.startedMs() >= kill).toList();
        System.out.printf(
                "Embedded server killed: %d requests after the kill, %d answered 503, the slowest took %d ms;"
                        + " health DOWN %d ms after the kill; the app exited %d ms after the kill%n",
                after.size(),
                after.stream().filter(a -> a.status() == 503).count(),
                after.stream().mapToLong(Answer::tookMs).max().orElse(0),
                healthAnsweredAfter,
                exitedAfter);
        assertThat(after)
                .as("every request after the kill gets an answer within 5 s")
                .allSatisfy(a -> assertThat(a.tookMs()).isLessThan(5_000));
        assertThat(after)
                .as("each answer is the outage page, DOWN, or no answer once the app has stopped")
                .allSatisfy(a -> {
                    if (a.failure() == null) {
                        assertThat(a.status()).as(a.path()).isEqualTo(503);
                        assertThat(a.body()).containsAnyOf(a.path().startsWith("/actuator") ? "DOWN" : OUTAGE, OUTAGE);
                    }
                });
        assertThat(after)
                .filteredOn(a -> a.path().equals("/") && a.status() == 503 && a.tookMs() < 5_000)
                .as(
                        "pages that answered the outage page; the answers after the kill were %s; the app's log ends: %s",
                        after.stream()
                                .map(a -> a.path() + " " + (a.failure() == null ? a.status() : a.failure()))
                                .distinct()
                                .toList(),
                        app.tail())
                .isNotEmpty();
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("DOWN");
        assertThat(healthAnsweredAfter).as("milliseconds from the kill to DOWN").isLessThan(5_000);
        // Requests that were waiting for a connection when the server died: one connection-timeout (3 s).
        assertThat(answers)
                .filteredOn(a -> a.startedMs() < kill && a.startedMs() + a.tookMs() > kill)
                .allSatisfy(a -> assertThat(a.startedMs() + a.tookMs() - kill)
                        .as("milliseconds from the kill to the answer of " + a.path())
                        .isLessThan(8_000));

        ChildApp again = ChildApp.start(folder, DangVuApplication.class.getName(), arguments);
        again.awaitReady(Duration.ofMinutes(4));
        assertThat(again.signIn().get("/").statusCode()).isEqualTo(200);
        assertThat(again.stop()).as("milliseconds to stop the app").isLessThan(15_000);
    }

    private static Thread started(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    private static long ms(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    private static long ms(long from, long to) {
        return TimeUnit.NANOSECONDS.toMillis(to - from);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
