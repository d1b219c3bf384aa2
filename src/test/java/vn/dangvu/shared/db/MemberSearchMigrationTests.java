package vn.dangvu.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.dangvu.support.MigrationTest;

/**
 * V61 keeps the members' search text a second time, partitioned by their top unit: filled from the members
 * already there, then kept by triggers through a new member, a change of name, a unit moved under another
 * top unit and a removal; and a search of one top unit reads one partition. V63 adds what the list filters,
 * counts and sorts on, and writes the rows in the order of their text.
 */
class MemberSearchMigrationTests extends MigrationTest {

    private static final String ROWS = "select member_id || ' ' || top_unit_id || ' [' || search_text || ']'"
            + " from member_search order by member_id";

    /** Two provinces, each with a commune and its hamlets. */
    private static final String UNITS = """
            insert into org_unit (id, code, name, kind, parent_id, path, level_role) values
                (1, 'T1', 'Tỉnh Một', 'PROVINCE', null, '/1/', 'ABOVE_GRASSROOTS'),
                (2, 'X2', 'Xã Hai', 'COMMUNE', 1, '/1/2/', 'GRASSROOTS'),
                (3, 'A3', 'Ấp Ba', 'HAMLET', 2, '/1/2/3/', 'BRANCH'),
                (4, 'A4', 'Ấp Bốn', 'HAMLET', 2, '/1/2/4/', 'BRANCH'),
                (10, 'T10', 'Tỉnh Mười', 'PROVINCE', null, '/10/', 'ABOVE_GRASSROOTS'),
                (11, 'X11', 'Xã Mười Một', 'COMMUNE', 10, '/10/11/', 'GRASSROOTS'),
                (12, 'A12', 'Ấp Mười Hai', 'HAMLET', 11, '/10/11/12/', 'BRANCH')""";

    private static final Pattern PARTITION = Pattern.compile("member_search_[0-9]+");

    @Test
    void shouldKeepOneRowPerMemberUnderItsTopUnit() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            migrateTo(dataSource, "59");
            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement()) {
                s.execute(UNITS);
                s.execute("""
                        insert into member (id, full_name, birth_date, gender, id_number, admitted_on, member_group, branch_id)
                        values (1, 'Nguyễn Văn Một', date '1970-01-01', 'MALE', '087070000001', date '1995-01-01', 'RETIRED', 3),
                               (2, 'Lê Thị Hai', date '1971-01-01', 'FEMALE', '087071000002', date '1996-01-01', 'RETIRED', 3),
                               (3, 'Đặng Văn Ba', date '1972-01-01', 'MALE', '087072000003', date '1997-01-01', 'RETIRED', 12)""");
            }

            migrateToLatest(dataSource);

            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement()) {
                assertThat(strings(s, ROWS))
                        .containsExactly(
                                "1 1 [nguyen van mot 087070000001 ]",
                                "2 1 [le thi hai 087071000002 ]",
                                "3 10 [dang van ba 087072000003 ]");

                s.execute("update member set full_name = 'Lê Thị Hải Yến' where id = 2");
                s.execute("update member set birth_date = date '1971-02-02' where id = 1");
                assertThat(strings(s, ROWS))
                        .containsExactly(
                                "1 1 [nguyen van mot 087070000001 ]",
                                "2 1 [le thi hai yen 087071000002 ]",
                                "3 10 [dang van ba 087072000003 ]");

                // the commune and its hamlet move under the other province (a merge): V53's trigger moves the
                // members' top unit, and their search rows follow
                s.execute("update org_unit set parent_id = 10 where id = 2");
                s.execute("update org_unit set path = replace(path, '/1/2/', '/10/2/') where path like '/1/2/%'");
                s.execute("""
                        insert into member (id, full_name, birth_date, gender, id_number, admitted_on, member_group, branch_id)
                        values (4, 'Phan Bốn', date '1973-01-01', 'MALE', '087073000004', date '1998-01-01', 'RETIRED', 3)""");
                s.execute("delete from member where id = 3");
                assertThat(strings(s, ROWS))
                        .containsExactly(
                                "1 10 [nguyen van mot 087070000001 ]",
                                "2 10 [le thi hai yen 087071000002 ]",
                                "4 10 [phan bon 087073000004 ]");

                List<String> plan = strings(
                        s,
                        "explain select member_id from member_search"
                                + " where top_unit_id in (10) and search_text like '%phan%'");
                assertThat(plan.stream()
                                .flatMap(line ->
                                        PARTITION.matcher(line).results().map(MatchResult::group))
                                .distinct())
                        .as("the partitions a search of one top unit reads: %s", plan)
                        .hasSize(1);
            }
        }
    }

    private static final String FILTERED =
            "select member_id || ' ' || branch_id || ' ' || status || ' ' || member_group"
                    + " || ' ' || admitted_on || ' ' || coalesce(full_member_on::text, '-') || ' [' || sort_key || ']'"
                    + " from member_search order by member_id";

    @Test
    void shouldCarryWhatTheListFiltersOnInTheOrderOfTheText() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            migrateTo(dataSource, "62");
            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement()) {
                s.execute(UNITS);
                s.execute("""
                        insert into member (id, full_name, birth_date, gender, id_number, admitted_on, full_member_on,
                                            member_group, branch_id)
                        values (1, 'Trần Văn Một', date '1970-01-01', 'MALE', '087070000001', date '1995-01-01',
                                date '1996-01-01', 'RETIRED', 3),
                               (2, 'Nguyễn Văn Hai', date '1971-01-01', 'MALE', '087071000002', date '2026-06-01',
                                null, 'RETIRED', 3),
                               (3, 'Nguyễn Thị Ba', date '1972-01-01', 'FEMALE', '087072000003', date '1997-01-01',
                                date '1998-01-01', 'RETIRED', 4)""");
            }

            migrateToLatest(dataSource);

            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement()) {
                assertThat(strings(s, FILTERED))
                        .containsExactly(
                                "1 3 ACTIVE RETIRED 1995-01-01 1996-01-01 [mot tran van mot]",
                                "2 3 ACTIVE RETIRED 2026-06-01 - [hai nguyen van hai]",
                                "3 4 ACTIVE RETIRED 1997-01-01 1998-01-01 [ba nguyen thi ba]");
                assertThat(strings(s, "select member_id from member_search order by ctid"))
                        .as("the rows as written, in the order of their text")
                        .containsExactly("3", "2", "1");

                s.execute("update member set branch_id = 4, member_group = 'FARMER_OTHER' where id = 1");
                s.execute("update member set full_member_on = date '2027-06-01' where id = 2");
                s.execute("update member set status = 'LEFT', left_reason = 'DECEASED', left_on = date '2026-11-01'"
                        + " where id = 3");
                s.execute("update member set position = 'Tổ trưởng' where id = 1");
                assertThat(strings(s, FILTERED))
                        .containsExactly(
                                "1 4 ACTIVE FARMER_OTHER 1995-01-01 1996-01-01 [mot tran van mot]",
                                "2 3 ACTIVE RETIRED 2026-06-01 2027-06-01 [hai nguyen van hai]",
                                "3 4 LEFT RETIRED 1997-01-01 1998-01-01 [ba nguyen thi ba]");
            }
        }
    }
}
