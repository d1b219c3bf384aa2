package vn.dangvu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.account.loading.AccountLoader;
import vn.dangvu.branchwork.AttendanceForm;
import vn.dangvu.branchwork.AttendanceStatus;
import vn.dangvu.branchwork.DutyForm;
import vn.dangvu.branchwork.DutyService;
import vn.dangvu.engagement.EngagementForms;
import vn.dangvu.engagement.EngagementService;
import vn.dangvu.engagement.RecognitionKind;
import vn.dangvu.organisation.DissolveForm;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.ForbiddenException;
import vn.dangvu.shared.Role;
import vn.dangvu.support.AgencyCampaigns;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.HeldMeetings;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.transfer.CampaignService;

/**
 * The summary against a commune built by hand: three agency members moved on 01/03/2024, duties for
 * two, one meeting, a commendation, two concerns, seen by that commune's official.
 */
@IntegrationTest
class SummaryTests extends DemoDistrictTest {

    private static int serial;

    // engagement is resolved "today" by the service, so its dates are relative to today
    private static final LocalDate TODAY = LocalDate.now();
    private static final LocalDate COMMENDED = TODAY.minusDays(1);
    private static final LocalDate OPEN_RAISED = TODAY.minusDays(20);
    private static final LocalDate SOLVED_RAISED = TODAY.minusDays(18);

    @Autowired
    ReportService reports;

    @Autowired
    AccountLoader accounts;

    @Autowired
    AgencyCampaigns agencyCampaigns;

    @Autowired
    CampaignService campaigns;

    @Autowired
    DutyService duties;

    @Autowired
    HeldMeetings heldMeetings;

    @Autowired
    EngagementService engagement;

    Actor official;
    String officialName;
    Fixtures.Commune commune;

    @BeforeEach
    void buildACommune() {
        commune = fixtures.commune(2);
        long a = fixtures.member("Cán Bộ Một", commune.agency(), commune.hamlet(0), 2023);
        long b = fixtures.leader("Cán Bộ Hai", commune.agency(), commune.hamlet(0));
        long c = fixtures.member("Cán Bộ Ba", commune.agency(), commune.hamlet(1), 2023);
        long campaign = agencyCampaigns
                .create(
                        staff,
                        LocalDate.of(2023, 12, 1),
                        "Đợt tổng hợp",
                        LocalDate.of(2024, 3, 31),
                        commune.commune().id())
                .id();
        campaigns.proposeAll(staff, campaign);
        campaigns.approveAll(staff, campaign);
        campaigns.completeAll(staff, campaign, LocalDate.of(2024, 3, 1));
        campaigns.dissolveAgency(
                staff, campaign, commune.agency().id(), new DissolveForm("1-QĐ", LocalDate.of(2024, 3, 2)));

        duties.assign(staff, commune.hamlet(0).id(), 2024, new DutyForm(a, null, "Dân vận", "Phụ trách tổ 1", null));
        duties.assign(staff, commune.hamlet(1).id(), 2024, new DutyForm(c, null, "Dân vận", "Phụ trách tổ 2", null));
        long meeting = heldMeetings.held(
                staff,
                commune.hamlet(0).id(),
                LocalDate.of(2024, 4, 5),
                "Tháng 4",
                new AttendanceForm.Row(a, AttendanceStatus.PRESENT, true, true, false, null),
                new AttendanceForm.Row(b, AttendanceStatus.PRESENT, true, false, true, "chỉ đạo"));
        engagement.recognise(
                staff,
                new EngagementForms.RecognitionForm(
                        RecognitionKind.COMMENDATION, a, null, COMMENDED, "Đảng ủy xã", null, "Gương tốt"));
        long open = engagement.raise(
                staff,
                new EngagementForms.ConcernForm(commune.hamlet(0).id(), a, "Bà Tư", "Đèn đường", null, OPEN_RAISED));
        long solved = engagement.raise(
                staff,
                new EngagementForms.ConcernForm(
                        commune.hamlet(1).id(), c, "Ông Năm", "Cống thoát nước", null, SOLVED_RAISED));
        engagement.resolve(staff, solved, 0, "Đã sửa cống");
        officialName = "xa.tonghop" + (++serial);
        accounts.createSystemAccount(
                officialName,
                "mat-khau-123",
                "Cán bộ xã",
                Role.COMMUNE_OFFICIAL,
                commune.commune().id());
        official = users.actor(officialName);
        assertThat(open).isPositive();
    }

    @Test
    void shouldSumUpTheCommuneAsOfAnyDate() {
        Summary before = reports.summary(official, LocalDate.of(2024, 2, 29));
        assertThat(before.totalMoved()).isZero();
        assertThat(before.campaigns())
                .singleElement()
                .satisfies(
                        f -> assertThat(f.progress().total().agencyDissolved()).isZero());

        Summary summary = reports.summary(official, LocalDate.of(2024, 12, 31));
        assertThat(summary.scope().id()).isEqualTo(commune.commune().id());
        assertThat(summary.totalMoved()).isEqualTo(3);
        var total = summary.campaigns().get(0).progress().total();
        assertThat(total.agencyDissolved()).isEqualTo(1);
        assertThat(total.agencyBranches()).isEqualTo(1);
        assertThat(total.receivingBranches()).isEqualTo(2);
        assertThat(summary.duties().members()).isEqualTo(3);
        assertThat(summary.duties().withDuty()).isEqualTo(2);
        assertThat(summary.duties().leaders()).isEqualTo(1);
        assertThat(summary.duties().leadersWithoutDuty()).isEqualTo(1);
        assertThat(summary.meetings().meetings()).isEqualTo(1);
        assertThat(summary.meetings().directingTone()).isEqualTo(1);
        assertThat(summary.meetings().cadreAttendanceRate()).isEqualTo(100);
        assertThat(summary.communes()).singleElement().satisfies(c -> {
            assertThat(c.moved()).isEqualTo(3);
            assertThat(c.dutyCoverage()).isEqualTo(67);
        });
    }

    @Test
    void shouldCountEngagementWithinTheYearAndOverdueConcernsOnTheDay() {
        Summary summary = reports.summary(official, TODAY);
        long raisedThisYear = java.util.stream.Stream.of(OPEN_RAISED, SOLVED_RAISED)
                .filter(d -> d.getYear() == TODAY.getYear())
                .count();
        assertThat(summary.engagement())
                .containsEntry("commendations", COMMENDED.getYear() == TODAY.getYear() ? 1L : 0L)
                .containsEntry("concerns_raised", raisedThisYear)
                .containsEntry("concerns_resolved", 1L)
                .containsEntry("concerns_overdue", 1L);
        Summary aMonthAgo = reports.summary(official, TODAY.minusDays(30));
        assertThat(aMonthAgo.engagement()).containsEntry("concerns_overdue", 0L).containsEntry("concerns_resolved", 0L);
    }

    @Test
    void shouldReuseAComputedSummaryOnlyUntilTheDataChanges() {
        Summary first = reports.summary(official, TODAY);
        Summary again = reports.summary(official, TODAY);
        assertThat(again.engagement()).as("nothing changed: the parts reused").isSameAs(first.engagement());
        assertThat(again.meetings()).isSameAs(first.meetings());

        engagement.raise(
                users.actor("tochuc"),
                new EngagementForms.ConcernForm(commune.hamlet(0).id(), null, "Chị Sáu", "Nước sạch", null, TODAY));

        Summary after = reports.summary(official, TODAY);
        assertThat(after.engagement()).isNotSameAs(first.engagement());
        assertThat(after.engagement().get("concerns_raised"))
                .isEqualTo(first.engagement().get("concerns_raised") + 1);
    }

    @Test
    void shouldShowADistrictLeaderTheWholeDistrictAndRefuseSecretaries() {
        Summary district = reports.summary(users.actor("lanhdao"), LocalDate.of(2024, 12, 31));
        assertThat(district.totalMoved()).isGreaterThanOrEqualTo(339 + 3);
        assertThat(reports.summary(official, LocalDate.of(2024, 12, 31)).totalMoved())
                .isEqualTo(3);
        assertThatThrownBy(() -> reports.summary(users.actor("bithu"), LocalDate.now()))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void shouldExportTheFiguresOfTheHandBuiltCommune() throws Exception {
        byte[] xlsx = mvc.perform(
                        get("/reports/summary.xlsx").param("asOf", "31/12/2024").with(users.as(officialName)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(8); // the last: meetings missed (issue 19)
            // the three members moved inside the commune: neither in nor out of it in 2024
            Row changes = workbook.getSheet("Tăng, giảm đảng viên").getRow(3);
            assertThat(java.util.stream.IntStream.rangeClosed(1, 12)
                            .mapToObj(i -> (long) changes.getCell(i).getNumericCellValue())
                            .toList())
                    .containsExactly(3L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 3L, 0L);
            Sheet transfers = workbook.getSheet("Chuyển sinh hoạt");
            assertThat(transfers
                            .getRow(0)
                            .getCell(2)
                            .getLocalDateTimeCellValue()
                            .toLocalDate())
                    .isEqualTo(LocalDate.of(2024, 12, 31));
            Row last = transfers.getRow(transfers.getLastRowNum());
            assertThat(last.getCell(5).getNumericCellValue())
                    .as("members moved")
                    .isEqualTo(3.0);
            Sheet duties = workbook.getSheet("Nhiệm vụ");
            assertThat(duties.getRow(3).getCell(1).getNumericCellValue())
                    .as("members with a duty")
                    .isEqualTo(2.0);
            assertThat(duties.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Đảng viên sinh hoạt trong năm");
        }
        byte[] docx = mvc.perform(
                        get("/reports/summary.docx").param("asOf", "31/12/2024").with(users.as(officialName)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            assertThat(text.getText())
                    .contains(
                            "đã giải thể 01/01 chi bộ cơ quan xã, thị trấn, chuyển 3 đảng viên",
                            "về sinh hoạt đảng tại 2 chi bộ ấp, khóm",
                            "có 3 đảng viên công tác tại xã, thị trấn đã chuyển");
        }
    }

    @Test
    void shouldRenderThePageAndItsPrintVersion() throws Exception {
        mvc.perform(get("/reports/summary").param("asOf", "31/12/2024").with(users.as(officialName)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString(
                                "Tổng số đảng viên đã chuyển về chi bộ ấp, khóm: 3")));
        mvc.perform(get("/reports/summary/print").with(users.as("lanhdao"))).andExpect(status().isOk());
        mvc.perform(get("/reports/summary").with(users.as("bithu"))).andExpect(status().isForbidden());
    }
}
