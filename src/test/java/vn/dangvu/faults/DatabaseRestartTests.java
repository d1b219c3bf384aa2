package vn.dangvu.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.DangVuApplication;

/**
 * An external PostgreSQL server (Debian's) restarted while people save forms: each request during the
 * gap answers the outage page (503, Retry-After) within the pool's time limit, the app recovers by
 * itself once the server is back, and every write that was acknowledged is found afterwards.
 */
class DatabaseRestartTests {

    private static final String OUTAGE = "Hệ thống tạm thời gián đoạn, vui lòng thử lại sau một phút.";
    private static final int WRITERS = 4;

    @TempDir
    Path folder;

    record Write(
            String number, long startedMs, long tookMs, int status, String location, String body, String retryAfter) {

        boolean acknowledged() {
            return status == 302 && location.matches(".*/directives/\\d+$");
        }
    }

    @Test
    void shouldAnswerTheOutagePageDuringARestartRecoverAndLoseNoAcknowledgedWrite() throws Exception {
        try (DebianPostgres postgres = DebianPostgres.start()) {
            ChildApp app = ChildApp.start(
                    folder,
                    DangVuApplication.class.getName(),
                    List.of("--spring.datasource.url=" + postgres.url(), "--spring.datasource.username=postgres"));
            try {
                app.awaitReady(Duration.ofMinutes(4));
                ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();
                AtomicBoolean writing = new AtomicBoolean(true);
                long origin = System.nanoTime();
                List<Thread> writers = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    ChildApp.Browser browser = app.signIn();
                    String token = browser.csrf("/directives/new");
                    int writer = w;
                    Thread thread = new Thread(() -> {
                        for (int n = 0; writing.get(); n++) {
                            String number = "R" + writer + "-" + n + "/TB";
                            long started = System.nanoTime();
                            try {
                                HttpResponse<String> response = browser.post("/directives", form(number, token));
                                writes.add(new Write(
                                        number,
                                        ms(origin, started),
                                        ms(started, System.nanoTime()),
                                        response.statusCode(),
                                        response.headers()
                                                .firstValue("Location")
                                                .orElse(""),
                                        response.body(),
                                        response.headers()
                                                .firstValue("Retry-After")
                                                .orElse(null)));
                            } catch (IOException | InterruptedException e) {
                                writes.add(new Write(
                                        number,
                                        ms(origin, started),
                                        ms(started, System.nanoTime()),
                                        0,
                                        "",
                                        e.toString(),
                                        null));
                            }
                        }
                    });
                    thread.start();
                    writers.add(thread);
                }
                Thread.sleep(3_000);
                long stopped = ms(origin, System.nanoTime());
                postgres.stop();
                Thread.sleep(5_000);
                postgres.start(true);
                long back = ms(origin, System.nanoTime());
                Thread.sleep(8_000);
                writing.set(false);
                for (Thread thread : writers) {
                    thread.join(30_000);
                }

                List<Write> all = List.copyOf(writes);
                long recovered = all.stream()
                        .filter(w -> w.acknowledged() && w.startedMs() > back)
                        .mapToLong(Write::startedMs)
                        .min()
                        .orElse(-1);
                System.out.printf(
                        "PostgreSQL %s restarted under %d writers: %d writes, %d acknowledged, %d answered 503"
                                + " (%d of them with the posted form);"
                                + " the slowest took %d ms; first acknowledged write %d ms after the server was back%n",
                        postgres.version(),
                        WRITERS,
                        all.size(),
                        all.stream().filter(Write::acknowledged).count(),
                        all.stream().filter(w -> w.status() == 503).count(),
                        all.stream()
                                .filter(w -> w.status() == 503 && w.body().contains("<form"))
                                .count(),
                        all.stream().mapToLong(Write::tookMs).max().orElse(0),
                        recovered - back);
                assertThat(all).allSatisfy(w -> {
                    // One wait for a connection (connection-timeout, 3 s), and slack for a loaded machine.
                    assertThat(w.tookMs()).as(w.number() + " took").isLessThan(6_000);
                    if (!w.acknowledged()) {
                        assertThat(w.status()).as(w.number() + " " + w.body()).isEqualTo(503);
                        assertThat(w.retryAfter()).isEqualTo("60");
                        assertThat(w.body()).contains(OUTAGE);
                    }
                });
                assertThat(all)
                        .filteredOn(w -> w.status() == 503 && w.startedMs() >= stopped)
                        .as("writes during the gap that answered the outage page")
                        .isNotEmpty();
                assertThat(all)
                        .filteredOn(w -> w.status() == 503)
                        .as("outage pages that give the posted form back")
                        .anySatisfy(w -> assertThat(w.body()).contains("name=\"number\" value=\"" + w.number() + "\""));
                assertThat(recovered)
                        .as("an acknowledged write after the server came back")
                        .isPositive();
                assertThat(app.process().isAlive()).isTrue();

                try (Connection db = DriverManager.getConnection(postgres.url(), "postgres", "");
                        PreparedStatement find =
                                db.prepareStatement("select count(*) from directive where number = ?")) {
                    for (Write write : all) {
                        if (write.acknowledged()) {
                            find.setString(1, write.number());
                            try (ResultSet found = find.executeQuery()) {
                                found.next();
                                assertThat(found.getInt(1)).as(write.number()).isEqualTo(1);
                            }
                        }
                    }
                }
            } finally {
                app.stop();
            }
        }
    }

    private static String form(String number, String token) {
        return "number=" + URLEncoder.encode(number, StandardCharsets.UTF_8) + "&issuedOn=01%2F03%2F2025"
                + "&issuer=" + URLEncoder.encode("Ban Tổ chức", StandardCharsets.UTF_8)
                + "&title=" + URLEncoder.encode("Thử khởi động lại", StandardCharsets.UTF_8)
                + "&summary=&_csrf=" + token;
    }

    private static long ms(long from, long to) {
        return TimeUnit.NANOSECONDS.toMillis(to - from);
    }
}
