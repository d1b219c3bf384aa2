package vn.dangvu.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import vn.dangvu.member.MemberForm;
import vn.dangvu.member.MemberService;
import vn.dangvu.member.loading.MemberLoader;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.jobs.JobState;
import vn.dangvu.shared.jobs.JobView;
import vn.dangvu.shared.jobs.Jobs;
import vn.dangvu.shared.web.FlashMessages;
import vn.dangvu.support.AgencyCampaigns;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.support.JobWaits;
import vn.dangvu.support.MemberForms;

/**
 * The campaign batch steps written set-based (issue 25) and run as background jobs with progress (issue
 * 23): what each step writes, for each member, written out by hand; progress that moves during the step
 * and ends with the outcome; one job per user and kind; the page that answers at once; a failure half-way
 * that leaves nothing.
 */
@IntegrationTest
class CampaignBatchTests extends DemoDistrictTest {

    /** More than one chunk of {@link CampaignSteps#CHUNK}, so that progress is written half-way. */
    static final int LARGE = 1_200;

    @Autowired
    CampaignService campaigns;

    @Autowired
    AgencyCampaigns agencyCampaigns;

    @Autowired
    MemberService members;

    @Autowired
    Jobs jobs;

    @Autowired
    JobWaits jobWaits;

    @Autowired
    MemberLoader memberLoader;

    @Autowired
    DataSource dataSource;

    @AfterEach
    void dropTriggers() {
        jdbc.sql("drop trigger if exists test_slow on transfer").update();
        jdbc.sql("drop trigger if exists test_fail on membership_period").update();
    }

    @Test
    void shouldWriteWhatEachStepDoesForEveryMember() {
        Fixtures.Commune commune = fixtures.commune(2);
        long an = fixtures.member("An Văn Lô", commune.agency(), commune.hamlet(0), 2023);
        long binh = fixtures.member("Bình Thị Lô", commune.agency(), commune.hamlet(1), 2023);
        long agency = commune.agency().id();
        long first = commune.hamlet(0).id();
        long second = commune.hamlet(1).id();
        AgencyCampaigns.Campaign created = campaign(commune, "Đợt lô");
        long campaign = created.id();
        String reason = created.directive() + " — Đợt lô";
        String proposed = "PROPOSED v1 " + reason + " by tochuc/tochuc";
        String approved = "APPROVED v2 " + reason + " by tochuc/tochuc";
        String completed = "COMPLETED v3 " + reason + " by tochuc/tochuc 2024-03-01";

        assertThat(campaigns.proposeAll(staff, campaign)).isEqualTo(2);
        assertThat(transfers(campaign))
                .containsExactly(
                        an + " INTERNAL WITHIN " + agency + "→" + first + " " + proposed,
                        binh + " INTERNAL WITHIN " + agency + "→" + second + " " + proposed);
        assertThat(jdbc.sql("""
                        select count(*) from campaign_member cm join transfer t on t.id = cm.transfer_id
                        where cm.campaign_id = ? and t.member_id = cm.member_id and cm.version = 1""").param(campaign).query(Long.class).single()).isEqualTo(2);
        assertThat(transferTrails(campaign))
                .containsExactly(
                        an + " CREATED INTERNAL WITHIN tochuc",
                        an + " PROPOSED null tochuc",
                        binh + " CREATED INTERNAL WITHIN tochuc",
                        binh + " PROPOSED null tochuc");

        assertThat(campaigns.approveAll(staff, campaign)).isEqualTo(2);
        assertThat(transfers(campaign))
                .containsExactly(
                        an + " INTERNAL WITHIN " + agency + "→" + first + " " + approved,
                        binh + " INTERNAL WITHIN " + agency + "→" + second + " " + approved);

        assertThat(campaigns.completeAll(staff, campaign, LocalDate.of(2024, 3, 1)))
                .isEqualTo(2);
        assertThat(transfers(campaign))
                .containsExactly(
                        an + " INTERNAL WITHIN " + agency + "→" + first + " " + completed,
                        binh + " INTERNAL WITHIN " + agency + "→" + second + " " + completed);
        assertThat(periods(an, binh))
                .containsExactly(
                        an + " " + agency + " 2010-01-01 2024-03-01 by no transfer",
                        an + " " + first + " 2024-03-01 open by its transfer",
                        binh + " " + agency + " 2010-01-01 2024-03-01 by no transfer",
                        binh + " " + second + " 2024-03-01 open by its transfer");
        assertThat(members.get(staff, an).branch().id()).isEqualTo(first);
        assertThat(members.get(staff, binh).branch().id()).isEqualTo(second);
        assertThat(transferTrails(campaign))
                .containsExactly(
                        an + " CREATED INTERNAL WITHIN tochuc",
                        an + " PROPOSED null tochuc",
                        an + " APPROVED null tochuc",
                        an + " COMPLETED 2024-03-01 tochuc",
                        binh + " CREATED INTERNAL WITHIN tochuc",
                        binh + " PROPOSED null tochuc",
                        binh + " APPROVED null tochuc",
                        binh + " COMPLETED 2024-03-01 tochuc");
        assertThat(jdbc.sql("""
                        select e.action || ' ' || (select string_agg(i ->> 'name' || '=' || (i ->> 'value'), ', ')
                                                   from jsonb_array_elements(e.details::jsonb -> 'items') i)
                        from audit_event e
                        where e.entity_type = 'CAMPAIGN' and e.entity_id = ? order by e.id""").param(campaign).query(String.class).list())
                .containsExactly(
                        "CREATED name=Đợt lô, cohort=2",
                        "PROPOSED_ALL count=2",
                        "APPROVED_ALL count=2",
                        "COMPLETED_ALL count=2, effectiveOn=2024-03-01");
    }

    @Test
    void shouldReportProgressThatAdvancesAndEndsWithTheOutcome() throws Exception {
        Fixtures.Commune commune = fixtures.commune(2);
        largeCohort(commune);
        long campaign = campaign(commune, "Đợt tiến độ").id();
        slowTransfers(campaign);

        long job = campaigns.startProposeAll(staff, campaign);
        List<String> seen = new ArrayList<>();
        JobView view = awaitEnd(job, seen);

        assertThat(seen).as("progress seen while the step ran").contains("RUNNING 1000/" + LARGE);
        assertThat(view.state()).isEqualTo(JobState.DONE);
        assertThat(view.done()).isEqualTo(LARGE);
        assertThat(view.total()).isEqualTo(LARGE);
        assertThat(view.messageKey()).isEqualTo("campaign.proposedAllCount");
        assertThat(view.messageArguments()).containsExactly("num:1200");
        assertThat(count("select count(*) from transfer where campaign_id = ? and state = 'PROPOSED'", campaign))
                .isEqualTo(LARGE);
    }

    @Test
    void shouldAnswerAtOnceAndRunOneJobPerUserAndKind() throws Exception {
        Fixtures.Commune commune = fixtures.commune(2);
        largeCohort(commune);
        long campaign = campaign(commune, "Đợt một việc").id();
        // another transaction holds the campaign's row: the job waits for it, however fast the machine
        Connection holder = dataSource.getConnection();
        holder.setAutoCommit(false);
        try (var lock = holder.prepareStatement("select id from campaign where id = ? for update")) {
            lock.setLong(1, campaign);
            lock.executeQuery().close();
        }

        long started = System.nanoTime();
        MvcResult first = mvc.perform(post("/campaigns/{id}/propose-all", campaign)
                        .with(users.as("tochuc"))
                        .with(csrf()))
                .andReturn();
        Duration answered = Duration.ofNanos(System.nanoTime() - started);
        assertThat(answered).as("the page answers before the step ends").isLessThan(Duration.ofSeconds(2));
        String jobPage = first.getResponse().getRedirectedUrl();
        assertThat(jobPage).startsWith("/jobs/");
        long job = Long.parseLong(jobPage.substring("/jobs/".length()));

        MvcResult running = mvc.perform(get(jobPage).with(users.as("tochuc"))).andReturn();
        assertThat(running.getResponse().getStatus()).isEqualTo(200);
        assertThat(running.getResponse().getHeader("Refresh")).isEqualTo("2");
        assertThat(running.getResponse().getContentAsString()).contains("Đề nghị chuyển cả danh sách");
        assertThat(mvc.perform(get("/campaigns/{id}", campaign).with(users.as("tochuc")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .as("coming back to the campaign shows the step running")
                .contains("/jobs/" + job);

        MvcResult second = mvc.perform(post("/campaigns/{id}/propose-all", campaign)
                        .with(users.as("tochuc"))
                        .with(csrf()))
                .andReturn();
        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo("/campaigns/" + campaign);
        FlashMessages.FlashMessage refused =
                (FlashMessages.FlashMessage) second.getFlashMap().get("flashError");
        assertThat(refused.key()).isEqualTo("job.alreadyRunning");
        assertThat(refused.arguments()).containsExactly("Đề nghị chuyển cả danh sách");
        assertThatThrownBy(() -> campaigns.startProposeAll(staff, campaign))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("job.alreadyRunning"));
        assertThat(mvc.perform(get(jobPage).with(users.as("lanhdao")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("another user's job does not exist for them")
                .isEqualTo(404);

        assertThat(jobs.view(staff, job).active()).isTrue();
        holder.rollback();
        holder.close();
        assertThat(awaitEnd(job, new ArrayList<>()).state()).isEqualTo(JobState.DONE);
        String done = mvc.perform(get(jobPage).with(users.as("tochuc")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(done).contains("Đã đề nghị chuyển sinh hoạt cho 1.200 đảng viên của đợt.");
        long again = campaigns.startApproveAll(staff, campaign);
        assertThat(awaitEnd(again, new ArrayList<>()).messageArguments()).containsExactly("num:1200");
    }

    @Test
    void shouldLeaveNothingWhenTheStepFailsHalfWay() throws Exception {
        Fixtures.Commune commune = fixtures.commune(2);
        List<Long> cohort = largeCohort(commune);
        long campaign = campaign(commune, "Đợt hỏng giữa chừng").id();
        campaigns.proposeAll(staff, campaign);
        campaigns.approveAll(staff, campaign);
        long last = cohort.get(cohort.size() - 1);
        // the database refuses the last member's new period: after the first chunk was written
        jdbc.sql("""
                        create or replace function test_fail_row() returns trigger language plpgsql as $$
                        begin
                            raise exception 'refused for the test';
                        end $$""").update();
        jdbc.sql("create trigger test_fail before insert on membership_period for each row when (new.member_id = "
                        + last + ") execute function test_fail_row()")
                .update();

        long job = campaigns.startCompleteAll(staff, campaign, LocalDate.of(2024, 3, 1));
        JobView view = awaitEnd(job, new ArrayList<>());

        assertThat(view.state()).isEqualTo(JobState.FAILED);
        assertThat(view.messageKey()).isEqualTo("job.failed");
        assertThat(count("select count(*) from transfer where campaign_id = ? and state = 'APPROVED'", campaign))
                .isEqualTo(LARGE);
        assertThat(count(
                        "select count(*) from membership_period where branch_id = ? and ended_on is null",
                        commune.agency().id()))
                .isEqualTo(LARGE);
        assertThat(count(
                        "select count(*) from membership_period p join transfer t on t.id = p.transfer_id where t.campaign_id = ?",
                        campaign))
                .isZero();
        assertThat(count(
                        "select count(*) from member where branch_id = ?",
                        commune.agency().id()))
                .isEqualTo(LARGE);
        assertThat(count(
                        "select count(*) from audit_event a join transfer t on t.id = a.entity_id"
                                + " where a.entity_type = 'TRANSFER' and a.action = 'COMPLETED' and t.campaign_id = ?",
                        campaign))
                .isZero();
    }

    /** A campaign of the commune's agency branch, under a new directive. */
    private AgencyCampaigns.Campaign campaign(Fixtures.Commune commune, String name) {
        return agencyCampaigns.create(
                staff,
                LocalDate.of(2023, 11, 1),
                name,
                LocalDate.of(2024, 3, 31),
                commune.commune().id());
    }

    /** {@link #LARGE} members of the agency branch living in the two hamlets; their ids in order. */
    private List<Long> largeCohort(Fixtures.Commune commune) {
        List<MemberForm> batch = new ArrayList<>();
        for (int i = 0; i < LARGE; i++) {
            long residence = commune.hamlet(i % 2).id();
            batch.add(MemberForms.edit(
                    MemberForms.form("Đảng Viên Lô " + i, commune.agency().id()),
                    d -> d.residenceBranchId = residence));
        }
        memberLoader.importBatch(staff, "lo-thu.xlsx", memberLoader.check(batch));
        return jdbc.sql("select id from member where branch_id = ? order by id")
                .param(commune.agency().id())
                .query(Long.class)
                .list();
    }

    /** Each transfer of the campaign written takes 4 ms more: the step lasts seconds, not milliseconds. */
    private void slowTransfers(long campaign) {
        jdbc.sql("""
                        create or replace function test_slow_row() returns trigger language plpgsql as $$
                        begin
                            perform pg_sleep(0.004);
                            return new;
                        end $$""").update();
        jdbc.sql("create trigger test_slow before insert on transfer for each row when (new.campaign_id = " + campaign
                        + ") execute function test_slow_row()")
                .update();
    }

    /** Polls the job until it ends, noting each "STATE done/total" seen; fails after two minutes. */
    private JobView awaitEnd(long job, List<String> seen) throws InterruptedException {
        return jobWaits.awaitEnd("tochuc", job, seen);
    }

    private List<String> transfers(long campaign) {
        return jdbc.sql("""
                        select member_id || ' ' || kind || ' ' || direction || ' ' || from_branch_id || '→' || to_branch_id
                               || ' ' || state || ' v' || version || ' ' || reason || ' by ' || created_by || '/'
                               || proposed_by || coalesce(' ' || effective_on, '')
                        from transfer where campaign_id = ? order by member_id""").param(campaign).query(String.class).list();
    }

    private List<String> transferTrails(long campaign) {
        return jdbc.sql("""
                        select t.member_id || ' ' || a.action || ' ' || coalesce(a.details, 'null') || ' ' || a.username
                        from audit_event a join transfer t on a.entity_type = 'TRANSFER' and a.entity_id = t.id
                        where t.campaign_id = ? order by t.member_id, a.id""").param(campaign).query(String.class).list();
    }

    private List<String> periods(long... memberIds) {
        List<String> rows = new ArrayList<>();
        for (long member : memberIds) {
            rows.addAll(jdbc.sql("""
                            select p.member_id || ' ' || p.branch_id || ' ' || p.started_on || ' '
                                   || coalesce(p.ended_on::text, 'open') || ' by '
                                   || case when p.transfer_id is null then 'no transfer'
                                           when t.member_id = p.member_id and t.to_branch_id = p.branch_id then 'its transfer'
                                           else 'another transfer' end
                            from membership_period p left join transfer t on t.id = p.transfer_id
                            where p.member_id = ? order by p.started_on""").param(member).query(String.class).list());
        }
        return rows;
    }

    private long count(String sql, Object... params) {
        var spec = jdbc.sql(sql);
        for (Object param : params) {
            spec = spec.param(param);
        }
        return spec.query(Long.class).single();
    }
}
