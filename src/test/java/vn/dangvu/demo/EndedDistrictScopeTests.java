package vn.dangvu.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangvu.member.MemberSearch;
import vn.dangvu.member.MemberService;
import vn.dangvu.organisation.Decision;
import vn.dangvu.organisation.LevelRole;
import vn.dangvu.organisation.Reorganiser;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitNode;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.report.Summary;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.web.FlashMessages;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.transfer.TransferFilter;

/**
 * Issue 17, item 6: the district committee members' accounts stay on the district, which ended on 1/7/2025.
 * They read what was the district's — its nine old units and every branch that was under them, wherever
 * the reform put them — as of any date, and nothing the reform or later changes made elsewhere; they write
 * nothing. The same context as {@link DemoReformTests} (the reformed demo); these tests only read, except
 * one that rolls its write back. Expected figures are the seed's (see {@link DemoReformTests}).
 */
@IntegrationTest
@TestPropertySource(properties = "dangvu.demo.reform=true")
class EndedDistrictScopeTests extends ReformedDemoTest {

    @Autowired
    MemberService members;

    @Autowired
    Reorganiser reorganiser;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void shouldReadTheDistrictsOldUnitsWhereverTheReformPutThem() {
        Actor an = users.actor("huyenuy.an");
        assertThat(an.scopeEndedOn()).isEqualTo(REFORM);
        assertThat(an.writes()).isFalse();
        // the district itself, the nine old units (ended, each under its successor), their branches moved
        // under the new communes, and a branch dissolved in 2019 that stayed under its old commune
        for (String code : List.of("TH", "TH-TB", "TH-SR", "TH-AP", "TH-TB-A1", "TH-TTA-A1", "TH-THC-A1", "TH-TB-CQ")) {
            assertThat(organisation.get(an, demo.unit(code)).code()).as(code).isEqualTo(code);
        }
        // what the reform made is not the district's: the new communes, the province
        for (String code : List.of("DT-TT", "DT-TH", "DT-THC", "DT-AP", "DT")) {
            assertThatThrownBy(() -> organisation.get(an, demo.unit(code)))
                    .as(code)
                    .isInstanceOf(NotFoundException.class);
        }
        // the other district committee member reads the same
        assertThat(organisation
                        .get(users.actor("huyenuy.binh"), demo.unit("TH-TB-A1"))
                        .parentId())
                .isEqualTo(demo.unit("DT-TT"));
    }

    @Test
    void shouldOpenA2019MemberOfXaThongBinhAndTheirTransfer() throws Exception {
        long transfer = demo.transferInto("TH-TB-A1");
        long member = demo.count("select member_id from transfer where id = ?", transfer);
        String name = demo.text("select full_name from member where id = ?", member);
        assertThat(page("huyenuy.an", "/members/" + member)).contains(name);
        page("huyenuy.an", "/transfers/" + transfer);
        assertThat(transfers.get(users.actor("huyenuy.an"), transfer)).isNotNull();
    }

    @Test
    void shouldListEveryMemberAndTransferOfTheDistrict() {
        Actor an = users.actor("huyenuy.an");
        // every member of the demo attends a branch of the old district: none was placed in a unit the reform made
        long districtMembers = demo.count("""
                        select count(*) from member m join org_unit b on b.id = m.branch_id
                        where b.code like 'TH-%'""");
        assertThat(districtMembers).isPositive();
        assertThat(members.search(an, MemberSearch.all(), 0).total()).isEqualTo(districtMembers);
        long districtTransfers = demo.count("""
                        select count(*) from transfer t
                        left join org_unit f on f.id = t.from_branch_id left join org_unit d on d.id = t.to_branch_id
                        where f.code like 'TH-%' or d.code like 'TH-%'""");
        assertThat(districtTransfers).isGreaterThanOrEqualTo(339);
        assertThat(transfers.list(an, new TransferFilter(null, null, null), 0).total())
                .isEqualTo(districtTransfers);
    }

    @Test
    void shouldShowTheDistrictOfTwentiethJanuary2019WithItsNineUnits() throws Exception {
        UnitNode then = organisation.treeOn(users.actor("huyenuy.an"), demo.unit("TH"), AGENCY_DEADLINE);
        assertThat(then.unit().name()).isEqualTo("Đảng bộ huyện Tân Hồng");
        assertThat(then.children()).extracting(n -> n.unit().name()).containsExactlyInAnyOrderElementsOf(OLD_UNITS);
        assertThat(child(then, "Xã Thông Bình").children())
                .extracting(n -> n.unit().name())
                .containsExactlyInAnyOrder(
                        "Chi bộ Ấp Bình Thạnh",
                        "Chi bộ Ấp Cả Găng",
                        "Chi bộ Ấp Thông Nhựt",
                        "Chi bộ Ấp Bình Hòa Trung",
                        "Chi bộ Ấp Long Sơn",
                        "Chi bộ Quân sự - Công an xã",
                        "Chi bộ Cơ quan xã");

        assertThat(page("huyenuy.an", "/units?asOf=20/01/2019"))
                .contains("Đảng bộ huyện Tân Hồng", "Xã Thông Bình", "Thị trấn Sa Rài", "Xã Bình Phú")
                .doesNotContain("Đảng bộ tỉnh Đồng Tháp");
    }

    @Test
    void shouldShowTheSummaryOfTheDistrictAsOfItsDatesAsTheProvinceDoes() throws Exception {
        Actor an = users.actor("huyenuy.an");
        assertThat(reports.summary(an, AGENCY_DEADLINE).totalMoved()).isEqualTo(285);
        Summary both = reports.summary(an, END_OF_2021);
        assertThat(both.scope().name()).isEqualTo("Đảng bộ huyện Tân Hồng");
        assertThat(both.totalMoved()).isEqualTo(339);
        assertMovedByCommuneBy2021(both);
        // in 2021 the province's tree was the district: every other figure is the province staff's too
        Summary province = reports.summary(users.actor("tochuc"), END_OF_2021);
        assertThat(both.duties()).isEqualTo(province.duties());
        assertThat(both.meetings()).isEqualTo(province.meetings());
        assertThat(both.trend()).isEqualTo(province.trend());
        assertThat(both.engagement()).isEqualTo(province.engagement());
        assertThat(both.campaigns()).isEqualTo(province.campaigns());

        assertThat(page("huyenuy.an", "/reports/summary?asOf=31/12/2021")).contains("Xã Thông Bình", "339");
    }

    @Test
    void shouldShowTheAgencyWavesProgressAsOfTwentiethJanuary2019() throws Exception {
        long campaign = campaign("21-HD/BTCTU");
        assertAgencyWaveDoneByItsDeadline(campaigns.progress(users.actor("huyenuy.an"), campaign, AGENCY_DEADLINE));
        assertThat(page("huyenuy.an", "/campaigns/" + campaign + "?asOf=20/01/2019"))
                .contains("<td>285/285</td>");
    }

    @Test
    void shouldAnswerNotFoundOutsideTheFormerDistrict() throws Exception {
        mvc.perform(get("/units/" + demo.unit("DT-TT")).with(users.as("huyenuy.an")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/units/" + demo.unit("DT")).with(users.as("huyenuy.an")))
                .andExpect(status().isNotFound());
        // a branch the new xã Tân Thành makes after the reform is its own, not the old district's
        // (made and rolled back here: the other tests of this context read the demo as loaded)
        transaction.executeWithoutResult(tx -> {
            Reorganiser.Step step = new Reorganiser.Step(
                    LocalDate.now(), new Decision("1-QĐ/ĐU", LocalDate.now(), "Đảng ủy xã Tân Thành"), null);
            UnitView made = reorganiser.establish(
                    users.actor("tochuc"),
                    step,
                    "DT-TT-MOI",
                    "Chi bộ Ấp Mới",
                    UnitKind.HAMLET,
                    LevelRole.BRANCH,
                    demo.unit("DT-TT"));
            assertThat(organisation.get(users.actor("xa.thongbinh"), made.id()).name())
                    .isEqualTo("Chi bộ Ấp Mới");
            assertThatThrownBy(() -> organisation.get(users.actor("huyenuy.an"), made.id()))
                    .isInstanceOf(NotFoundException.class);
            tx.setRollbackOnly();
        });
        assertThat(demo.count("select count(*) from org_unit where code = 'DT-TT-MOI'"))
                .isZero();
    }

    @Test
    void shouldStillRefuseEveryWrite() throws Exception {
        long before = demo.count("select count(*) from member");
        MvcResult refused = mvc.perform(post("/members")
                        .with(users.as("huyenuy.an"))
                        .with(csrf())
                        .header("Referer", "http://localhost/members")
                        .param("fullName", "Người Không Được Thêm")
                        .param("branchId", String.valueOf(demo.unit("TH-TB-A1"))))
                .andExpect(redirectedUrl("/members"))
                .andReturn();
        assertThat(((FlashMessages.FlashMessage) refused.getFlashMap().get("flashError")).key())
                .isEqualTo("account.readOnly.refused");
        assertThat(demo.count("select count(*) from member")).isEqualTo(before);
        assertThat(page("huyenuy.an", "/members")).doesNotContain("/members/new");
    }
}
