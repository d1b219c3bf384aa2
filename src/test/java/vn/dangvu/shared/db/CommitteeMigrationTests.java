package vn.dangvu.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.dangvu.support.MigrationTest;

/**
 * V15 turns the member's yes/no committee flags into dated periods: a district seat at the unit above the
 * member's commune, a commune seat and key leadership at the commune, all "2020–2025" from 01/10/2020 and
 * still open; then the flags are gone.
 */
class CommitteeMigrationTests extends MigrationTest {

    @Test
    void shouldTurnTheFlagsIntoPeriods() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            migrateTo(dataSource, "13");
            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("""
                        insert into org_unit (id, code, name, kind, parent_id, path) values
                            (1, 'H', 'Huyện', 'DISTRICT', null, '/1/'),
                            (2, 'X', 'Xã', 'COMMUNE', 1, '/1/2/'),
                            (3, 'A', 'Ấp', 'HAMLET', 2, '/1/2/3/')""");
                s.execute("""
                        insert into member (id, full_name, birth_date, gender, id_number, admitted_on, member_group,
                                            branch_id, district_committee, commune_committee, key_leader)
                        values (1, 'Huyện Ủy Viên', date '1970-01-01', 'MALE', '087070000001', date '1995-01-01', 'RETIRED', 3, true, false, false),
                               (2, 'Đảng Ủy Viên', date '1970-01-01', 'MALE', '087070000002', date '1995-01-01', 'RETIRED', 3, false, true, true),
                               (3, 'Đảng Viên', date '1970-01-01', 'MALE', '087070000003', date '1995-01-01', 'RETIRED', 3, false, false, false)""");
            }

            migrateToLatest(dataSource);

            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement()) {
                List<String> periods = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("""
                        select member_id, unit_id, role, term, valid_from, valid_to is null as open
                        from committee_membership order by member_id, role""")) {
                    while (rs.next()) {
                        periods.add(rs.getLong(1) + " " + rs.getLong(2) + " " + rs.getString(3) + " " + rs.getString(4)
                                + " " + rs.getString(5) + " " + rs.getBoolean(6));
                    }
                }
                assertThat(periods)
                        .containsExactly(
                                "1 1 COMMITTEE_MEMBER 2020–2025 2020-10-01 true",
                                "2 2 COMMITTEE_MEMBER 2020–2025 2020-10-01 true",
                                "2 2 KEY_LEADER 2020–2025 2020-10-01 true");
                try (ResultSet rs = s.executeQuery("""
                        select count(*) from information_schema.columns
                        where table_name = 'member'
                          and column_name in ('district_committee', 'commune_committee', 'key_leader')""")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isZero();
                }
                try (ResultSet rs = s.executeQuery("""
                        select committee_leader_on(2, date '2021-06-15'), committee_leader_on(2, date '2020-09-30'),
                               committee_leader_on(3, date '2021-06-15')""")) {
                    rs.next();
                    assertThat(List.of(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3)))
                            .containsExactly(true, false, false);
                }
            }
        }
    }
}
