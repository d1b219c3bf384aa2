package vn.dangvu.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitNode;
import vn.dangvu.report.ReportService;
import vn.dangvu.report.Summary;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.transfer.CampaignService;
import vn.dangvu.transfer.CampaignViews;
import vn.dangvu.transfer.TransferService;

/**
 * A {@link DemoDistrictTest} of the reformed demo ({@code dangvu.demo.reform=true}): its dates, the nine old
 * units of the district, and the seed's figures for the 2019 and 2021 waves that more than one test class
 * checks, written out from {@code DemoDistrict} (see {@link DemoReformTests}).
 */
abstract class ReformedDemoTest extends DemoDistrictTest {

    protected static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    protected static final LocalDate AGENCY_DEADLINE = LocalDate.of(2019, 1, 20);
    protected static final LocalDate END_OF_2021 = LocalDate.of(2021, 12, 31);

    /** The district's nine communes and towns, merged into four communes by the reform. */
    protected static final List<String> OLD_UNITS = List.of(
            "Thị trấn Sa Rài",
            "Xã Tân Hộ Cơ",
            "Xã Thông Bình",
            "Xã Tân Thành A",
            "Xã Tân Thành B",
            "Xã Tân Phước",
            "Xã Tân Công Chí",
            "Xã An Phước",
            "Xã Bình Phú");

    @Autowired
    protected OrganisationService organisation;

    @Autowired
    protected CampaignService campaigns;

    @Autowired
    protected ReportService reports;

    @Autowired
    protected TransferService transfers;

    /** The id of the campaign of the directive numbered {@code directive}. */
    protected long campaign(String directive) {
        return demo.count(
                "select c.id from campaign c join directive d on d.id = c.directive_id where d.number = ?", directive);
    }

    /** The child of {@code node} named {@code name}. */
    protected static UnitNode child(UnitNode node, String name) {
        return node.children().stream()
                .filter(n -> n.unit().name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** The agency wave (21-HD/BTCTU) by its deadline: nine agency branches dissolved, 285 members into 38 hamlets. */
    protected static void assertAgencyWaveDoneByItsDeadline(CampaignViews.ProgressReport report) {
        assertThat(report.total())
                .extracting(
                        CampaignViews.Progress::agencyDissolved,
                        CampaignViews.Progress::agencyBranches,
                        CampaignViews.Progress::moved,
                        CampaignViews.Progress::receivingBranches)
                .containsExactly(9L, 9L, 285L, 38L);
    }

    /** Members each old unit moved in both waves by the end of 2021 (agency + police). */
    protected static void assertMovedByCommuneBy2021(Summary summary) {
        assertThat(summary.communes())
                .extracting(Summary.CommuneRow::name, Summary.CommuneRow::moved)
                .containsExactlyInAnyOrder(
                        tuple("Thị trấn Sa Rài", 35L),
                        tuple("Xã Tân Hộ Cơ", 39L),
                        tuple("Xã Thông Bình", 38L),
                        tuple("Xã Tân Thành A", 36L),
                        tuple("Xã Tân Thành B", 40L),
                        tuple("Xã Tân Phước", 37L),
                        tuple("Xã Tân Công Chí", 38L),
                        tuple("Xã An Phước", 38L),
                        tuple("Xã Bình Phú", 38L));
    }
}
