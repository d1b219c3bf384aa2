package vn.dangvu.branchwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.util.HtmlUtils;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.member.loading.MemberLoader;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.HeldMeetings;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.support.MemberForms;

/**
 * The pages that correct and remove a meeting, a duty and a guest (a confirmation with a reason; a GET
 * never removes anything), and branch work on a phone: the new-meeting form before the list, "everyone
 * present", the message after giving a duty in the row it was given in, and birth years beside names.
 */
@IntegrationTest
class BranchWorkCorrectionPagesTests extends DemoDistrictTest {

    @Autowired
    MeetingService meetings;

    @Autowired
    HeldMeetings heldMeetings;

    @Autowired
    DutyService duties;

    @Autowired
    MemberLoader members;

    Fixtures.Commune commune;
    long hamlet;
    long member;

    @BeforeEach
    void setUp() {
        commune = fixtures.commune(1);
        hamlet = commune.hamlet(0).id();
        member = fixtures.member("Phan Văn Sửa Sai", commune.hamlet(0), commune.hamlet(0), null);
    }

    @Test
    void shouldCorrectAMeetingAndRemoveItAfterAskingWhy() throws Exception {
        long id = meetings.create(
                staff,
                hamlet,
                new MeetingForm(LocalDate.of(2024, 7, 5), MeetingKind.REGULAR, "Sinh hoạt tháng bảy", null));
        long version = meetings.edit(staff, id).version();

        mvc.perform(get("/meetings/{id}", id).with(users.as("tochuc")))
                .andExpect(
                        content().string(containsString("href=\"/meetings/" + id + "/edit\">Sửa buổi sinh hoạt</a>")))
                .andExpect(content()
                        .string(containsString("href=\"/meetings/" + id + "/delete\">Xóa buổi sinh hoạt</a>")));
        assertThat(unescaped(mvc.perform(get("/meetings/{id}/edit", id).with(users.as("tochuc")))
                        .andExpect(status().isOk())
                        .andReturn()))
                .contains("<h1 class=\"h3\">Sửa buổi sinh hoạt ngày 05/07/2024</h1>")
                .contains("id=\"topic\" name=\"topic\" value=\"Sinh hoạt tháng bảy\"");

        MvcResult corrected = mvc.perform(postAs("tochuc", "/meetings/{id}", id)
                        .param("heldOn", "06/07/2024")
                        .param("kind", "THEMATIC")
                        .param("topic", "Chuyên đề chuyển đổi số")
                        .param("resolution", "Giao tổ công nghệ số")
                        .param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/meetings/" + id))
                .andReturn();
        follow(corrected)
                .andExpect(content().string(containsString("Đã sửa buổi sinh hoạt.")))
                .andExpect(content().string(containsString("<h1 class=\"h3\">Buổi sinh hoạt ngày 06/07/2024</h1>")))
                .andExpect(content().string(containsString("Chuyên đề chuyển đổi số")));

        assertThat(unescaped(mvc.perform(postAs("tochuc", "/meetings/{id}", id)
                                .param("heldOn", "07/07/2024")
                                .param("kind", "REGULAR")
                                .param("topic", "Sửa lần hai trên trang cũ")
                                .param("version", String.valueOf(version)))
                        .andExpect(status().isOk())
                        .andReturn()))
                .as("a correction made on a page someone else's correction made stale comes back, as typed")
                .contains("Thông tin vừa được người khác thay đổi.")
                .contains("value=\"Sửa lần hai trên trang cũ\"");

        mvc.perform(get("/meetings/{id}/delete", id).with(users.as("tochuc")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Xóa buổi sinh hoạt ngày 06/07/2024")))
                .andExpect(content().string(containsString("Chuyên đề chuyển đổi số")))
                .andExpect(content().string(containsString("Lý do xóa")));
        mvc.perform(postAs("tochuc", "/meetings/{id}/delete", id)
                        .param("reason", "  ")
                        .param("version", String.valueOf(version + 1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
        assertThat(demo.count("select count(*) from meeting where id = ? and removed_at is null", id))
                .as("neither the confirmation page nor a removal without a reason removes it")
                .isEqualTo(1);

        MvcResult removed = mvc.perform(postAs("tochuc", "/meetings/{id}/delete", id)
                        .param("reason", "Ghi trùng buổi")
                        .param("version", String.valueOf(version + 1)))
                .andExpect(redirectedUrl("/branches/" + hamlet + "/meetings"))
                .andReturn();
        follow(removed)
                .andExpect(content().string(containsString("Đã xóa buổi sinh hoạt ngày 06/07/2024.")))
                .andExpect(content().string(not(containsString("Chuyên đề chuyển đổi số"))));
        mvc.perform(get("/meetings/{id}", id).with(users.as("tochuc"))).andExpect(status().isNotFound());
        assertThat(demo.text("select removed_by || '|' || removal_reason from meeting where id = ?", id))
                .isEqualTo("tochuc|Ghi trùng buổi");
    }

    @Test
    void shouldCorrectAndRemoveADutyAndAGuestFromTheirPages() throws Exception {
        long duty = duties.assign(staff, hamlet, 2024, new DutyForm(member, null, "Dân vận", "Phụ trách tổ 3", null));
        long dutyVersion = duties.duty(staff, duty).duty().version();

        mvc.perform(get("/duties/{id}/edit", duty).with(users.as("tochuc")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sửa nhiệm vụ của Phan Văn Sửa Sai, năm 2024")));
        MvcResult corrected = mvc.perform(postAs("tochuc", "/duties/{id}/edit", duty)
                        .param("field", "Dân vận")
                        .param("title", "Phụ trách tổ 4")
                        .param("description", "")
                        .param("version", String.valueOf(dutyVersion)))
                .andExpect(redirectedUrl("/branches/" + hamlet + "/duties?year=2024#duty-" + duty))
                .andReturn();
        assertThat(corrected.getFlashMap().get("flashAnchor")).isEqualTo("duty-" + duty);
        follow(corrected).andExpect(content().string(containsString("Đã sửa nhiệm vụ.")));

        mvc.perform(get("/duties/{id}/delete", duty).with(users.as("tochuc")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phụ trách tổ 4")));
        MvcResult removed = mvc.perform(postAs("tochuc", "/duties/{id}/delete", duty)
                        .param("reason", "Giao nhầm người")
                        .param("version", String.valueOf(dutyVersion + 1)))
                .andExpect(redirectedUrl("/branches/" + hamlet + "/duties?year=2024#member-" + member))
                .andReturn();
        follow(removed)
                .andExpect(content().string(containsString("Đã xóa nhiệm vụ &quot;Phụ trách tổ 4&quot;.")))
                .andExpect(content().string(not(containsString("Phụ trách tổ 4</"))));
        assertThat(demo.count("select count(*) from duty where id = ? and removed_at is not null", duty))
                .isEqualTo(1);

        long meeting = meetings.create(
                staff, hamlet, new MeetingForm(LocalDate.of(2024, 8, 5), MeetingKind.REGULAR, "Tháng tám", null));
        meetings.addGuest(staff, meeting, new GuestForm(GuestKind.COMMUNE_OFFICIAL, "Ông Tư, Phó Chủ tịch xã", null));
        long guest = meetings.get(staff, meeting).guests().get(0).id();
        mvc.perform(get("/guests/{id}/edit", guest).with(users.as("tochuc")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sửa khách mời — buổi sinh hoạt ngày 05/08/2024")));
        mvc.perform(postAs("tochuc", "/guests/{id}", guest)
                        .param("kind", "OTHER")
                        .param("name", "Ông Tư, Chủ tịch Hội Nông dân xã")
                        .param("comment", "")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/meetings/" + meeting + "#guests"));
        mvc.perform(postAs("tochuc", "/guests/{id}/delete", guest)
                        .param("reason", "Không dự")
                        .param("version", "1"))
                .andExpect(redirectedUrl("/meetings/" + meeting + "#guests"));
        assertThat(demo.text("select name || '|' || removal_reason from meeting_guest where id = ?", guest))
                .isEqualTo("Ông Tư, Chủ tịch Hội Nông dân xã|Không dự");
        assertThat(meetings.get(staff, meeting).guests()).isEmpty();
    }

    /** A leader reads branch work but writes none; a secretary of another branch does not see it at all. */
    @Test
    void shouldOpenCorrectionsOnlyToThoseWhoWriteTheBranchsWork() throws Exception {
        long meeting = meetings.create(
                staff, hamlet, new MeetingForm(LocalDate.of(2024, 7, 5), MeetingKind.REGULAR, "Tháng bảy", null));
        long duty = duties.assign(staff, hamlet, 2024, new DutyForm(member, null, "Dân vận", "Phụ trách tổ 3", null));

        mvc.perform(get("/meetings/{id}", meeting).with(users.as("lanhdao")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/meetings/" + meeting + "/edit"))))
                .andExpect(content().string(not(containsString("/meetings/" + meeting + "/delete"))));
        for (String path : List.of("/meetings/{id}/edit", "/meetings/{id}/delete")) {
            mvc.perform(get(path, meeting).with(users.as("lanhdao"))).andExpect(status().isForbidden());
            mvc.perform(get(path, meeting).with(users.as("bithu"))).andExpect(status().isNotFound());
        }
        mvc.perform(postAs("lanhdao", "/meetings/{id}/delete", meeting)
                        .param("reason", "Thử")
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(postAs("bithu", "/duties/{id}/delete", duty)
                        .param("reason", "Thử")
                        .param("version", "0"))
                .andExpect(status().isNotFound());
        assertThat(demo.count(
                        "select count(*) from meeting where id = ? and removed_at is null"
                                + " and exists (select 1 from duty where id = ? and removed_at is null)",
                        meeting,
                        duty))
                .isEqualTo(1);
    }

    /** The new-meeting form comes before months of meetings: a phone reaches it without scrolling. */
    @Test
    void shouldPutTheNewMeetingFormBeforeTheList() throws Exception {
        for (int month = 1; month <= 3; month++) {
            meetings.create(
                    staff,
                    hamlet,
                    new MeetingForm(LocalDate.of(2024, month, 5), MeetingKind.REGULAR, "Tháng " + month, null));
        }
        String page = mvc.perform(get("/branches/{id}/meetings", hamlet).with(users.as("tochuc")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page.indexOf("id=\"new-meeting\""))
                .isPositive()
                .isLessThan(page.indexOf("<table"))
                .isLessThan(page.indexOf(">05/01/2024</a>"));
    }

    /**
     * Attendance taken with Phan Văn Sửa Sai absent; "everyone present" shows everyone present again
     * (the exempt member stays exempt) and Save stays in the sticky bar at the bottom of the screen.
     */
    @Test
    void shouldOfferEveryonePresentWithSaveAlwaysInReach() throws Exception {
        long exempt = members.register(
                MemberForms.edit(MemberForms.form("Phan Thị Được Miễn", hamlet), d -> d.status = MemberStatus.EXEMPT),
                LocalDate.of(2010, 1, 1));
        long meeting = heldMeetings.held(
                staff,
                hamlet,
                LocalDate.of(2024, 7, 5),
                "Tháng bảy",
                HeldMeetings.row(member, AttendanceStatus.ABSENT),
                HeldMeetings.row(exempt, AttendanceStatus.EXEMPT));

        assertThat(checkedStatuses(mvc.perform(get("/meetings/{id}", meeting).with(users.as("tochuc")))
                        .andReturn()))
                .containsExactlyInAnyOrderEntriesOf(Map.of(member, "ABSENT", exempt, "EXEMPT"));
        MvcResult everyone = mvc.perform(
                        get("/meetings/{id}", meeting).param("present", "all").with(users.as("tochuc")))
                .andExpect(content()
                        .string(containsString(
                                "href=\"/meetings/" + meeting + "?present=all#attendance\">Tất cả có mặt</a>")))
                .andReturn();
        assertThat(checkedStatuses(everyone))
                .containsExactlyInAnyOrderEntriesOf(Map.of(member, "PRESENT", exempt, "EXEMPT"));
        assertThat(everyone.getResponse().getContentAsString())
                .containsPattern(
                        "<div class=\"sticky-actions\">\\s*<button type=\"submit\"[^>]*>Lưu điểm danh</button>");
        assertThat(meetings.get(staff, meeting).attendance())
                .as("showing the form filled in saves nothing")
                .filteredOn(r -> r.member().id() == member)
                .singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(AttendanceStatus.ABSENT));
    }

    /** Two members named alike are told apart by their birth year; the message of a duty shows in its row. */
    @Test
    void shouldTellNamesakesApartAndAnswerInTheRowOfTheDuty() throws Exception {
        long older = members.register(
                MemberForms.edit(
                        MemberForms.form("Phan Văn Trùng Tên", hamlet), d -> d.birthDate = LocalDate.of(1961, 4, 2)),
                LocalDate.of(2010, 1, 1));
        long younger = members.register(
                MemberForms.edit(
                        MemberForms.form("Phan Văn Trùng Tên", hamlet), d -> d.birthDate = LocalDate.of(1984, 9, 30)),
                LocalDate.of(2010, 1, 1));

        MvcResult given = mvc.perform(postAs("tochuc", "/branches/{id}/duties", hamlet)
                        .param("year", "2024")
                        .param("memberId", String.valueOf(younger))
                        .param("field", "Dân vận")
                        .param("title", "Theo dõi tổ 5"))
                .andExpect(redirectedUrl("/branches/" + hamlet + "/duties?year=2024#member-" + younger))
                .andReturn();
        String page = follow(given).andReturn().getResponse().getContentAsString();

        assertThat(card(page, older))
                .containsPattern(">Phan Văn Trùng Tên</a>\\s*<span class=\"member-born\">sinh năm 1961</span>")
                .doesNotContain("Đã giao nhiệm vụ.");
        assertThat(card(page, younger))
                .containsPattern(">Phan Văn Trùng Tên</a>\\s*<span class=\"member-born\">sinh năm 1984</span>")
                .contains("Đã giao nhiệm vụ.", "Theo dõi tổ 5");
        assertThat(page.indexOf("Đã giao nhiệm vụ."))
                .as("the message only in the row, not at the top of the page as well")
                .isEqualTo(page.lastIndexOf("Đã giao nhiệm vụ."));

        long meeting = meetings.create(
                staff, hamlet, new MeetingForm(LocalDate.of(2024, 7, 5), MeetingKind.REGULAR, "Tháng bảy", null));
        mvc.perform(get("/meetings/{id}", meeting).with(users.as("tochuc")))
                .andExpect(content().string(containsString("sinh năm 1961")))
                .andExpect(content().string(containsString("sinh năm 1984")));
    }

    /** A member's card on the duties page: from its id to the next member's. */
    private static String card(String page, long member) {
        int from = page.indexOf("id=\"member-" + member + "\"");
        assertThat(from).as("card of member %d", member).isNotNegative();
        int to = page.indexOf("id=\"member-", from + 1);
        return page.substring(from, to < 0 ? page.length() : to);
    }

    /**
     * The page a redirect leads to, with the message the redirect left (handed over as the input flash
     * map: the sessions live in Spring Session's store, where MockMvc's own flash attributes do not reach).
     */
    private org.springframework.test.web.servlet.ResultActions follow(MvcResult redirect) throws Exception {
        return mvc.perform(get(redirect.getResponse().getRedirectedUrl())
                        .requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, redirect.getFlashMap())
                        .with(users.as("tochuc")))
                .andExpect(status().isOk());
    }

    /** A page as the browser reads it: form values are written with HTML entities (&aacute;). */
    private static String unescaped(MvcResult result) throws Exception {
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
    }

    /** Each member's checked attendance choice on the attendance form, by member id. */
    private static Map<Long, String> checkedStatuses(MvcResult result) throws Exception {
        String page = result.getResponse().getContentAsString();
        List<Long> ids = new ArrayList<>();
        Matcher id = Pattern.compile("name=\"rows\\[(\\d+)\\]\\.memberId\" value=\"(\\d+)\"")
                .matcher(page);
        while (id.find()) {
            assertThat(Integer.parseInt(id.group(1))).isEqualTo(ids.size());
            ids.add(Long.parseLong(id.group(2)));
        }
        Map<Long, String> checked = new LinkedHashMap<>();
        Matcher status = Pattern.compile("id=\"att-(\\d+)-([A-Z]+)\" checked=\"checked\"")
                .matcher(page);
        while (status.find()) {
            checked.put(ids.get(Integer.parseInt(status.group(1))), status.group(2));
        }
        return checked;
    }
}
