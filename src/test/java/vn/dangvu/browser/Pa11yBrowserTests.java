package vn.dangvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.support.LoginForm;

/**
 * A second accessibility checker beside axe (BrowserJourneyTests): pa11y with its HTML_CodeSniffer runner,
 * WCAG 2 AA, over the pages the browser tests visit, each signed in as the role that uses it; no errors
 * (warnings and notices are for people to judge). pa11y comes from npm (src/test/pa11y, installed by
 * .ci/run) and drives Debian's Chromium. Outside CI the class is skipped when pa11y is not installed there;
 * under CI=true it must run.
 */
@IntegrationTest
class Pa11yBrowserTests extends DemoDistrictTest {

    private static final Path PA11Y = Path.of("src/test/pa11y");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @LocalServerPort
    int port;

    @Test
    void shouldFindNoWcagErrorsOnThePagesOfTheBrowserTests() throws Exception {
        boolean installed = Files.isDirectory(PA11Y.resolve("node_modules/pa11y")) && Files.isExecutable(CHROMIUM);
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(
                    installed,
                    "pa11y is not installed (cd src/test/pa11y && PUPPETEER_SKIP_DOWNLOAD=true npm ci) or Chromium is"
                            + " missing: pa11y checks skipped");
        }
        List<String> pages = new ArrayList<>();
        CheckedPages.byUser(demo).forEach((user, paths) -> {
            String cookie = user == null ? "" : sessionCookie(user);
            paths.forEach(path -> pages.add(base() + path + "\t" + cookie));
        });
        Path input = Files.createTempFile("pa11y-pages", ".txt");
        Files.write(input, pages);

        List<String> output = run(input);
        assertThat(output.stream().filter(line -> line.startsWith("checked ")))
                .as("pages checked")
                .hasSize(pages.size());
        List<String> errors = output.stream()
                .filter(line -> line.startsWith("error\t"))
                .map(line -> line.substring("error\t".length()).replace(base(), ""))
                .toList();
        assertThat(errors)
                .as("pa11y errors (WCAG2AA): page, code, element, message")
                .isEmpty();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /** "SESSION=…" of a fresh sign-in of the demo account. */
    private String sessionCookie(String user) {
        try {
            CookieManager cookies = new CookieManager();
            HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
            LoginForm.signIn(client, base(), LoginForm.open(client, base()), user);
            return cookies.getCookieStore().get(URI.create(base())).stream()
                    .filter(c -> c.getName().equals("SESSION"))
                    .map(HttpCookie::toString)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no session cookie after signing in as " + user));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> run(Path input) throws Exception {
        Path output = Files.createTempFile("pa11y-results", ".json");
        Path log = Files.createTempFile("pa11y", ".log");
        Process process = new ProcessBuilder(
                        "node", "check.mjs", input.toAbsolutePath().toString())
                .directory(PA11Y.toFile())
                .redirectOutput(output.toFile())
                .redirectError(log.toFile())
                .start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("pa11y did not finish within 3 minutes: " + Files.readString(log));
        }
        assertThat(process.exitValue())
                .as("pa11y's exit code; it said: %s", Files.readString(log))
                .isZero();
        return Files.readAllLines(output);
    }
}
