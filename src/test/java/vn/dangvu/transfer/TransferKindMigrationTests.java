package vn.dangvu.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V19: campaign transfers stored as COLLECTIVE become INTERNAL (naming their campaign as before), every
 * existing membership period is official, and the holiday calendar is seeded.
 */
class TransferKindMigrationTests {

    @Test
    void shouldTurnCollectiveTransfersIntoInternalOnesAndKeepEveryPeriodOfficial() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .target("17")
                    .load()
                    .migrate();
            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("""
                        insert into org_unit (id, code, name, kind, parent_id, path, level_role) values
                            (1, 'H', 'Huyện', 'DISTRICT', null, '/1/', 'ABOVE_GRASSROOTS'),
                            (2, 'X', 'Xã', 'COMMUNE', 1, '/1/2/', 'GRASSROOTS'),
                            (3, 'CQ', 'Chi bộ Cơ quan', 'AGENCY', 2, '/1/2/3/', 'BRANCH'),
                            (4, 'A', 'Ấp', 'HAMLET', 2, '/1/2/4/', 'BRANCH')""");
                s.execute("""
                        insert into member (id, full_name, birth_date, gender, id_number, admitted_on, member_group, branch_id)
                        values (1, 'Đảng Viên Một', date '1970-01-01', 'MALE', '087070000001', date '1995-01-01', 'RETIRED', 4),
                               (2, 'Đảng Viên Hai', date '1970-01-01', 'MALE', '087070000002', date '1995-01-01', 'RETIRED', 3)""");
                s.execute("""
                        insert into transfer (id, kind, direction, member_id, from_branch_id, to_branch_id, reason, state,
                                              effective_on, created_by, created_at)
                        values (1, 'COLLECTIVE', 'WITHIN', 1, 3, 4, '21-HD/BTCTU', 'COMPLETED', date '2019-01-07', 'tochuc', now()),
                               (2, 'INTERNAL', 'WITHIN', 2, 3, 4, 'Đổi nơi ở', 'DRAFT', null, 'tochuc', now())""");
                s.execute("""
                        insert into membership_period (id, member_id, branch_id, started_on, ended_on, transfer_id) values
                            (1, 1, 3, date '2010-01-01', date '2019-01-07', null),
                            (2, 1, 4, date '2019-01-07', null, 1),
                            (3, 2, 3, date '2010-01-01', null, null)""");
            }

            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();

            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement()) {
                assertThat(strings(s, "select id || ' ' || kind from transfer order by id"))
                        .containsExactly("1 INTERNAL", "2 INTERNAL");
                assertThat(strings(s, "select id || ' ' || kind from membership_period order by id"))
                        .containsExactly("1 OFFICIAL", "2 OFFICIAL", "3 OFFICIAL");
                assertThat(strings(s, """
                                select to_char(day, 'DD/MM/YYYY') from public_holiday
                                where day between date '2025-01-01' and date '2025-12-31' order by day"""))
                        .containsExactly(
                                "01/01/2025",
                                "27/01/2025",
                                "28/01/2025",
                                "29/01/2025",
                                "30/01/2025",
                                "31/01/2025",
                                "07/04/2025",
                                "30/04/2025",
                                "01/05/2025",
                                "02/05/2025",
                                "01/09/2025",
                                "02/09/2025");
                assertThat(
                                strings(
                                        s,
                                        "select cast(count(*) as varchar) from public_holiday where day < date '2019-01-01' or day > date '2027-12-31'"))
                        .containsExactly("0");
            }
        }
    }

    private static List<String> strings(Statement s, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
