package vn.dangvu.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.branchwork.DutyEditForm;
import vn.dangvu.branchwork.DutyForm;
import vn.dangvu.branchwork.DutyService;
import vn.dangvu.branchwork.GuestForm;
import vn.dangvu.branchwork.GuestKind;
import vn.dangvu.branchwork.MeetingForm;
import vn.dangvu.branchwork.MeetingKind;
import vn.dangvu.branchwork.MeetingService;
import vn.dangvu.member.CommitteeMemberships;
import vn.dangvu.member.CommitteePeriodForm;
import vn.dangvu.member.CommitteeRole;
import vn.dangvu.member.MemberForm;
import vn.dangvu.member.MemberGroup;
import vn.dangvu.member.MemberService;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.web.RemovalForm;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.support.MemberForms;
import vn.dangvu.transfer.StepForm;
import vn.dangvu.transfer.TransferForm;
import vn.dangvu.transfer.TransferKind;
import vn.dangvu.transfer.TransferService;

/**
 * The change history reads as words in the reader's language: the record's name in the heading and the
 * tab, actions and details as words (enum labels, unit names, dd/MM/yyyy dates), times as
 * dd/MM/yyyy HH:mm; entries stored as free text before details were structured read the same way.
 */
@IntegrationTest
class AuditTrailPagesTests extends DemoDistrictTest {

    private static final Pattern TIME = Pattern.compile("role=\"cell\">\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}</td>");

    @Autowired
    MemberService members;

    @Autowired
    CommitteeMemberships committees;

    @Autowired
    TransferService transfers;

    @Autowired
    MeetingService meetings;

    @Autowired
    DutyService duties;

    Fixtures.Commune commune;
    long member;
    long transfer;

    @BeforeEach
    void aMemberEditedAndMoved() {
        Actor staff = users.actor("tochuc");
        commune = fixtures.commune(2);
        member = members.create(
                staff, MemberForms.form("Âu Văn Sửa Đổi", commune.hamlet(0).id()));
        MemberForm before = members.editForm(staff, member);
        members.update(staff, member, MemberForms.edit(before, d -> {
            d.fullMemberOn = LocalDate.of(2007, 8, 9);
            d.group = MemberGroup.RETIRED;
            d.position = "Phó Chủ tịch UBND xã";
            d.residenceBranchId = commune.hamlet(0).id();
        }));
        members.setResidence(staff, member, commune.hamlet(1).id());
        committees.add(
                staff,
                member,
                new CommitteePeriodForm(
                        commune.commune().id(),
                        CommitteeRole.KEY_LEADER,
                        "2020–2025",
                        LocalDate.of(2020, 10, 1),
                        null,
                        null,
                        null));
        Actor official = officialOf(commune.commune());
        transfer = transfers.create(
                official,
                new TransferForm(
                        member, TransferKind.INTERNAL, commune.hamlet(1).id(), null, "Về nơi ở", null, null));
        transfers.propose(official, transfer, new StepForm(0L, null, null));
        transfers.approve(official, transfer, new StepForm(1L, null, null));
        transfers.complete(official, transfer, new StepForm(2L, null, LocalDate.of(2024, 3, 5)));
    }

    @Test
    void shouldNameTheRecordInTheHeadingAndTheTab() throws Exception {
        String html = page("/audit/MEMBER/" + member);
        assertThat(html)
                .contains("<title>Lịch sử thay đổi: Âu Văn Sửa Đổi · Đảng vụ</title>")
                .contains("<h1 class=\"h3\">Lịch sử thay đổi: Âu Văn Sửa Đổi</h1>")
                .doesNotContain("&lt;title")
                .doesNotContain("th:text");
        assertThat(TIME.matcher(html).find())
                .as("a time written dd/MM/yyyy HH:mm")
                .isTrue();
    }

    @Test
    void shouldWriteAMembersChangesAsWords() throws Exception {
        String hamlet1 = commune.hamlet(0).name();
        String hamlet2 = commune.hamlet(1).name();
        assertThat(hamlet1).isEqualTo("Chi bộ Ấp 1");
        assertThat(page("/audit/MEMBER/" + member))
                .contains(
                        "role=\"cell\">Thêm đảng viên</td>",
                        "role=\"cell\">Sửa thông tin đảng viên</td>",
                        "role=\"cell\">Ghi nơi cư trú</td>")
                .contains(
                        "<div>Ngày chính thức: 07/06/2006 → 09/08/2007</div>",
                        "<div>Nhóm đảng viên: Công chức xã → Hưu trí</div>",
                        "<div>Chức vụ: Công chức → Phó Chủ tịch UBND xã</div>",
                        "role=\"cell\">Thêm chức danh cấp ủy</td>",
                        "<div>Chức danh cấp ủy: Lãnh đạo chủ chốt</div>",
                        "<div>Cấp ủy của: " + commune.commune().name() + "</div>",
                        "<div>Từ ngày: 01/10/2020</div>",
                        "<div>Nhiệm kỳ: 2020–2025</div>",
                        "<div>Nơi cư trú: — → Chi bộ Ấp 1</div>",
                        "<div>Nơi cư trú: Chi bộ Ấp 2</div>")
                .contains(hamlet2)
                .doesNotContain(
                        "RETIRED", "COMMUNE_CIVIL_SERVANT", "KEY_LEADER", "UPDATED", "RESIDENCE", "COMMITTEE_ADDED");
    }

    @Test
    void shouldWriteATransfersStepsAsWords() throws Exception {
        assertThat(page("/audit/TRANSFER/" + transfer))
                .contains(
                        "role=\"cell\">Lập phiếu chuyển</td>",
                        "<div>Loại: Nội bộ</div>",
                        "<div>Hướng chuyển: Trong huyện</div>",
                        "role=\"cell\">Đề nghị chuyển</td>",
                        "role=\"cell\">Duyệt</td>",
                        "role=\"cell\">Hoàn thành chuyển sinh hoạt</td>",
                        "<div>Ngày có hiệu lực: 05/03/2024</div>")
                .doesNotContain("INTERNAL", "WITHIN", "COMPLETED", "2024-03-05");
    }

    @Test
    void shouldReadEntriesStoredAsTextBeforeDetailsWereStructured() throws Exception {
        stored(
                "MEMBER",
                member,
                "UPDATED",
                "position: null → Bí thư; group: FARMER_OTHER → RETIRED; branchId: "
                        + commune.hamlet(0).id() + " → " + commune.hamlet(1).id()
                        + "; admittedOn: 2005-06-07 → 2005-07-06");
        stored("MEMBER", member, "RESIDENCE", String.valueOf(commune.hamlet(1).id()));
        stored("MEMBER", member, "DUTY_ASSIGNED", "2023: Phụ trách tổ tự quản");
        stored("MEMBER", member, "DUTY_DONE", "Phụ trách tổ tự quản");
        stored("MEMBER", member, "SOMETHING_NEW", "ghi chú ngày 2020-02-03");
        stored("TRANSFER", transfer, "CREATED", "COLLECTIVE WITHIN");
        stored("TRANSFER", transfer, "COMPLETED", "2019-01-07");
        stored("UNIT", commune.agency().id(), "DISSOLVED", "12-QĐ/ĐU, 2019-01-08");

        assertThat(page("/audit/MEMBER/" + member))
                .contains(
                        "<div>Chức vụ: — → Bí thư</div>",
                        "<div>Nhóm đảng viên: Nông dân, khác → Hưu trí</div>",
                        "<div>Chi bộ: Chi bộ Ấp 1 → Chi bộ Ấp 2</div>",
                        "<div>Ngày vào Đảng: 07/06/2005 → 06/07/2005</div>",
                        "<div>Năm: 2023</div>",
                        "<div>Nhiệm vụ: Phụ trách tổ tự quản</div>",
                        "role=\"cell\">Giao nhiệm vụ</td>",
                        "role=\"cell\">Nhiệm vụ: hoàn thành</td>")
                .as("an action with no words yet keeps its code, its text its words, dates dd/MM/yyyy")
                .contains("role=\"cell\">SOMETHING_NEW</td>", "<div>ghi chú ngày 03/02/2020</div>")
                .doesNotContain("FARMER_OTHER", "2005-06-07");
        assertThat(page("/audit/TRANSFER/" + transfer))
                .contains("<div>Loại: Tập thể</div>", "<div>Ngày có hiệu lực: 07/01/2019</div>")
                .doesNotContain("COLLECTIVE");
        assertThat(page("/audit/UNIT/" + commune.agency().id()))
                .contains(
                        "role=\"cell\">Giải thể</td>",
                        "<div>Số quyết định: 12-QĐ/ĐU</div>",
                        "<div>Ngày giải thể: 08/01/2019</div>");
    }

    /** Meetings, guests and duties corrected and removed (issue 15 items 1 and 3): their entries read as words. */
    @Test
    void shouldWriteCorrectionsAndRemovalsOfBranchWorkAsWords() throws Exception {
        Actor staff = users.actor("tochuc");
        long hamlet = commune.hamlet(0).id();
        long meeting = meetings.create(
                staff, hamlet, new MeetingForm(LocalDate.of(2024, 7, 5), MeetingKind.REGULAR, "Tháng bảy", null));
        meetings.update(
                staff,
                meeting,
                new MeetingForm(LocalDate.of(2024, 7, 5), MeetingKind.THEMATIC, "Tháng bảy, chuyên đề", null),
                version("meeting", meeting));
        meetings.addGuest(staff, meeting, new GuestForm(GuestKind.OTHER, "Ông Bảy", null));
        long guest = demo.count("select id from meeting_guest where meeting_id = ?", meeting);
        meetings.correctGuest(
                staff,
                guest,
                new GuestForm(GuestKind.COMMUNE_OFFICIAL, "Ông Bảy", null),
                version("meeting_guest", guest));
        meetings.removeGuest(staff, guest, new RemovalForm("Ghi nhầm khách", version("meeting_guest", guest)));
        meetings.remove(staff, meeting, new RemovalForm("Ghi nhầm buổi", version("meeting", meeting)));

        long duty = duties.assign(
                staff, commune.hamlet(1).id(), 2024, new DutyForm(member, null, "Dân vận", "Theo dõi tổ 5", null));
        duties.correct(staff, duty, new DutyEditForm("Dân vận", "Theo dõi tổ 6", null, version("duty", duty)));
        duties.remove(staff, duty, new RemovalForm("Giao trùng", version("duty", duty)));

        assertThat(page("/audit/UNIT/" + hamlet))
                .contains(
                        "role=\"cell\">Sửa buổi sinh hoạt</td>",
                        "<div>Loại: Thường kỳ → Chuyên đề</div>",
                        "<div>Chủ đề: Tháng bảy → Tháng bảy, chuyên đề</div>",
                        "role=\"cell\">Xóa buổi sinh hoạt</td>",
                        "<div>Lý do: Ghi nhầm buổi</div>",
                        "<div>Ngày sinh hoạt: 05/07/2024</div>",
                        "<div>Loại: Chuyên đề</div>",
                        "role=\"cell\">Thêm khách dự sinh hoạt</td>",
                        "<div>Khách dự: Ông Bảy</div>",
                        "role=\"cell\">Sửa khách dự sinh hoạt</td>",
                        "<div>Loại: Khách khác → Cán bộ Đảng ủy xã</div>",
                        "role=\"cell\">Xóa khách dự sinh hoạt</td>",
                        "<div>Lý do: Ghi nhầm khách</div>")
                .doesNotContain(
                        "MEETING_", "GUEST_", "REGULAR", "THEMATIC", "COMMUNE_OFFICIAL", "reason:", "2024-07-05");
        assertThat(page("/audit/MEMBER/" + member))
                .contains(
                        "role=\"cell\">Sửa nhiệm vụ</td>",
                        "<div>Tên nhiệm vụ: Theo dõi tổ 5 → Theo dõi tổ 6</div>",
                        "role=\"cell\">Xóa nhiệm vụ</td>",
                        "<div>Lý do: Giao trùng</div>",
                        "<div>Lĩnh vực: Dân vận</div>",
                        "<div>Tình trạng: Đã giao</div>")
                .doesNotContain("DUTY_UPDATED", "DUTY_REMOVED", "ASSIGNED", "reason:", "title:");
    }

    private long version(String table, long id) {
        return demo.count("select version from " + table + " where id = ?", id);
    }

    @Test
    void shouldWriteTheTrailInEnglishToo() throws Exception {
        assertThat(page("/audit/MEMBER/" + member + "?lang=en"))
                .contains("<h1 class=\"h3\">Change history: Âu Văn Sửa Đổi</h1>")
                .contains(
                        "role=\"cell\">Member details edited</td>",
                        "role=\"cell\">Committee role added</td>",
                        "<div>Committee role: Key leader</div>");
    }

    private void stored(String type, long id, String action, String details) {
        jdbc.sql("""
                        insert into audit_event (id, occurred_at, username, entity_type, entity_id, action, details)
                        values (nextval('audit_event_seq'), now(), 'tochuc', ?, ?, ?, ?)""").params(type, id, action, details).update();
    }

    private String page(String path) throws Exception {
        return page("tochuc", path);
    }
}
