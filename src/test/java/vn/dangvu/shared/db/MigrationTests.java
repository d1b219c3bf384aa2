package vn.dangvu.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The migrations carry a database made by an earlier version forward without losing its data. */
class MigrationTests {

    @Test
    void shouldMigrateADatabaseCreatedAtTheFirstMigration() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .target("1")
                    .load()
                    .migrate();
            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement()) {
                s.execute(
                        "insert into org_unit (id, code, name, kind, path) values (1, 'H', 'Huyện', 'DISTRICT', '/1/')");
                s.execute(
                        "insert into org_unit (id, code, name, kind, parent_id, path) values (2, 'X', 'Xã', 'COMMUNE', 1, '/1/2/')");
                s.execute(
                        "insert into org_unit (id, code, name, kind, parent_id, path) values (3, 'A', 'Ấp', 'HAMLET', 2, '/1/2/3/')");
                s.execute("""
                        insert into member (id, full_name, birth_date, gender, id_number, admitted_on, member_group, branch_id)
                        values (1, 'Nguyễn Văn Cũ', date '1970-01-01', 'MALE', '087070000001', date '1995-01-01', 'RETIRED', 3)""");
                s.execute(
                        "insert into membership_period (id, member_id, branch_id, started_on) values (1, 1, 3, date '1995-01-01')");
            }

            var result = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();

            assertThat(result.migrationsExecuted).isPositive();
            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("""
                            select m.full_name, m.search_text, p.ended_on is null as open,
                                   (select count(*) from information_schema.tables where table_name = 'spring_session') as sessions
                            from member m join membership_period p on p.member_id = m.id""")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("full_name")).isEqualTo("Nguyễn Văn Cũ");
                assertThat(rs.getString("search_text")).startsWith("nguyen van cu");
                assertThat(rs.getBoolean("open")).isTrue();
                assertThat(rs.getInt("sessions")).isEqualTo(1);
            }
        }
    }
}
