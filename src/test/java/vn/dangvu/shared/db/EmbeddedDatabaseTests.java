package vn.dangvu.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

class EmbeddedDatabaseTests {

    @TempDir
    Path dataDir;

    @Test
    void shouldKeepDataInTheFolderBetweenStarts() throws Exception {
        EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();
        try (EmbeddedPostgres first = configuration.embeddedPostgres(dataDir.toString(), 0);
                Connection c = first.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create table kept (v text)");
            s.execute("insert into kept values ('còn đây')");
        }
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (EmbeddedPostgres second = configuration.embeddedPostgres(dataDir.toString(), port);
                Connection c = second.getPostgresDatabase().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select v from kept")) {
            assertThat(second.getPort()).as("the port asked for").isEqualTo(port);
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("còn đây");
        }
    }

    @Test
    void shouldLoadTheDemoOnlyWithTheEmbeddedDatabaseUnlessToldOtherwise() {
        assertThat(new DeploymentMode(new MockEnvironment()).demo()).isTrue();
        MockEnvironment external =
                new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/x");
        assertThat(new DeploymentMode(external).demo()).isFalse();
        assertThat(new DeploymentMode(external.withProperty("dangvu.demo", "true")).demo())
                .isTrue();
        assertThat(new DeploymentMode(new MockEnvironment().withProperty("dangvu.demo", "false")).demo())
                .isFalse();
    }
}
