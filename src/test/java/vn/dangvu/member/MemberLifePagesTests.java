package vn.dangvu.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import vn.dangvu.organisation.BranchForm;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.support.MemberForms;

/** The member page's Party-life sections and procedures as a browser sees them. */
@IntegrationTest
class MemberLifePagesTests extends DemoDistrictTest {

    @Autowired
    MemberService members;

    @Autowired
    MemberLifeService life;

    @Autowired
    OrganisationService organisation;

    Actor staff;
    UnitView hamlet;

    @BeforeEach
    void setUp() {
        staff = users.actor("tochuc");
        long n = System.nanoTime() % 1_000_000;
        hamlet = organisation.createBranch(
                staff, new BranchForm(demo.unit("TH-TB"), "LP-" + n, "Ấp Trang " + n, UnitKind.HAMLET));
    }

    @Test
    void shouldOfferTheProceduresToThoseWhoMayRecordThem() throws Exception {
        long id = members.create(staff, MemberForms.form("Đỗ Văn Trang", hamlet.id()));
        String district = page("tochuc", "/members/{id}", id);
        assertThat(district)
                .contains(
                        "href=\"/members/" + id + "/leave\"",
                        "href=\"/members/" + id + "/exemptions/new\"",
                        "href=\"/members/" + id + "/cards/new\"",
                        "Miễn công tác và sinh hoạt đảng",
                        "Chưa có lần miễn công tác và sinh hoạt đảng nào.")
                // a full member: no probation to decide
                .doesNotContain("href=\"/members/" + id + "/probation\"");
        String secretary = page("bithu", "/members/{id}", demo.memberOf("TH-TB-A1"));
        assertThat(secretary).doesNotContain("/leave\"", "/exemptions/new\"", "/cards/new\"");
        // a commune official records only a death
        String leaving = page("xa.thongbinh", "/members/{id}/leave", id);
        assertThat(leaving)
                .contains("<option value=\"DECEASED\">Từ trần</option>", "name=\"formToken\"")
                .doesNotContain("value=\"REMOVED\"", "value=\"EXPELLED\"", "value=\"RESIGNED\"");
        // ... and is offered their own committee, not the district's, as the deciding body
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(leaving))
                .contains("value=\"Đảng ủy xã Thông Bình\"")
                .doesNotContain("value=\"Huyện ủy Tân Hồng\"");
        // the deciding body is suggested from the level roles of today
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(page("tochuc", "/members/{id}/leave", id)))
                .contains("value=\"REMOVED\"", "value=\"Huyện ủy Tân Hồng\"");
    }

    @Test
    void shouldShowEveryErrorOfALeavingAtOnceAndKeepWhatWasTyped() throws Exception {
        long id = members.create(staff, MemberForms.form("Đỗ Văn Sai", hamlet.id()));
        MvcResult result = mvc.perform(post("/members/{id}/leave", id)
                        .with(users.as("tochuc"))
                        .with(csrf())
                        .param("reason", "REMOVED")
                        .param("ground", "")
                        .param("leftOn", "31/02/2026")
                        .param("decisionNumber", "")
                        .param("decisionOn", "01/01/2004")
                        .param("decidedBy", "Huyện ủy Tân Hồng")
                        .param("version", "0"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String body = result.getResponse().getContentAsString();
        assertThat(body)
                .contains(
                        "<a href=\"#leftOn\">Ngày ra khỏi Đảng: Ngày 31/02/2026 không tồn tại.</a>",
                        "<a href=\"#ground\">Căn cứ xóa tên: Xóa tên phải ghi căn cứ.</a>",
                        "<a href=\"#decisionNumber\">Số quyết định: Hãy nhập số quyết định.</a>",
                        "<a href=\"#decisionOn\">Ngày quyết định: Ngày này trước ngày vào Đảng của đảng viên.</a>",
                        "value=\"31/02/2026\"",
                        "value=\"01/01/2004\"");
        assertThat(demo.text("select status from member where id = ?", id)).isEqualTo("ACTIVE");
    }

    @Test
    void shouldRecordAnExemptionAndShowItOnTheMemberPageAndTheList() throws Exception {
        long id = members.create(staff, MemberForms.form("Đỗ Thị Miễn Trang", hamlet.id()));
        mvc.perform(post("/members/{id}/exemptions", id)
                        .with(users.as("xa.thongbinh"))
                        .with(csrf())
                        .param("kind", "AGE_HEALTH")
                        .param("reason", "Tuổi cao")
                        .param("resolutionNumber", "08-NQ/CB")
                        .param("resolutionOn", "02/01/2026")
                        .param("decidedBy", "Chi bộ Ấp Trang")
                        .param("startsOn", "05/01/2026"))
                .andReturn();
        assertThat(page("tochuc", "/members/{id}", id))
                .contains(
                        "Miễn sinh hoạt</span>",
                        "Tuổi cao, sức khỏe yếu",
                        "Đang miễn",
                        "05/01/2026",
                        "Số 08-NQ/CB ngày 02/01/2026 của Chi bộ Ấp Trang");
        assertThat(page("tochuc", "/members?branch={b}&status=EXEMPT", hamlet.id()))
                .contains("Đỗ Thị Miễn Trang");
        assertThat(page("tochuc", "/members?branch={b}&status=ACTIVE", hamlet.id()))
                .doesNotContain("Đỗ Thị Miễn Trang");
    }

    @Test
    void shouldListProbationsEndingInTheChosenWindowAndCountThemApart() throws Exception {
        LocalDate admitted = LocalDate.of(2025, 9, 15);
        members.create(staff, MemberForms.admitted("Đỗ Văn Dự Bị Trang", hamlet.id(), admitted, null, admitted));
        assertThat(page("tochuc", "/members/probation?from=01/09/2026&to=30/09/2026"))
                .contains("Đỗ Văn Dự Bị Trang", "15/09/2026");
        assertThat(page("tochuc", "/members/probation?from=01/10/2026&to=31/10/2026"))
                .doesNotContain("Đỗ Văn Dự Bị Trang");
        // a mistyped date keeps what was typed and says why
        assertThat(page("tochuc", "/members/probation?from=abc")).contains("value=\"abc\"", "Ngày không hợp lệ");
        assertThat(page("tochuc", "/members?branch={b}", hamlet.id()))
                .contains("1 đảng viên, trong đó 1 dự bị và 0 chính thức.", ">Dự bị</span>");
    }

    @Test
    void shouldShowHowAndWhenEachMemberLeftOnTheListOfThoseWhoLeftAndTheirPage() throws Exception {
        long removed = members.create(staff, MemberForms.form("Đỗ Văn Xóa Trang", hamlet.id()));
        long died = members.create(staff, MemberForms.form("Đỗ Văn Mất Trang", hamlet.id()));
        life.leave(
                staff,
                removed,
                new LeavingForm(
                        LeftReason.REMOVED,
                        "Bỏ sinh hoạt 3 tháng không có lý do",
                        LocalDate.of(2026, 3, 1),
                        "125-QĐ/HU",
                        LocalDate.of(2026, 2, 25),
                        "Huyện ủy Tân Hồng",
                        demo.count("select version from member where id = ?", removed)));
        life.leave(
                staff,
                died,
                new LeavingForm(
                        LeftReason.DECEASED,
                        "",
                        LocalDate.of(2026, 4, 2),
                        "",
                        LocalDate.of(2026, 4, 3),
                        "Đảng ủy xã Thông Bình",
                        demo.count("select version from member where id = ?", died)));

        assertThat(page("tochuc", "/members?branch={b}&status=LEFT", hamlet.id()))
                .contains(
                        "Đỗ Văn Xóa Trang", "Xóa tên, ngày 01/03/2026", "Đỗ Văn Mất Trang", "Từ trần, ngày 02/04/2026");
        assertThat(page("tochuc", "/members/{id}", died)).contains("Đã ra khỏi Đảng bộ", "Từ trần, ngày 02/04/2026");
    }
}
