package vn.dangvu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.branchwork.BranchWorkOverview;
import vn.dangvu.member.MemberDetails;
import vn.dangvu.member.MemberService;
import vn.dangvu.organisation.DissolveForm;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitPlace;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.support.AgencyCampaigns;
import vn.dangvu.support.HandBuiltDistrictTest;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.transfer.CampaignService;
import vn.dangvu.transfer.CampaignViews;
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
class AsOfReformTests extends HandBuiltDistrictTest {

    private static final LocalDate MOVED_ON = LocalDate.of(2019, 1, 10);

    @Autowired
    AgencyCampaigns agencyCampaigns;

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
    CampaignQueries queries;

    @Autowired
    BranchWorkOverview overview;

    UnitView a0;
    UnitView b0;
    long an;
    long anh;
    long ba;
    long campaign;
    Actor provinceStaff;

    AsOfReformTests() {
        super("AR", "Đọc");
    }

    @BeforeEach
    void aDistrictMovesItsAgencyMembersIn2019AndIsReformedIn2025() {
        a0 = loader.registerChild(a.id(), "AR" + n + "-A0", "Chi bộ Cơ quan xã A", UnitKind.AGENCY);
        b0 = loader.registerChild(b.id(), "AR" + n + "-B0", "Chi bộ Cơ quan xã B", UnitKind.AGENCY);
        an = fixtures.member("Nguyễn Văn An", a0, a1, 2018);
        anh = fixtures.member("Trần Thị Ánh", a0, a1, 2018);
        ba = fixtures.member("Lê Văn Ba", b0, b1, 2018);
        fixtures.member("Phạm Thị Cúc", c1, c1, 2018);

        campaign = agencyCampaigns
                .create(
                        staff,
                        LocalDate.of(2018, 11, 21),
                        "Đợt 2019 số " + n,
                        LocalDate.of(2019, 1, 20),
                        a.id(),
                        b.id())
                .id();
        campaigns.proposeAll(staff, campaign);
        campaigns.approveAll(staff, campaign);
        campaigns.completeAll(staff, campaign, MOVED_ON);
        organisation.dissolve(staff, b0.id(), new DissolveForm("7-QĐ/HU", LocalDate.of(2019, 1, 15)));

        reorganiser.rename(staff, on(LocalDate.of(2020, 3, 1), "5-QĐ/HU"), a.id(), "Xã A Mới");
        reform();
        provinceStaff =
                new Actor(staff.userId(), "tinh.doc", "Cán bộ tỉnh", staff.role(), province.id(), province.path());
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
        assertThat(cohortOn(LocalDate.of(2019, 1, 5)))
                .containsExactlyInAnyOrder(
                        tuple(an, "Chi bộ Cơ quan xã A", "Xã A"),
                        tuple(anh, "Chi bộ Cơ quan xã A", "Xã A"),
                        tuple(ba, "Chi bộ Cơ quan xã B", "Xã B"));
        assertThat(cohortOn(LocalDate.of(2021, 6, 30)))
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

        String page = page("tochuc", "/reports/summary?asOf={day}", "31/12/2025");
        assertThat(page)
                .contains("Xã Hợp Nhất thành lập từ 01/07/2025: số liệu cả năm của xã tính cả những ngày trước đó"
                        + " của các chi bộ nay thuộc xã, khi còn thuộc các xã cũ (hồ sơ đi theo tổ chức).");
    }

    @Test
    void theBranchWorkOverviewOfAPastYearNamesTheCommunesOfThatYear() {
        assertThat(branchesIn(2019))
                .containsExactly(
                        tuple("Chi bộ Cơ quan xã A", "Xã A"),
                        tuple("Chi bộ Ấp A1", "Xã A"),
                        tuple("Chi bộ Ấp B1", "Xã B"),
                        tuple("Chi bộ Ấp C1", "Xã C"));
        assertThat(branchesIn(LocalDate.now().getYear()))
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

        String page = page("tochuc", "/transfers/{id}/letter", transferId);
        assertThat(page)
                .contains("Chi bộ Cơ quan xã B, Xã B, Huyện Đọc " + n)
                .contains("Chi bộ Ấp B1, Xã B, Huyện Đọc " + n)
                .doesNotContain("Hợp Nhất");
    }

    /** The branch work overview of {@code year} as the province staff read it: each branch and its commune. */
    private List<Tuple> branchesIn(int year) {
        return overview.overview(provinceStaff, null, year, null).stream()
                .map(branch -> tuple(branch.branchName(), branch.communeName()))
                .toList();
    }

    /** The campaign's cohort rated in 2018 (counted as of 5/1/2019), read as of {@code asOf}: member, branch, commune. */
    private List<Tuple> cohortOn(LocalDate asOf) {
        CampaignViews.CohortCounts counts = queries.counts(campaign, 2018, LocalDate.of(2019, 1, 5));
        return queries.cohort(campaign, 2018, asOf, false, counts, 0, 20).items().stream()
                .map(row -> tuple(row.memberId(), row.fromName(), row.communeName()))
                .toList();
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
