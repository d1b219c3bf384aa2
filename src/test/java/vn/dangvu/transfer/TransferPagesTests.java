package vn.dangvu.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import vn.dangvu.shared.web.FlashMessages;
import vn.dangvu.support.AgencyCampaigns;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.support.StatementCounter;

/** The transfer and campaign pages as a browser uses them: forms, buttons, flash messages, letters. */
@IntegrationTest
class TransferPagesTests extends DemoDistrictTest {

    @Autowired
    TransferService transfers;

    @Autowired
    AgencyCampaigns agencyCampaigns;

    @Autowired
    StatementCounter statements;

    @Test
    void shouldRecordAndProposeATransferFromTheForms() throws Exception {
        var commune = fixtures.commune(2);
        long member = fixtures.member("Mạc Văn Biểu Mẫu", commune.hamlet(0), null, null);
        // an internal transfer is the grassroots committee's: its official starts and proposes it
        String official = fixtures.account(staff, vn.dangvu.shared.Role.COMMUNE_OFFICIAL, commune.commune());
        mvc.perform(get("/transfers/new")
                        .param("member", String.valueOf(member))
                        .with(users.as("tochuc")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mạc Văn Biểu Mẫu")))
                .andExpect(content().string(containsString("chưa có kết quả đánh giá")));

        MvcResult created = mvc.perform(postAs(official, "/transfers")
                        .param("memberId", String.valueOf(member))
                        .param("kind", "INTERNAL")
                        .param("toBranchId", String.valueOf(commune.hamlet(1).id()))
                        .param("reason", "Về nơi cư trú")
                        .param("letterNumber", "15-GGT/ĐU")
                        .param("letterDate", "5/1/2025"))
                .andExpect(redirectedUrlPattern("/transfers/*"))
                .andReturn();
        long id = Long.parseLong(created.getResponse().getRedirectedUrl().replace("/transfers/", ""));

        mvc.perform(postAs(official, "/transfers/{id}/propose", id).param("version", "0"))
                .andExpect(redirectedUrl("/transfers/" + id))
                .andExpect(flash().attribute("flashSuccess", org.hamcrest.Matchers.notNullValue()));
        mvc.perform(postAs(official, "/transfers/{id}/approve", id).param("version", "0"))
                .andExpect(redirectedUrl("/transfers/" + id))
                .andExpect(flash().attributeExists("flashError"));
        assertThat(transfers.get(users.actor("tochuc"), id).state()).isEqualTo(TransferState.PROPOSED);

        mvc.perform(get("/transfers/{id}/letter", id).with(users.as("tochuc")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("GIẤY GIỚI THIỆU SINH HOẠT ĐẢNG")))
                .andExpect(content().string(containsString("15-GGT/ĐU")))
                .andExpect(content().string(containsString("ngày 05 tháng 01 năm 2025")));
    }

    @Test
    void shouldKeepWhatWasTypedWhenTheReasonIsMissing() throws Exception {
        var commune = fixtures.commune(2);
        long member = fixtures.member("Tạ Văn Quên", commune.hamlet(0), null, null);
        String official = fixtures.account(staff, vn.dangvu.shared.Role.COMMUNE_OFFICIAL, commune.commune());
        mvc.perform(postAs(official, "/transfers")
                        .param("memberId", String.valueOf(member))
                        .param("kind", "INTERNAL")
                        .param("toBranchId", String.valueOf(commune.hamlet(1).id()))
                        .param("reason", "")
                        .param("letterNumber", "99-GGT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không được để trống.")))
                .andExpect(content().string(containsString("value=\"99-GGT\"")));
        assertThat(demo.count("select count(*) from transfer where member_id = ?", member))
                .isZero();
    }

    @Test
    void shouldShowTheReportsFiguresOnTheCampaignPage() throws Exception {
        long agencyWave = demo.count("""
                select c.id from campaign c join directive d on d.id = c.directive_id where d.number = '21-HD/BTCTU'""");
        mvc.perform(get("/campaigns/{id}", agencyWave)
                        .param("asOf", "20/01/2019")
                        .with(users.as("lanhdao")))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "Đã giải thể 09/09 chi bộ cơ quan; chuyển 285 đảng viên về sinh hoạt tại 38 chi bộ ấp, khóm.")));
        mvc.perform(get("/campaigns").param("asOf", "31/12/2021").with(users.as("lanhdao")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tổng số đảng viên đã chuyển về chi bộ ấp, khóm: 339")));
    }

    @Test
    void shouldNameTheMemberWhoStoppedABatch() throws Exception {
        long campaign = campaignOfOne("Ông Văn Chưa Có Nhà", false);

        MvcResult result = mvc.perform(postAs("tochuc", "/campaigns/{id}/propose-all", campaign))
                .andExpect(redirectedUrl("/campaigns/" + campaign))
                .andReturn();
        FlashMessages.FlashMessage error =
                (FlashMessages.FlashMessage) result.getFlashMap().get("flashError");
        assertThat(error.key()).isEqualTo("campaign.batchFailed");
        assertThat(error.arguments()).containsExactly("Ông Văn Chưa Có Nhà", "chưa có chi bộ nhận.");
    }

    @Test
    void shouldDrawTheCampaignPageWithAFixedNumberOfStatements() throws Exception {
        long agencyWave = demo.count("""
                select c.id from campaign c join directive d on d.id = c.directive_id where d.number = '21-HD/BTCTU'""");
        long tiny = campaignOfOne("Ông Văn Một Mình", true);
        long big = statementsOf("/campaigns/" + agencyWave);
        long small = statementsOf("/campaigns/" + tiny);
        assertThat(big).isEqualTo(small).isLessThanOrEqualTo(16); // with the session store's statements
    }

    /** A campaign of a new commune whose agency branch has one member, living in its hamlet or nowhere known. */
    private long campaignOfOne(String member, boolean housed) {
        var commune = fixtures.commune(1);
        fixtures.member(member, commune.agency(), housed ? commune.hamlet(0) : null, 2024);
        return agencyCampaigns
                .create(
                        users.actor("tochuc"),
                        LocalDate.of(2024, 1, 1),
                        "Đợt " + member,
                        LocalDate.of(2025, 1, 31),
                        commune.commune().id())
                .id();
    }

    private long statementsOf(String path) throws Exception {
        statements.reset();
        mvc.perform(get(path).with(users.as("tochuc"))).andExpect(status().isOk());
        return statements.count();
    }
}
