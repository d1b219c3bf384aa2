package vn.dangvu.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.support.IntegrationTest;

/** The pool's time limits (README, "When things go wrong") reach the embedded database's pool too. */
@IntegrationTest
class DatabaseWaitsTests {

    @Autowired
    DataSource dataSource;

    @Test
    void shouldBoundEveryWaitForTheDatabase() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        assertThat(pool.getConnectionTimeout()).isEqualTo(3_000);
        assertThat(pool.getValidationTimeout()).isEqualTo(2_000);
        assertThat(pool.getDataSourceProperties())
                .containsEntry("connectTimeout", "3")
                .containsEntry("loginTimeout", "3")
                .containsEntry("tcpKeepAlive", "true");
        assertThat(pool.getMaximumPoolSize()).isEqualTo(10);
    }

    /** No generic plans: a scope's path pattern decides the plan (issue 22; application.properties). */
    @Test
    void shouldPlanEveryStatementForItsOwnValues() throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet mode = statement.executeQuery("show plan_cache_mode")) {
            assertThat(mode.next()).isTrue();
            assertThat(mode.getString(1)).isEqualTo("force_custom_plan");
        }
    }
}
