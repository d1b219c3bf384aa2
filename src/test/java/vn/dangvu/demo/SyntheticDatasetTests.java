package vn.dangvu.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.dangvu.shared.db.StatementCounting;

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
