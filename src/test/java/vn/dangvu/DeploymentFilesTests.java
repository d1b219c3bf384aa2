package vn.dangvu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** No Docker engine runs here, so the compose file and Dockerfile are checked by reading them. */
class DeploymentFilesTests {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> compose() throws IOException {
        return new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) throws IOException {
        return (Map<String, Object>) ((Map<String, Object>) compose().get("services")).get(name);
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldRunPostgres17WithANamedVolumeAndAHealthCheck() throws IOException {
        Map<String, Object> db = service("db");
        assertThat(db.get("image")).isEqualTo("postgres:17");
        List<String> volumes = (List<String>) db.get("volumes");
        assertThat(volumes).containsExactly("dangvu-db:/var/lib/postgresql/data");
        assertThat((Map<String, Object>) compose().get("volumes")).containsKey("dangvu-db");
        Map<String, Object> health = (Map<String, Object>) db.get("healthcheck");
        assertThat(health.get("test").toString()).contains("pg_isready");
        Map<String, Object> env = (Map<String, Object>) db.get("environment");
        assertThat(env).containsEntry("POSTGRES_DB", "dangvu").containsEntry("POSTGRES_USER", "dangvu");
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldStartTheAppAfterAHealthyDatabaseAndPointItThere() throws IOException {
        Map<String, Object> app = service("app");
        assertThat(app.get("build")).isEqualTo(".");
        assertThat((List<String>) app.get("ports")).containsExactly("8080:8080");
        Map<String, Object> dependsOn = (Map<String, Object>) app.get("depends_on");
        assertThat((Map<String, Object>) dependsOn.get("db")).containsEntry("condition", "service_healthy");
        Map<String, Object> env = (Map<String, Object>) app.get("environment");
        assertThat(env)
                .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://db:5432/dangvu")
                .containsEntry("SPRING_DATASOURCE_USERNAME", "dangvu")
                .containsKeys(
                        "SPRING_DATASOURCE_PASSWORD", "DANGVU_DEMO", "DANGVU_ADMIN_USERNAME", "DANGVU_ADMIN_PASSWORD");
        assertThat(env.get("SPRING_DATASOURCE_PASSWORD"))
                .isEqualTo(((Map<String, Object>) service("db").get("environment")).get("POSTGRES_PASSWORD"));
        Map<String, Object> health = (Map<String, Object>) app.get("healthcheck");
        assertThat(health.get("test").toString()).contains("/actuator/health");
    }

    /** The browser tests are skipped without Chromium unless CI=true: the CI script sets it itself. */
    @Test
    void shouldSetCiBeforeTheCiScriptRunsTheTests() throws IOException {
        List<String> script = Files.readAllLines(Path.of(".ci/run"));
        int exported = script.indexOf("export CI=true");
        int verify = script.indexOf("./mvnw -B verify");
        assertThat(verify).as("the test command").isNotNegative();
        assertThat(exported).as("export CI=true before the test command").isBetween(0, verify);
    }

    /** Pa11yBrowserTests must run under CI=true: the script installs pa11y, from its lock file, without a browser. */
    @Test
    void shouldInstallPa11yBeforeTheCiScriptRunsTheTests() throws IOException {
        List<String> script = Files.readAllLines(Path.of(".ci/run"));
        int install = script.indexOf("(cd src/test/pa11y && PUPPETEER_SKIP_DOWNLOAD=true npm ci --no-audit --no-fund)");
        assertThat(install)
                .as("pa11y installed before the test command")
                .isBetween(0, script.indexOf("./mvnw -B verify"));
        assertThat(Path.of("src/test/pa11y/package-lock.json")).exists();
    }

    @Test
    void shouldBuildTheImageTheComposeFileNames() throws IOException {
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        assertThat(dockerfile).contains("EXPOSE 8080").contains("./mvnw").contains("curl");
        assertThat(dockerfile)
                .as("the image runs the jar that the extraction names")
                .contains("extract --destination /app --application-filename app.jar")
                .contains("COPY --from=build /app/ ./")
                .contains("\"-jar\", \"app.jar\"]");
        assertThat(Path.of("mvnw")).isExecutable();
    }
}
