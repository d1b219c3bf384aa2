package vn.dangvu.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.DangVuApplication;

/**
 * A primary and a hot standby of Debian's PostgreSQL ({@code pg_basebackup -R}, loopback only) under the app
 * with {@code dangvu.replica.url} set: reads of a session that has not just written come from the standby
 * (while its replay is paused it does not show a new directive, which the primary has); the session that
 * wrote it reads it at once (from the primary); when the paused standby lags more than {@code max-lag}, and
 * when it is stopped, every session reads the primary and pages answer 200.
 */
class ReplicaRoutingTests {

    private static final Duration MAX_LAG = Duration.ofSeconds(5);
    private static final Duration OWN_WRITES_WINDOW = Duration.ofSeconds(5);

    @TempDir
    Path folder;

    @Test
    void shouldReadFromTheStandbyReadOwnWritesAtOnceAndFallBackToThePrimaryWhenTheStandbyLagsOrStops()
            throws Exception {
        try (DebianPostgres primary = DebianPostgres.startPrimary();
                DebianPostgres standby = primary.standby()) {
            assertThat(standby.query("select pg_is_in_recovery()")).isEqualTo("t");
            ChildApp app = ChildApp.start(
                    folder,
                    DangVuApplication.class.getName(),
                    List.of(
                            "--spring.datasource.url=" + primary.url(),
                            "--spring.datasource.username=postgres",
                            "--dangvu.replica.url=" + standby.url(),
                            "--dangvu.replica.max-lag=" + MAX_LAG.toSeconds() + "s",
                            "--dangvu.replica.own-writes-window=" + OWN_WRITES_WINDOW.toSeconds() + "s"));
            try {
                app.awaitReady(Duration.ofMinutes(4));
                app.awaitOutput("Replica in use for read-only transactions", Duration.ofSeconds(30));
                // Two sessions of one account: the mark that sends reads to the primary belongs to a session.
                ChildApp.Browser reader = app.signIn();
                long readerSignedIn = System.nanoTime();
                ChildApp.Browser writer = app.signIn();
                String token = writer.csrf("/directives/new");

                String first = create(writer, token, "NB-1/TB");
                awaitOnStandby(standby, "NB-1/TB");
                // Signing in may write (and mark the reader's session): let that mark run out.
                long left = OWN_WRITES_WINDOW.toMillis()
                        + 500
                        - Duration.ofNanos(System.nanoTime() - readerSignedIn).toMillis();
                if (left > 0) {
                    Thread.sleep(left);
                }
                assertThat(reader.get(first).statusCode()).isEqualTo(200);
                awaitStandbyCaughtUp(primary, standby);
                standby.execute("select pg_wal_replay_pause()");
                long paused = System.nanoTime();

                // (b) read-your-writes: the writer reads its new directive at once, from the primary.
                String second = create(writer, token, "NB-2/TB");
                HttpResponse<String> own = writer.get(second);
                assertThat(own.statusCode()).isEqualTo(200);
                assertThat(own.body()).contains("NB-2/TB");
                assertThat(writer.get("/directives").body()).contains("NB-2/TB");

                // (a) routing: the other session reads the standby, which has not replayed the write yet;
                // the write itself is on the primary.
                assertThat(primary.query("select count(*) from directive where number = 'NB-2/TB'"))
                        .isEqualTo("1");
                assertThat(standby.query("select count(*) from directive where number = 'NB-2/TB'"))
                        .isEqualTo("0");
                HttpResponse<String> stale = reader.get("/directives");
                assertThat(stale.statusCode()).isEqualTo(200);
                assertThat(stale.body()).contains("NB-1/TB").doesNotContain("NB-2/TB");
                assertThat(reader.get(second).statusCode()).isEqualTo(404);
                assertThat(Duration.ofNanos(System.nanoTime() - paused))
                        .as("the stale reads happened before the standby counted as lagging")
                        .isLessThan(MAX_LAG);

                // (c) fallback when lagging: once the paused standby is MAX_LAG behind, reads go to the primary.
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (reader.get(second).statusCode() != 200) {
                    assertThat(System.nanoTime())
                            .as("reads fell back to the primary")
                            .isLessThan(deadline);
                    Thread.sleep(250);
                }
                assertThat(Duration.ofNanos(System.nanoTime() - paused)).isGreaterThanOrEqualTo(MAX_LAG);
                assertThat(app.output()).contains("Replica not used, reads go to the primary: lagging");

                // ... and when the standby stops while in use: pages answer, from the primary.
                standby.execute("select pg_wal_replay_resume()");
                awaitOutputCount(app, "Replica in use for read-only transactions", 2);
                standby.stop();
                for (String page : List.of("/", "/directives", second, first, "/directives/new")) {
                    HttpResponse<String> response = reader.get(page);
                    if (response.statusCode() == 302
                            && response.headers()
                                    .firstValue("Location")
                                    .orElse("")
                                    .endsWith(page)) {
                        // The replica broke under this read: the app asks for the page again, as a browser does.
                        response = reader.get(page);
                    }
                    assertThat(response.statusCode()).as(page).isEqualTo(200);
                }
                assertThat(reader.get("/directives").body()).contains("NB-2/TB");
                String third = create(writer, token, "NB-3/TB");
                assertThat(reader.get(third).statusCode()).isEqualTo(200);
                app.awaitOutput("Replica not used, reads go to the primary: unreachable", Duration.ofSeconds(10));
                assertThat(app.process().isAlive()).isTrue();
            } finally {
                app.stop();
                java.nio.file.Files.copy(
                        app.log(),
                        Path.of("target", "ReplicaRoutingTests-app.log"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Registers a directive through the form; answers its page's path. */
    private static String create(ChildApp.Browser browser, String token, String number) throws Exception {
        HttpResponse<String> response = browser.post(
                "/directives",
                "number=" + URLEncoder.encode(number, StandardCharsets.UTF_8) + "&issuedOn=01%2F03%2F2025"
                        + "&issuer=" + URLEncoder.encode("Ban Tổ chức", StandardCharsets.UTF_8)
                        + "&title=" + URLEncoder.encode("Thử máy chủ đọc", StandardCharsets.UTF_8)
                        + "&summary=&_csrf=" + token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/directives/\\d+$");
        return location.substring(location.indexOf("/directives/"));
    }

    private static void awaitOutputCount(ChildApp app, String text, int times) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (app.output().split(java.util.regex.Pattern.quote(text), -1).length - 1 < times) {
            assertThat(System.nanoTime()).as(text + " " + times + " times").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static void awaitOnStandby(DebianPostgres standby, String number) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!"1".equals(standby.query("select count(*) from directive where number = '" + number + "'"))) {
            assertThat(System.nanoTime())
                    .as(number + " replayed on the standby")
                    .isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static void awaitStandbyCaughtUp(DebianPostgres primary, DebianPostgres standby) throws Exception {
        String target = primary.query("select pg_current_wal_lsn()");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!"t".equals(standby.query("select pg_last_wal_replay_lsn() >= '" + target + "'::pg_lsn"))) {
            assertThat(System.nanoTime()).as("standby replayed up to " + target).isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
