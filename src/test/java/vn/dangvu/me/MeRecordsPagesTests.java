package vn.dangvu.me;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.account.MemberAccountService;
import vn.dangvu.branchwork.AttendanceForm;
import vn.dangvu.branchwork.AttendanceStatus;
import vn.dangvu.branchwork.DocumentUpload;
import vn.dangvu.branchwork.MeetingForm;
import vn.dangvu.branchwork.MeetingKind;
import vn.dangvu.branchwork.MeetingService;
import vn.dangvu.branchwork.NoticeForm;
import vn.dangvu.branchwork.NoticeService;
import vn.dangvu.engagement.EngagementForms;
import vn.dangvu.engagement.EngagementService;
import vn.dangvu.member.CommitteeRole;
import vn.dangvu.member.loading.MemberLoader;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Role;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;

/**
 * A member's own pages of issue 21's part B: their branch's coming meetings with the notices' documents,
 * their own attendance, the residents' concerns they raised; each the member's alone (another branch's
 * notice or document answers 404, every other account 403), and each page light enough for a slow phone.
 */
@IntegrationTest
class MeRecordsPagesTests extends DemoDistrictTest {

    private static final byte[] PDF = "%PDF-1.4\n%thu moi\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MemberAccountService memberAccounts;

    @Autowired
    NoticeService notices;

    @Autowired
    MeetingService meetings;

    @Autowired
    EngagementService engagement;

    @Autowired
    MemberLoader memberLoader;

    /**
     * Two hamlets of a new commune: in the first, two members with accounts (usernames firstUser,
     * secondUser) and its secretary; the second is another branch.
     */
    record Hamlets(
            Fixtures.Commune commune, long first, long second, String firstUser, String secondUser, Actor secretary) {
        long own() {
            return commune.hamlet(0).id();
        }

        long other() {
            return commune.hamlet(1).id();
        }
    }

    private Hamlets hamlets() {
        Fixtures.Commune commune = fixtures.commune(2);
        long first = fixtures.member("Lê Văn Một", commune.hamlet(0), commune.hamlet(0), null);
        long second = fixtures.member("Lê Văn Hai", commune.hamlet(0), commune.hamlet(0), null);
        fixtures.member("Lê Văn Bên", commune.hamlet(1), commune.hamlet(1), null);
        Actor secretary = users.actor(fixtures.account(staff, Role.BRANCH_SECRETARY, commune.hamlet(0)));
        memberAccounts.issueAll(secretary);
        return new Hamlets(commune, first, second, "mot." + first, "hai." + second, secretary);
    }

    private long announce(long branch, LocalDate on, String topic, String agenda, String fileName) {
        return notices.create(
                staff,
                branch,
                new NoticeForm(on, LocalTime.of(7, 30), "Nhà văn hóa ấp", MeetingKind.REGULAR, topic, agenda),
                List.of(DocumentUpload.of(fileName, PDF)));
    }

    private long documentOf(long notice) {
        return demo.count("select min(id) from meeting_notice_document where notice_id = ?", notice);
    }

    @Test
    void shouldListTheBranchsComingMeetingsAndSendTheirDocumentsAsDownloads() throws Exception {
        Hamlets h = hamlets();
        LocalDate day = LocalDate.now().plusDays(12);
        String shown = String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
        long own = announce(h.own(), day, "Học tập nghị quyết Đại hội", "Đọc trước dự thảo", "du-thao.pdf");
        long other = announce(h.other(), day, "Họp ấp bên cạnh", null, "ben-canh.pdf");

        String list = page(h.firstUser(), "/me/meetings");
        assertThat(list)
                .contains(shown)
                .contains("Thường kỳ: Học tập nghị quyết Đại hội")
                .contains("1 tài liệu")
                .contains("href=\"/me/notices/" + own + "\"")
                .doesNotContain("Họp ấp bên cạnh");

        String notice = page(h.firstUser(), "/me/notices/{id}", own);
        assertThat(notice)
                .contains("Cuộc họp ngày " + shown)
                .contains("lúc 07:30")
                .contains("Nhà văn hóa ấp")
                .contains("Đọc trước dự thảo")
                .contains("du-thao.pdf")
                .contains("href=\"/me/notices/" + own + "/documents/" + documentOf(own) + "\"");

        mvc.perform(get("/me/notices/{id}/documents/{d}", own, documentOf(own)).with(users.as(h.firstUser())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(PDF));

        // another branch's notice and its document do not exist for the member, nor a document under another notice
        mvc.perform(get("/me/notices/{id}", other).with(users.as(h.firstUser())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/me/notices/{id}/documents/{d}", other, documentOf(other))
                        .with(users.as(h.firstUser())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/me/notices/{id}/documents/{d}", own, documentOf(other))
                        .with(users.as(h.firstUser())))
                .andExpect(status().isNotFound());
        // the secretary reads the notice on the branch's pages, not through a member's own
        mvc.perform(get("/me/notices/{id}", own).with(users.as(h.secretary().username())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/me/meetings").with(users.as("tochuc"))).andExpect(status().isForbidden());
    }

    @Test
    void shouldShowTheMembersOwnAttendanceNewestFirstWithTheYearsTotals() throws Exception {
        Hamlets h = hamlets();
        // the first member sits on the branch committee: its meeting is theirs to see, counted in no total
        memberLoader.recordCommitteePeriod(
                h.first(), h.own(), CommitteeRole.SECRETARY, "2020–2025", LocalDate.of(2020, 10, 1), null);
        held(
                h,
                LocalDate.of(2024, 12, 10),
                MeetingKind.REGULAR,
                "Thường kỳ tháng 12/2024",
                AttendanceStatus.ABSENT,
                null);
        held(h, LocalDate.of(2025, 3, 10), MeetingKind.REGULAR, "Thường kỳ tháng 3", AttendanceStatus.PRESENT, null);
        held(
                h,
                LocalDate.of(2025, 3, 20),
                MeetingKind.THEMATIC,
                "Chuyên đề quý I",
                AttendanceStatus.EXCUSED,
                "Đi viện");
        held(h, LocalDate.of(2025, 4, 10), MeetingKind.REGULAR, "Thường kỳ tháng 4", AttendanceStatus.ABSENT, null);
        held(
                h,
                LocalDate.of(2025, 4, 12),
                MeetingKind.COMMITTEE,
                "Chi ủy chuẩn bị đại hội",
                AttendanceStatus.PRESENT,
                null);

        String year = page(h.firstUser(), "/me/attendance?year=2025");
        assertThat(year).contains("Tôi dự sinh hoạt năm 2025");
        assertThat(totals(year)).containsExactly("3", "1", "1", "1");
        assertThat(year)
                .containsSubsequence(
                        "12/04/2025 — Họp chi ủy",
                        "10/04/2025 — Thường kỳ",
                        "Vắng không lý do",
                        "20/03/2025 — Chuyên đề",
                        "Vắng có lý do",
                        "Lý do: Đi viện",
                        "10/03/2025 — Thường kỳ",
                        "Có mặt")
                .doesNotContain("Thường kỳ tháng 12/2024");
        // the second member was listed at the branch meetings only
        String second = page(h.secondUser(), "/me/attendance?year=2025");
        assertThat(totals(second)).containsExactly("3", "3", "0", "0");
        assertThat(second).doesNotContain("Chi ủy chuẩn bị đại hội").doesNotContain("Đi viện");

        String before = page(h.firstUser(), "/me/attendance?year=2024");
        assertThat(totals(before)).containsExactly("1", "0", "0", "1");
        mvc.perform(get("/me/attendance").with(users.as("bithu"))).andExpect(status().isForbidden());
    }

    /** A meeting of the first hamlet held with the first member's attendance; everyone else present. */
    private void held(Hamlets h, LocalDate on, MeetingKind kind, String topic, AttendanceStatus status, String note) {
        long meeting = meetings.create(staff, h.own(), new MeetingForm(on, kind, topic, null));
        List<AttendanceForm.Row> rows = new java.util.ArrayList<>();
        rows.add(new AttendanceForm.Row(h.first(), status, false, false, false, note));
        if (kind != MeetingKind.COMMITTEE) {
            rows.add(new AttendanceForm.Row(h.second(), AttendanceStatus.PRESENT, false, false, false, null));
        }
        meetings.saveAttendance(
                staff, meeting, new AttendanceForm(meetings.get(staff, meeting).version(), rows));
    }

    /** The totals as the page shows them: meetings, present, excused, absent. */
    private static List<String> totals(String html) {
        List<String> found = new java.util.ArrayList<>();
        for (String name : List.of("meetings", "present", "excused", "absent")) {
            var matcher = java.util.regex.Pattern.compile("data-total=\"" + name + "\">([0-9]+)<")
                    .matcher(html);
            found.add(matcher.find() ? matcher.group(1) : "none");
        }
        return found;
    }

    @Test
    void shouldListTheConcernsTheMemberRaisedWithTheirStatus() throws Exception {
        Hamlets h = hamlets();
        LocalDate today = LocalDate.now();
        long open = raise(h, h.first(), "Hộ bà Tư", "Đường ngập nước", today.minusDays(3));
        long forwarded = raise(h, h.first(), "Hộ ông Năm", "Đèn đường hỏng", today.minusDays(2));
        long resolved = raise(h, h.first(), "Hộ bà Sáu", "Cấp nước sạch", today.minusDays(1));
        raise(h, h.second(), "Hộ ông Bảy", "Chó thả rông", today);
        engagement.forward(h.secretary(), forwarded, 0);
        engagement.resolve(staff, resolved, 0, "Xã đã lắp đường ống");

        String page = page(h.firstUser(), "/me/concerns");
        assertThat(page)
                .containsSubsequence(
                        "Cấp nước sạch",
                        "Hộ bà Sáu",
                        "Đã giải quyết",
                        "Trả lời: Xã đã lắp đường ống",
                        "Đèn đường hỏng",
                        "Hộ ông Năm",
                        "Đã chuyển xã",
                        "Đường ngập nước",
                        "Hộ bà Tư",
                        "Mới tiếp nhận")
                .doesNotContain("Chó thả rông");
        assertThat(open).isPositive();
        mvc.perform(get("/me/concerns").with(users.as("xa.thongbinh"))).andExpect(status().isForbidden());
    }

    private long raise(Hamlets h, long member, String resident, String topic, LocalDate on) {
        return engagement.raise(
                h.secretary(), new EngagementForms.ConcernForm(h.own(), member, resident, topic, null, on));
    }

    @Test
    void shouldLinkTheNewSectionsFromTheMembersHomePage() throws Exception {
        String home = page("dangvien", "/me");
        assertThat(home)
                .contains("href=\"/me/meetings\"")
                .contains("href=\"/me/attendance\"")
                .contains("href=\"/me/concerns\"")
                .contains("Cuộc họp sắp tới")
                .contains("Tôi dự sinh hoạt")
                .contains("Ý kiến tôi phản ánh");
    }

    /** The demo member's branch announces its next meeting (with a PDF invitation), which they open. */
    @Test
    void shouldShowTheDemoMemberTheirBranchsAnnouncedMeeting() throws Exception {
        long notice = demoNotice();
        assertThat(page("dangvien", "/me/meetings")).contains("href=\"/me/notices/" + notice + "\"");
        assertThat(page("dangvien", "/me/notices/{id}", notice)).contains(".pdf");
    }

    /**
     * After the first load (style sheets and script cached), each of the member's own pages, the document
     * itself, is under 50 KB on a slow phone; the demo member's pages hold the demo's years of meetings.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "/me",
                "/me/profile",
                "/me/duties",
                "/me/dues",
                "/me/meetings",
                "/me/attendance",
                "/me/attendance?year=2024",
                "/me/concerns"
            })
    void shouldKeepEachOwnPageUnder50Kilobytes(String path) throws Exception {
        byte[] page = mvc.perform(get(path).with(users.as("dangvien")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(page.length).isLessThan(50 * 1024);
    }

    @Test
    void shouldKeepANoticePageUnder50Kilobytes() throws Exception {
        long notice = demoNotice();
        byte[] page = mvc.perform(get("/me/notices/{id}", notice).with(users.as("dangvien")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(page.length).isLessThan(50 * 1024);
    }

    /** Each page runs the same statements however many lines it shows (no statement per line). */
    @Test
    void shouldReadEachPageWithAFixedNumberOfStatements() throws Exception {
        Hamlets h = hamlets();
        raise(h, h.first(), "Hộ bà Tư", "Đường ngập nước", LocalDate.now().minusDays(2));
        raise(h, h.first(), "Hộ ông Năm", "Đèn đường hỏng", LocalDate.now().minusDays(1));
        announce(h.own(), LocalDate.now().plusDays(5), "Thường kỳ", null, "giay-moi.pdf");
        announce(h.own(), LocalDate.now().plusDays(20), "Chuyên đề", null, "tai-lieu.pdf");

        assertThat(statementsOf("dangvien", "/me/attendance?year=2024"))
                .as("a year of the demo's monthly meetings and one with none")
                .isEqualTo(statementsOf("dangvien", "/me/attendance?year=2010"));
        assertThat(statementsOf(h.firstUser(), "/me/concerns"))
                .as("two concerns and none")
                .isEqualTo(statementsOf(h.secondUser(), "/me/concerns"));
        assertThat(statementsOf(h.firstUser(), "/me/meetings"))
                .as("two notices and the demo branch's one")
                .isEqualTo(statementsOf("dangvien", "/me/meetings"));
    }

    @Autowired
    vn.dangvu.support.StatementCounter statements;

    private long statementsOf(String user, String path) throws Exception {
        mvc.perform(get(path).with(users.as(user))).andExpect(status().isOk());
        statements.reset();
        mvc.perform(get(path).with(users.as(user))).andExpect(status().isOk());
        return statements.count();
    }

    /** The demo's notice of the next meeting of the demo member's branch (Ấp Bình Thạnh, the secretary's). */
    private long demoNotice() {
        return demo.count(
                "select min(id) from meeting_notice where branch_id = ? and meets_on >= current_date",
                demo.unit("TH-TB-A1"));
    }
}
