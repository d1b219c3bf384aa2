package vn.dangvu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.branchwork.BranchWorkOverview;
import vn.dangvu.branchwork.BranchWorkViews;
import vn.dangvu.member.MemberDetails;
import vn.dangvu.member.MemberService;
import vn.dangvu.organisation.Decision;
import vn.dangvu.organisation.DissolveForm;
import vn.dangvu.organisation.LevelRole;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.Reorganiser;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitPlace;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.organisation.loading.OrganisationLoader;
import vn.dangvu.shared.Actor;
import vn.dangvu.support.DemoData;
import vn.dangvu.support.DemoUsers;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.transfer.CampaignForm;
import vn.dangvu.transfer.CampaignService;
import vn.dangvu.transfer.CampaignViews;
import vn.dangvu.transfer.CohortKind;
import vn.dangvu.transfer.DirectiveForm;
import vn.dangvu.transfer.DirectiveService;
import vn.dangvu.transfer.TransferDetails;
import vn.dangvu.transfer.TransferService;
import vn.dangvu.transfer.domain.CampaignQueries;

/**
 * Issue 17, item 3: pages read as of a date follow the tree and the names of that date. A hand-built
 * district (communes A, B, C) moves its agency branches' members into hamlet branches in January 2019
 * (B's agency branch is then dissolved, A's is kept), A is renamed in 2020, and on 1/7/2025 A and B merge
 * into a new commune under a new province, C moves under the province and the district ends.
 */
@IntegrationTest
@Transactional // the demo's own figures (339 moved by 2021) must not count this district's 2019 campaign
class AsOfReformTests {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final LocalDate MOVED_ON = LocalDate.of(2019, 1, 10);
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    @Autowired
    OrganisationLoader loader;

    @Autowired
    OrganisationService organisation;

    @Autowired
    Reorganiser reorganiser;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DemoData demo;

    @Autowired
    DemoUsers users;

    @Autowired
    DirectiveService directives;

    @Autowired
    CampaignService campaigns;

    @Autowired
    TransferService transfers;

    @Autowired
    MemberService members;

    @Autowired
    ReportService reports;

    @Autowired
    SummaryWorkbook workbook;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CampaignQueries queries;

    @Autowired
    BranchWorkOverview overview;

    @Autowired
    MockMvc mvc;

    Actor staff;
    int n;
    UnitView a;
    UnitView b;
    UnitView c;
    UnitView a0;
    UnitView a1;
    UnitView b0;
    UnitView b1;
    long an;
    long anh;
    long ba;
    long campaign;
    UnitView province;
    UnitView merged;
    Actor provinceStaff;

    @BeforeEach
    void aDistrictMovesItsAgencyMembersIn2019AndIsReformedIn2025() {
        staff = users.actor("tochuc");
        n = SERIAL.incrementAndGet();
        UnitView district = loader.registerChild(demo.unit("TH"), "AR" + n, "Huyện Đọc " + n, UnitKind.DISTRICT);
        a = loader.registerChild(district.id(), "AR" + n + "-A", "Xã A", UnitKind.COMMUNE);
        b = loader.registerChild(district.id(), "AR" + n + "-B", "Xã B", UnitKind.COMMUNE);
        c = loader.registerChild(district.id(), "AR" + n + "-C", "Xã C", UnitKind.COMMUNE);
        a0 = loader.registerChild(a.id(), "AR" + n + "-A0", "Chi bộ Cơ quan xã A", UnitKind.AGENCY);
        a1 = loader.registerChild(a.id(), "AR" + n + "-A1", "Chi bộ Ấp A1", UnitKind.HAMLET);
        b0 = loader.registerChild(b.id(), "AR" + n + "-B0", "Chi bộ Cơ quan xã B", UnitKind.AGENCY);
        b1 = loader.registerChild(b.id(), "AR" + n + "-B1", "Chi bộ Ấp B1", UnitKind.HAMLET);
        UnitView c1 = loader.registerChild(c.id(), "AR" + n + "-C1", "Chi bộ Ấp C1", UnitKind.HAMLET);
        an = fixtures.member("Nguyễn Văn An", a0, a1, 2018);
        anh = fixtures.member("Trần Thị Ánh", a0, a1, 2018);
        ba = fixtures.member("Lê Văn Ba", b0, b1, 2018);
        fixtures.member("Phạm Thị Cúc", c1, c1, 2018);

        long directive = directives.register(
                staff,
                new DirectiveForm(
                        "AR" + n + "-HD/BTCTU", LocalDate.of(2018, 11, 21), "Ban Tổ chức", "Chuyển về ấp", null));
        campaign = campaigns.create(
                staff,
                new CampaignForm(
                        directive,
                        "Đợt 2019 số " + n,
                        LocalDate.of(2019, 1, 20),
                        CohortKind.AGENCY_BRANCHES,
                        null,
                        List.of(a.id(), b.id())));
        campaigns.proposeAll(staff, campaign);
        campaigns.approveAll(staff, campaign);
        campaigns.completeAll(staff, campaign, MOVED_ON);
        organisation.dissolve(staff, b0.id(), new DissolveForm("7-QĐ/HU", LocalDate.of(2019, 1, 15)));

        reorganiser.rename(staff, step(LocalDate.of(2020, 3, 1), "5-QĐ/HU"), a.id(), "Xã A Mới");
        Reorganiser.Step reform = step(REFORM, "1-QĐ/TU");
        province = reorganiser.establish(
                staff,
                reform,
                "ART" + n,
                "Đảng bộ tỉnh Đọc " + n,
                UnitKind.PROVINCE,
                LevelRole.PROVINCE,
                demo.unit("TH"));
        merged = reorganiser.establish(
                staff, reform, "ART" + n + "-N", "Xã Hợp Nhất", UnitKind.COMMUNE, LevelRole.GRASSROOTS, province.id());
        reorganiser.merge(staff, reform, List.of(a.id(), b.id()), merged.id());
        reorganiser.move(staff, reform, c.id(), province.id());
        reorganiser.end(staff, reform, district.id(), province.id());
        province = organisation.find(province.id()).orElseThrow();
        merged = organisation.find(merged.id()).orElseThrow();
        provinceStaff =
                new Actor(staff.userId(), "tinh.doc", "Cán bộ tỉnh", staff.role(), province.id(), province.path());
    }

    private static Reorganiser.Step step(LocalDate day, String decision) {
        return new Reorganiser.Step(day, new Decision(decision, day, "Tỉnh ủy Đọc"), null);
    }

    @Test
    void campaignProgressKeepsTheCommunesAndNamesOfItsOwnDayAfterTheMerge() {
        // A's agency branch is still active, so the merge moved it under the new commune; its 2019 members
        // still count for A, named as on the deadline
        for (LocalDate asOf : List.of(LocalDate.of(2019, 12, 31), LocalDate.of(2026, 6, 1))) {
            CampaignViews.ProgressReport progress = campaigns.progress(staff, campaign, asOf);
            assertThat(progress.communes())
                    .as("as of %s", asOf)
                    .containsExactly(
                            new CampaignViews.Progress(a.id(), "Xã A", 1, 0, 2, 2, 1),
                            new CampaignViews.Progress(b.id(), "Xã B", 1, 1, 1, 1, 1));
            assertThat(progress.total()).isEqualTo(new CampaignViews.Progress(null, null, 2, 1, 3, 3, 2));
        }
        // the cohort as it stood before the move: each member's branch and commune named as then
        CampaignViews.CohortCounts counts = queries.counts(campaign, 2018, LocalDate.of(2019, 1, 5));
        assertThat(queries.cohort(campaign, 2018, LocalDate.of(2019, 1, 5), false, counts, 0, 20)
                        .items())
                .extracting(
                        CampaignViews.CohortRow::memberId,
                        CampaignViews.CohortRow::fromName,
                        CampaignViews.CohortRow::communeName)
                .containsExactlyInAnyOrder(
                        tuple(an, "Chi bộ Cơ quan xã A", "Xã A"),
                        tuple(anh, "Chi bộ Cơ quan xã A", "Xã A"),
                        tuple(ba, "Chi bộ Cơ quan xã B", "Xã B"));
        assertThat(queries.cohort(campaign, 2018, LocalDate.of(2021, 6, 30), false, counts, 0, 20)
                        .items())
                .extracting(
                        CampaignViews.CohortRow::memberId,
                        CampaignViews.CohortRow::fromName,
                        CampaignViews.CohortRow::communeName)
                .containsExactlyInAnyOrder(
                        tuple(an, "Chi bộ Ấp A1", "Xã A Mới"),
                        tuple(anh, "Chi bộ Ấp A1", "Xã A Mới"),
                        tuple(ba, "Chi bộ Ấp B1", "Xã B"));
        assertThat(queries.agencyBranches(campaign, LocalDate.of(2019, 1, 5)))
                .containsExactly(
                        new CampaignViews.AgencyBranch(a0.id(), "Chi bộ Cơ quan xã A", "Xã A", true, 2),
                        new CampaignViews.AgencyBranch(b0.id(), "Chi bộ Cơ quan xã B", "Xã B", true, 1));
        assertThat(queries.agencyBranches(campaign, null))
                .containsExactly(
                        new CampaignViews.AgencyBranch(a0.id(), "Chi bộ Cơ quan xã A", "Xã A", true, 0),
                        new CampaignViews.AgencyBranch(b0.id(), "Chi bộ Cơ quan xã B", "Xã B", false, 0));
    }

    @Test
    void theSummaryShowsTheCommunesOfTheDayReadWithThatDaysNames() {
        assertThat(reports.summary(provinceStaff, LocalDate.of(2019, 12, 31)).communes())
                .extracting(Summary.CommuneRow::communeId, Summary.CommuneRow::name, Summary.CommuneRow::moved)
                .containsExactly(tuple(a.id(), "Xã A", 2L), tuple(b.id(), "Xã B", 1L), tuple(c.id(), "Xã C", 0L));
        assertThat(reports.summary(provinceStaff, LocalDate.of(2021, 6, 30)).communes())
                .extracting(Summary.CommuneRow::name)
                .containsExactly("Xã A Mới", "Xã B", "Xã C");
        // after the reform the new commune holds its predecessors' branches and what they moved
        Summary after = reports.summary(provinceStaff, LocalDate.of(2026, 6, 1));
        assertThat(after.communes())
                .extracting(Summary.CommuneRow::communeId, Summary.CommuneRow::name, Summary.CommuneRow::moved)
                .containsExactly(tuple(c.id(), "Xã C", 0L), tuple(merged.id(), "Xã Hợp Nhất", 3L));
        assertThat(after.campaigns())
                .singleElement()
                .satisfies(f -> assertThat(f.progress().communes())
                        .extracting(CampaignViews.Progress::communeName)
                        .containsExactly("Xã A", "Xã B"));
    }

    @Test
    void aCommuneEstablishedWithinTheYearReadSaysItCountsItsBranchesWholeYear() throws Exception {
        Summary endOf2025 = reports.summary(provinceStaff, LocalDate.of(2025, 12, 31));
        assertThat(endOf2025.communes())
                .extracting(Summary.CommuneRow::name, Summary.CommuneRow::since)
                .containsExactly(tuple("Xã C", null), tuple("Xã Hợp Nhất", REFORM));
        assertThat(reports.summary(provinceStaff, LocalDate.of(2026, 6, 1)).communes())
                .extracting(Summary.CommuneRow::since)
                .containsOnlyNulls();

        String page = mvc.perform(
                        get("/reports/summary").param("asOf", "31/12/2025").with(users.as("tochuc")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Xã Hợp Nhất thành lập từ 01/07/2025: số liệu cả năm của xã tính cả những ngày trước đó"
                        + " của các chi bộ nay thuộc xã, khi còn thuộc các xã cũ (hồ sơ đi theo tổ chức).");
    }

    @Test
    void theBranchWorkOverviewOfAPastYearNamesTheCommunesOfThatYear() {
        assertThat(overview.overview(provinceStaff, null, 2019, null))
                .extracting(BranchWorkViews.BranchFigures::branchName, BranchWorkViews.BranchFigures::communeName)
                .containsExactly(
                        tuple("Chi bộ Cơ quan xã A", "Xã A"),
                        tuple("Chi bộ Ấp A1", "Xã A"),
                        tuple("Chi bộ Ấp B1", "Xã B"),
                        tuple("Chi bộ Ấp C1", "Xã C"));
        assertThat(overview.overview(provinceStaff, null, LocalDate.now().getYear(), null))
                .extracting(BranchWorkViews.BranchFigures::branchName, BranchWorkViews.BranchFigures::communeName)
                .containsExactly(
                        tuple("Chi bộ Ấp C1", "Xã C"),
                        tuple("Chi bộ Cơ quan xã A", "Xã Hợp Nhất"),
                        tuple("Chi bộ Ấp A1", "Xã Hợp Nhất"),
                        tuple("Chi bộ Ấp B1", "Xã Hợp Nhất"));
    }

    @Test
    void theSummaryWorkbookOfADayNamesThatDaysCommunes() throws Exception {
        assertThat(communeSheet(LocalDate.of(2019, 12, 31)))
                .contains("Xã A", "Xã B", "Xã C")
                .doesNotContain("Xã Hợp Nhất");
        assertThat(communeSheet(LocalDate.of(2026, 6, 1)))
                .contains("Xã Hợp Nhất", "Xã C")
                .doesNotContain("Xã A", "Xã A Mới", "Xã B");
    }

    @Test
    void aMembersHistoryNamesEachPeriodsBranchAndCommuneAsTheyWereThen() {
        MemberDetails member = members.findDetails(an).orElseThrow();

        String district = "Huyện Đọc " + n;
        assertThat(member.periods())
                .extracting(
                        MemberDetails.Period::startedOn,
                        p -> p.place().text(),
                        p -> p.laterPlace() == null ? null : p.laterPlace().text())
                .containsExactly(
                        tuple(LocalDate.of(2010, 1, 1), "Chi bộ Cơ quan xã A — Xã A — " + district, null),
                        tuple(
                                MOVED_ON,
                                "Chi bộ Ấp A1 — Xã A — " + district,
                                "Chi bộ Ấp A1 — Xã Hợp Nhất — Đảng bộ tỉnh Đọc " + n));
    }

    @Test
    void aLetterOf2019NamesTheUnitsAsTheyWereNamedThatDay() throws Exception {
        long transferId = jdbc.sql("select transfer_id from campaign_member where campaign_id = ? and member_id = ?")
                .params(campaign, ba)
                .query(Long.class)
                .single();

        TransferDetails.Letter letter = transfers.get(staff, transferId).letter();
        assertThat(letter.day()).isEqualTo(MOVED_ON);
        assertThat(letter.from().joined(", ")).isEqualTo("Chi bộ Cơ quan xã B, Xã B, Huyện Đọc " + n);
        assertThat(letter.to())
                .extracting(UnitPlace::names)
                .isEqualTo(List.of("Chi bộ Ấp B1", "Xã B", "Huyện Đọc " + n));

        String page = mvc.perform(get("/transfers/{id}/letter", transferId).with(users.as("tochuc")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Chi bộ Cơ quan xã B, Xã B, Huyện Đọc " + n)
                .contains("Chi bộ Ấp B1, Xã B, Huyện Đọc " + n)
                .doesNotContain("Hợp Nhất");
    }

    private List<String> communeSheet(LocalDate asOf) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(reports.summary(provinceStaff, asOf), Locale.forLanguageTag("vi"), out);
        List<String> names = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            for (Row row : book.getSheet("Theo xã")) {
                Cell first = row.getCell(0);
                if (first != null && first.getCellType() == CellType.STRING) {
                    names.add(first.getStringCellValue());
                }
            }
        }
        return names;
    }
}
