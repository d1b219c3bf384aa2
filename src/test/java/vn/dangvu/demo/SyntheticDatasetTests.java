package vn.dangvu.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.FileSystemUtils;
import vn.dangvu.shared.db.StatementCounting;
import vn.dangvu.support.MeetingTallies;

/**
 * The district-scale synthetic dataset, generated at start-up into an empty database, keeps the rules
 * the application keeps, and its accounts can work with it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dangvu.embedded-db.data-dir=", "dangvu.demo=false", "dangvu.diagnostics.statement-count=true"})
@AutoConfigureMockMvc
class SyntheticDatasetTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class Generator {

        @Bean
        SyntheticDataGenerator syntheticDataGenerator(DataSource dataSource, PasswordEncoder passwordEncoder) {
            return new SyntheticDataGenerator(SyntheticScale.DISTRICT, 42, dataSource, passwordEncoder);
        }
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    SyntheticDataGenerator generator;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void shouldHaveTheShapeOfADistrict() {
        assertThat(count("select count(*) from org_unit where kind = 'DISTRICT'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from org_unit where kind = 'COMMUNE'"))
                .isEqualTo(8);
        assertThat(count("select count(*) from org_unit where kind in ('HAMLET', 'OTHER')"))
                .isEqualTo(88);
        assertThat(count("select count(*) from member")).isBetween(2_700L, 3_300L);
        assertThat(count("select count(*) from org_unit where code in ('HUYEN', 'TH')"))
                .as("no demo district beside it")
                .isZero();
        assertThat(count("select count(*) from campaign_member")).isEqualTo(8 * 5);
        for (String table : new String[] {"transfer", "meeting", "attendance", "duty", "member_rating", "concern"}) {
            assertThat(count("select count(*) from " + table)).as(table).isPositive();
        }
    }

    @Test
    void shouldGiveEveryMemberStillInThePartyExactlyOneOpenMembershipWhereTheyAttend() {
        assertThat(count("""
                select count(*) from member m
                where (m.status = 'LEFT') <> not exists (
                    select 1 from membership_period p where p.member_id = m.id and p.ended_on is null)""")).isZero();
        assertThat(count("""
                select count(*) from member m join membership_period p on p.member_id = m.id and p.ended_on is null
                where p.branch_id <> m.branch_id""")).isZero();
        assertThat(count("""
                select count(*) from membership_period a join membership_period b
                  on a.member_id = b.member_id and a.id < b.id
                 and a.started_on < coalesce(b.ended_on, 'infinity') and b.started_on < coalesce(a.ended_on, 'infinity')""")).as("overlapping periods").isZero();
    }

    @Test
    void shouldMoveMembershipsExactlyAsTheCompletedTransfersSay() {
        assertThat(count("""
                select count(*) from transfer t where t.state = 'COMPLETED' and t.direction <> 'OUT'
                and not exists (select 1 from membership_period p where p.transfer_id = t.id
                    and p.member_id = t.member_id and p.branch_id = t.to_branch_id and p.started_on = t.effective_on)""")).isZero();
        assertThat(count("select count(*) from transfer where state = 'COMPLETED' and direction = 'WITHIN'"))
                .isPositive();
        assertThat(count("""
                select count(*) from member m where m.left_reason = 'TRANSFERRED_OUT' and not exists (
                    select 1 from transfer t where t.member_id = m.id and t.direction = 'OUT'
                    and t.state = 'COMPLETED' and t.effective_on = m.left_on)""")).isZero();
    }

    @Test
    void shouldListAtAMeetingOnlyThoseAttendingTheBranchThatDay() {
        assertThat(count("""
                select count(*) from attendance a join meeting mt on mt.id = a.meeting_id
                where not exists (select 1 from membership_period p where p.member_id = a.member_id
                    and p.branch_id = mt.branch_id and p.started_on <= mt.held_on
                    and (p.ended_on is null or p.ended_on > mt.held_on))""")).isZero();
        assertThat(count("""
                select count(*) from meeting mt join membership_period p on p.branch_id = mt.branch_id
                 and p.started_on <= mt.held_on and (p.ended_on is null or p.ended_on > mt.held_on)
                where not exists (select 1 from attendance a where a.meeting_id = mt.id and a.member_id = p.member_id)""")).as("members missing from a meeting's attendance").isZero();
    }

    @Test
    void shouldUseVietnameseNamesAndFindThemWithoutDiacritics() throws Exception {
        assertThat(count("select count(*) from member where full_name ~ '[ăâđêôơưàáạảãèéẹẻẽìíịỉĩòóọỏõùúụủũỳýỵỷỹĐ]'"))
                .isGreaterThan(count("select count(*) from member") * 9 / 10);
        String page = mvc.perform(get("/members").param("q", "nguyen van").with(as("tochuc")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Nguyễn Văn");
        // written by the dataset with V53's and V61's triggers off: as the triggers would have
        assertThat(count("""
                        select count(*) from member m join org_unit b on b.id = m.branch_id
                        where m.top_unit_id is distinct from split_part(b.path, '/', 2)::bigint"""))
                .as("members whose top unit is not the first unit of their branch's path")
                .isZero();
        assertThat(count("""
                        select count(*) from member m join member_search s on s.member_id = m.id
                        where s.top_unit_id = m.top_unit_id and s.branch_id = m.branch_id and s.status = m.status
                          and s.member_group = m.member_group and s.admitted_on = m.admitted_on
                          and s.full_member_on is not distinct from m.full_member_on and s.sort_key = m.sort_key
                          and s.search_text = m.search_text"""))
                .as("members with a search row equal to theirs")
                .isEqualTo(count("select count(*) from member"))
                .isEqualTo(count("select count(*) from member_search"));
        assertThat(count("""
                        select count(*) from (
                            select search_text, lag(search_text) over (partition by tableoid order by ctid) as before
                            from member_search) r
                        where r.before collate "C" > r.search_text collate "C"
                        """))
                // the class's other tests change a few members, whose new row versions go where there is room
                .as("search rows written after a row whose text sorts after theirs (V63 writes them in text order;"
                        + " written in no order, about half would be)")
                .isLessThan(count("select count(*) from member_search") / 100);
    }

    @Test
    void shouldLetEachKindOfGeneratedAccountWorkInItsScope() throws Exception {
        for (String username : new String[] {"tochuc", "lanhdao", "h01.uyvien1", "h01.x01", "h01.x01.a01"}) {
            login(username);
        }
        long branch = count("select scope_unit_id from app_user where username = 'h01.x01.a01'");
        long otherBranch = count("select scope_unit_id from app_user where username = 'h01.x02.a01'");
        mvc.perform(get("/branches/{id}/duties", branch).with(as("h01.x01.a01")))
                .andExpect(status().isOk())
                .andExpect(header().exists(StatementCounting.HEADER));
        mvc.perform(get("/branches/{id}/duties", otherBranch).with(as("h01.x01.a01")))
                .andExpect(status().isNotFound());
    }

    @Test
    void shouldEndWithExactlyTheIndexesConstraintsAndTriggersTheMigrationsMake() throws Exception {
        // the generator drops the loaded tables' indexes and keys and makes them again after the load: a
        // database migrated beside it, in the same server, must list the same definitions
        String fresh = "schema_check";
        jdbc.execute("drop database if exists " + fresh);
        jdbc.execute("create database " + fresh);
        try {
            PGSimpleDataSource migrated = new PGSimpleDataSource();
            migrated.setServerNames(new String[] {"localhost"});
            migrated.setPortNumbers(new int[] {Integer.parseInt(jdbc.queryForObject("show port", String.class))});
            migrated.setDatabaseName(fresh);
            migrated.setUser(jdbc.queryForObject("select current_user", String.class));
            Flyway.configure()
                    .dataSource(migrated)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            List<String> expected = new JdbcTemplate(migrated).queryForList(SCHEMA_DEFINITIONS, String.class);
            assertThat(expected).as("the migrated schema lists its definitions").hasSizeGreaterThan(100);
            assertThat(jdbc.queryForList(SCHEMA_DEFINITIONS, String.class))
                    .containsExactlyInAnyOrderElementsOf(expected);
        } finally {
            jdbc.execute("drop database " + fresh + " with (force)");
        }
    }

    /** Every index, constraint and trigger of the app's schema as PostgreSQL prints its definition. */
    private static final String SCHEMA_DEFINITIONS = """
            select 'index ' || indexdef from pg_indexes where schemaname = current_schema()
            union all
            select 'constraint ' || k.conrelid::regclass::text || ' ' || k.conname || ' ' || pg_get_constraintdef(k.oid)
                   || case when k.convalidated then '' else ' (not validated)' end
            from pg_constraint k where k.connamespace = current_schema()::regnamespace
            union all
            select 'trigger ' || pg_get_triggerdef(t.oid) || ' enabled ' || t.tgenabled::text
            from pg_trigger t join pg_class c on c.oid = t.tgrelid
            where not t.tgisinternal and c.relnamespace = current_schema()::regnamespace""";

    @Test
    void shouldTallyEveryMeetingAsItsAttendanceRowsSay() {
        // counted here from the rows, independently of how the generator filled the tallies
        assertThat(jdbc.queryForList(MeetingTallies.DIFFERING, String.class)).isEmpty();
        assertThat(count("select count(*) from meeting_tally where listed > 0")).isGreaterThan(1_000);
    }

    @Test
    void shouldRecordEachMembersPartyCardAsTheRegisterTriggerWould() throws Exception {
        // the generator writes the card rows itself, with V21's trigger off: one current card per number
        assertThat(count("""
                select count(*) from member m
                where (m.party_card_number is not null) <> exists (select 1 from party_card c
                    where c.member_id = m.id and c.replaced_on is null and c.number = m.party_card_number)""")).isZero();
        assertThat(count("select count(*) from party_card"))
                .isEqualTo(count("select count(*) from member where party_card_number is not null"))
                .isPositive();
        // and each as the trigger records it: remove one member's card and number, give the number back
        // with the trigger on, and compare its row with the generated one (rolled back)
        String card = "select number, kind, issued_on, decision, replaced_on, created_by from party_card"
                + " where member_id = ? order by id";
        try (Connection connection = jdbc.getDataSource().getConnection()) {
            connection.setAutoCommit(false);
            try {
                JdbcTemplate one = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
                long member = one.queryForObject(
                        "select min(id) from member where party_card_number is not null", Long.class);
                List<Map<String, Object>> generated = one.queryForList(card, member);
                String number =
                        one.queryForObject("select party_card_number from member where id = ?", String.class, member);
                one.update("update member set party_card_number = null where id = ?", member);
                one.update("delete from party_card where member_id = ?", member);
                one.update("update member set party_card_number = ? where id = ?", number, member);
                assertThat(generated).hasSize(1).isEqualTo(one.queryForList(card, member));
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    @Test
    void shouldLoadEachPartAsItIsWrittenAndMakeTheKeysAgainAfterTheLast() throws Exception {
        // five guests in parts of two rows, the last part with a table the first did not hold; rolled back
        try (Connection connection = jdbc.getDataSource().getConnection()) {
            connection.setAutoCommit(false);
            JdbcTemplate one = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            Map<String, Object> meeting =
                    one.queryForMap("select min(id) as id, min(branch_id) as branch from meeting");
            String keys = "select count(*) from pg_constraint where contype in ('f', 'u')";
            String indexes = "select count(*) from pg_indexes where tablename in ('meeting_guest', 'recognition')";
            long keysBefore = one.queryForObject(keys, Long.class);
            long indexesBefore = one.queryForObject(indexes, Long.class);
            long guestsBefore = one.queryForObject("select count(*) from meeting_guest", Long.class);
            Path directory = Files.createTempDirectory("dangvu-parts");
            try {
                CopyTables tables = new CopyTables(connection, directory, 2);
                Map<String, Long> rows = tables.load(connection, List.of(), () -> {
                    for (int i = 1; i <= 5; i++) {
                        guest(tables, i, (Long) meeting.get("id"));
                        tables.endPartIfFull();
                    }
                    tables.into("recognition")
                            .set("id", 900_001L)
                            .set("kind", "COMMENDATION")
                            .set("branch_id", meeting.get("branch"))
                            .set("decided_on", LocalDate.of(2026, 5, 19))
                            .set("decided_by", "Đảng ủy xã")
                            .set("reason", "Hoàn thành tốt nhiệm vụ")
                            .set("created_by", "tochuc")
                            .add();
                });
                assertThat(tables.parts()).isEqualTo(3);
                assertThat(rows).containsExactly(Map.entry("meeting_guest", 5L), Map.entry("recognition", 1L));
                assertThat(one.queryForObject("select count(*) from meeting_guest", Long.class))
                        .isEqualTo(guestsBefore + 5);
                assertThat(one.queryForObject(keys, Long.class)).isEqualTo(keysBefore);
                assertThat(one.queryForObject(indexes, Long.class)).isEqualTo(indexesBefore);
            } finally {
                connection.rollback();
                FileSystemUtils.deleteRecursively(directory);
            }
        }
    }

    @Test
    void shouldFailTheLoadWithTheWritersFailureAndLoadNothing() throws Exception {
        long guestsBefore = count("select count(*) from meeting_guest");
        long meeting = count("select min(id) from meeting");
        try (Connection connection = jdbc.getDataSource().getConnection()) {
            connection.setAutoCommit(false);
            Path directory = Files.createTempDirectory("dangvu-parts");
            try {
                CopyTables tables = new CopyTables(connection, directory, 2);
                assertThatThrownBy(() -> tables.load(connection, List.of(), () -> {
                            for (int i = 1; i <= 3; i++) {
                                guest(tables, i, meeting);
                                tables.endPartIfFull();
                            }
                            throw new IllegalStateException("Hỏng giữa chừng");
                        }))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessage("Hỏng giữa chừng");
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
                FileSystemUtils.deleteRecursively(directory);
            }
        }
        assertThat(count("select count(*) from meeting_guest")).isEqualTo(guestsBefore);
        assertThat(count("select count(*) from pg_constraint where conname = 'fk_meeting_guest_meeting'"))
                .isEqualTo(1);
    }

    private static void guest(CopyTables tables, int i, long meeting) {
        tables.into("meeting_guest")
                .set("id", 900_000L + i)
                .set("meeting_id", meeting)
                .set("kind", "OTHER")
                .set("name", "Khách mời " + i)
                .add();
    }

    @Test
    void shouldMoveTheSequencesPastTheGeneratedRowsAndLeaveAFilledDatabaseAlone() throws Exception {
        assertThat(count("select count(*) from member where id >= (select last_value from member_seq)"))
                .isZero();
        long members = count("select count(*) from member");
        generator.run(null);
        assertThat(count("select count(*) from member")).isEqualTo(members);
    }

    private void login(String username) throws Exception {
        mvc.perform(formLogin().user(username).password(SyntheticDataset.PASSWORD))
                .andExpect(authenticated().withUsername(username));
    }

    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    private long count(String sql) {
        Long value = jdbc.queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }
}
