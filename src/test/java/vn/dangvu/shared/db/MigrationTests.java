package vn.dangvu.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.dangvu.support.MigrationTest;

/** The migrations carry a database made by an earlier version forward without losing its data. */
class MigrationTests extends MigrationTest {

    @Test
    void shouldMigrateADatabaseCreatedAtTheFirstMigration() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            migrateTo(dataSource, "1");
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

            var result = migrateToLatest(dataSource);

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
            // V14: today's units become their first versions, since before the records, with the level
            // role of a district of communes of branches
            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(
                            "select u.id, u.level_role, v.valid_from, v.valid_to, v.name, v.path, v.status"
                                    + " from org_unit u join org_unit_version v on v.unit_id = u.id order by u.id")) {
                String[][] expected = {
                    {"1", "ABOVE_GRASSROOTS", null, null, "Huyện", "/1/", "ACTIVE"},
                    {"2", "GRASSROOTS", null, null, "Xã", "/1/2/", "ACTIVE"},
                    {"3", "BRANCH", null, null, "Ấp", "/1/2/3/", "ACTIVE"}
                };
                for (String[] row : expected) {
                    assertThat(rs.next()).isTrue();
                    for (int i = 0; i < row.length; i++) {
                        assertThat(rs.getString(i + 1))
                                .as("unit %s column %d", row[0], i + 1)
                                .isEqualTo(row[i]);
                    }
                }
                assertThat(rs.next()).isFalse();
            }
        }
    }
}
