package vn.dangvu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;

/**
 * The training run of the production start opens, as each demo account, the pages people open first, over
 * HTTP on the running app; a page it could not open makes the run fail.
 */
@IntegrationTest
class TrainingRunTests extends DemoDistrictTest {

    @LocalServerPort
    int port;

    @Test
    void shouldSignInAsEachDemoAccountAndOpenItsPages() {
        List<TrainingRun.Visit> visits =
                TrainingRun.visit(URI.create("http://localhost:" + port), "dangvu123", TrainingRun.TOURS);

        assertThat(visits)
                .containsExactly(
                        new TrainingRun.Visit("tochuc", "/", 200),
                        new TrainingRun.Visit("tochuc", "/members?q=nguyen", 200),
                        new TrainingRun.Visit("tochuc", "/members", 200),
                        new TrainingRun.Visit("tochuc", "/units", 200),
                        new TrainingRun.Visit("tochuc", "/transfers", 200),
                        new TrainingRun.Visit("tochuc", "/campaigns", 200),
                        new TrainingRun.Visit("tochuc", "/reports/summary", 200),
                        new TrainingRun.Visit("lanhdao", "/", 200),
                        new TrainingRun.Visit("lanhdao", "/reports/summary", 200),
                        new TrainingRun.Visit("bithu", "/", 200),
                        new TrainingRun.Visit("bithu", "/branchwork", 200),
                        new TrainingRun.Visit("dangvien", "/me", 200));
    }

    @Test
    void shouldOpenNoPageWhenSigningInFails() {
        List<TrainingRun.Visit> visits = TrainingRun.visit(
                URI.create("http://localhost:" + port),
                "not-the-password",
                List.of(new TrainingRun.Tour("bithu", List.of("/", "/branchwork"))));

        assertThat(visits)
                .containsExactly(
                        new TrainingRun.Visit("bithu", "/", 0), new TrainingRun.Visit("bithu", "/branchwork", 0));
    }
}
