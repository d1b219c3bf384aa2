package vn.dangvu.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;

/**
 * A member's committee periods on their page: dated (true on 15/06/2021, not on 15/06/2026), added, ended,
 * corrected and removed with a reason by those who may edit the member, every error in one round, an audit
 * entry per write, and nothing for another scope.
 */
@IntegrationTest
class CommitteePagesTests extends DemoDistrictTest {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Autowired
    CommitteeMemberships committees;

    @Autowired
    MessageSource messages;

    Fixtures.Commune commune;
    long member;

    @BeforeEach
    void setUp() {
        commune = fixtures.commune(1);
        member = fixtures.member("Hà Văn Huyện Ủy", commune.hamlet(0), commune.hamlet(0), null);
    }

    @Test
    void shouldHoldADistrictTermOnItsDatesOnly() throws Exception {
        long district = demo.unit("TH");
        long id = add(
                "tochuc",
                Map.of(
                        "unitId", String.valueOf(district),
                        "role", "COMMITTEE_MEMBER",
                        "term", "2020-2025",
                        "validFrom", "01/10/2020",
                        "validTo", "30/09/2025"));
        String branchPath = commune.hamlet(0).path();

        assertThat(committees.isCommitteeMember(member, LocalDate.of(2021, 6, 15)))
                .isTrue();
        assertThat(committees.isCommitteeMember(member, LocalDate.of(2026, 6, 15)))
                .isFalse();
        assertThat(committees.holdsSeatAbove(member, branchPath, LocalDate.of(2021, 6, 15)))
                .isTrue();
        assertThat(committees.holdsSeatAbove(member, branchPath, LocalDate.of(2026, 6, 15)))
                .isFalse();
        assertThat(committees.holdersOn("/" + district + "/", LocalDate.of(2021, 6, 15)))
                .filteredOn(h -> h.memberId() == member)
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.unitId()).isEqualTo(district);
                    assertThat(h.title()).isEqualTo(CommitteeRole.COMMITTEE_MEMBER);
                });
        // the last day is included, the day after is not
        assertThat(committees.isCommitteeMember(member, LocalDate.of(2025, 9, 30)))
                .isTrue();
        assertThat(committees.isCommitteeMember(member, LocalDate.of(2025, 10, 1)))
                .isFalse();

        String page = memberPage("tochuc");
        assertThat(page)
                .contains(
                        "role=\"cell\">Ủy viên Ban Chấp hành (cấp ủy viên)</td>",
                        "role=\"cell\">Đảng bộ huyện Tân Hồng</td>"
                                .replace(
                                        "Đảng bộ huyện Tân Hồng",
                                        demo.text("select name from org_unit where id = ?", district)),
                        "role=\"cell\">2020–2025</td>",
                        "role=\"cell\">01/10/2020</td>",
                        "role=\"cell\">30/09/2025</td>",
                        "/committee-periods/" + id + "/edit");
        assertThat(demo.count(
                        "select count(*) from audit_event where entity_type = 'MEMBER' and entity_id = ? and action = 'COMMITTEE_ADDED'",
                        member))
                .isEqualTo(1);
    }

    @Test
    void shouldReportEveryErrorOfTheFormAtOnce() throws Exception {
        MvcResult result = mvc.perform(postAs("tochuc", "/members/" + member + "/committees")
                        .param("unitId", String.valueOf(demo.unit("TH-TB")))
                        .param("role", "")
                        .param("term", "nhiệm kỳ mới")
                        .param("validFrom", "01/01/2000")
                        .param("validTo", "31/02/2021"))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(fieldErrors(result, "committeePeriodForm"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "unitId", "Chỉ chọn được chi bộ của đảng viên hoặc tổ chức đảng cấp trên của chi bộ đó.",
                        "role", "Vui lòng nhập hoặc chọn.",
                        "term", "Nhiệm kỳ ghi dạng năm–năm, ví dụ 2020–2025.",
                        "validFrom", "Ngày bắt đầu không được trước ngày vào Đảng.",
                        "validTo", "Ngày 31/02/2021 không tồn tại."));
        assertThat(result.getResponse().getContentAsString()).contains("value=\"nhiệm kỳ mới\"");
        assertThat(demo.count("select count(*) from committee_membership where member_id = ?", member))
                .isZero();

        MvcResult backwards = mvc.perform(postAs("tochuc", "/members/" + member + "/committees")
                        .param("unitId", String.valueOf(commune.commune().id()))
                        .param("role", "SECRETARY")
                        .param("validFrom", "01/10/2020")
                        .param("validTo", "30/09/2020"))
                .andReturn();
        assertThat(fieldErrors(backwards, "committeePeriodForm"))
                .containsExactlyEntriesOf(Map.of("validTo", "Ngày kết thúc không được trước ngày bắt đầu."));
    }

    @Test
    void shouldEndCorrectAndRemoveAPeriodWithAnAuditEntryEach() throws Exception {
        long id = add(
                "tochuc",
                Map.of(
                        "unitId", String.valueOf(commune.commune().id()),
                        "role", "SECRETARY",
                        "validFrom", "01/10/2020"));
        assertThat(memberPage("tochuc"))
                .contains("role=\"cell\">Bí thư</td>", "role=\"cell\">nay</td>", "/committee-periods/" + id + "/end");

        mvc.perform(postAs("tochuc", "/committee-periods/" + id + "/end")
                        .param("validTo", "30/06/2025")
                        .param("version", "0"))
                .andReturn();
        assertThat(committees.isCommitteeMember(member, LocalDate.of(2025, 6, 30)))
                .isTrue();
        assertThat(committees.isCommitteeMember(member, LocalDate.of(2025, 7, 1)))
                .isFalse();
        assertThat(memberPage("tochuc"))
                .contains("role=\"cell\">30/06/2025</td>")
                .doesNotContain("/committee-periods/" + id + "/end");

        mvc.perform(postAs("tochuc", "/committee-periods/" + id)
                        .param("unitId", String.valueOf(commune.commune().id()))
                        .param("role", "DEPUTY_SECRETARY")
                        .param("term", "2020–2025")
                        .param("validFrom", "15/10/2020")
                        .param("validTo", "30/06/2025")
                        .param("version", "1"))
                .andReturn();
        assertThat(memberPage("tochuc")).contains("role=\"cell\">Phó Bí thư</td>", "role=\"cell\">15/10/2020</td>");

        MvcResult noReason = mvc.perform(postAs("tochuc", "/committee-periods/" + id + "/delete")
                        .param("reason", " ")
                        .param("version", "2"))
                .andReturn();
        assertThat(fieldErrors(noReason, "committeeRemovalForm"))
                .containsExactlyEntriesOf(Map.of("reason", "Vui lòng ghi lý do xóa."));

        mvc.perform(postAs("tochuc", "/committee-periods/" + id + "/delete")
                        .param("reason", "Ghi nhầm người")
                        .param("version", "2"))
                .andReturn();
        assertThat(memberPage("tochuc"))
                .doesNotContain("role=\"cell\">Phó Bí thư</td>")
                .contains("Chưa ghi nhận tham gia cấp ủy");
        assertThat(committees.isCommitteeMember(member, LocalDate.of(2021, 6, 15)))
                .isFalse();
        assertThat(demo.text("select removal_reason from committee_membership where id = ?", id))
                .isEqualTo("Ghi nhầm người");
        assertThat(demo.text("""
                        select string_agg(action, ',' order by id) from audit_event
                        where entity_type = 'MEMBER' and entity_id = ? and action like 'COMMITTEE%'""", member))
                .isEqualTo("COMMITTEE_ADDED,COMMITTEE_ENDED,COMMITTEE_CORRECTED,COMMITTEE_REMOVED");
        assertThat(mvc.perform(get("/committee-periods/" + id + "/edit").with(users.as("tochuc")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void shouldKeepPeriodsToThoseWhoMayEditTheMember() throws Exception {
        long id = committees.record(
                member, commune.commune().id(), CommitteeRole.KEY_LEADER, null, LocalDate.of(2020, 10, 1), null);
        // a commune official of another commune: the member does not exist for them
        assertThat(status(get("/members/" + member + "/committees/new"), "xa.tanhoco"))
                .isEqualTo(404);
        assertThat(status(
                        post("/members/" + member + "/committees")
                                .with(csrf())
                                .param(
                                        "unitId",
                                        String.valueOf(commune.commune().id()))
                                .param("role", "SECRETARY")
                                .param("validFrom", "01/10/2020"),
                        "xa.tanhoco"))
                .isEqualTo(404);
        assertThat(status(
                        post("/committee-periods/" + id + "/delete")
                                .with(csrf())
                                .param("reason", "x")
                                .param("version", "0"),
                        "xa.tanhoco"))
                .isEqualTo(404);
        // a district leader reads the member but writes nothing
        assertThat(status(get("/committee-periods/" + id + "/end"), "lanhdao")).isEqualTo(403);
        assertThat(memberPage("lanhdao"))
                .contains("role=\"cell\">Lãnh đạo chủ chốt</td>")
                .doesNotContain("/committee-periods/" + id);
        assertThat(demo.count("select count(*) from committee_membership where member_id = ?", member))
                .isEqualTo(1);
    }

    private long add(String username, Map<String, String> fields) throws Exception {
        var request = postAs(username, "/members/" + member + "/committees");
        fields.forEach(request::param);
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getRedirectedUrl())
                .as(
                        "errors: %s",
                        result.getModelAndView() == null
                                ? ""
                                : result.getModelAndView().getModel())
                .isEqualTo("/members/" + member + "#committees");
        return demo.count("select max(id) from committee_membership where member_id = ?", member);
    }

    private String memberPage(String username) throws Exception {
        return mvc.perform(get("/members/" + member).with(users.as(username)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private int status(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String username)
            throws Exception {
        return mvc.perform(request.with(users.as(username)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private Map<String, String> fieldErrors(MvcResult result, String form) {
        BindingResult binding =
                (BindingResult) result.getModelAndView().getModel().get(BindingResult.MODEL_KEY_PREFIX + form);
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            errors.merge(error.getField(), messages.getMessage(error, VIETNAMESE), (a, b) -> a + " | " + b);
        }
        return errors;
    }
}
