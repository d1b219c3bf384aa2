package vn.dangvu.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.member.MemberService;
import vn.dangvu.organisation.DissolveForm;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.shared.ForbiddenException;
import vn.dangvu.shared.Scope;
import vn.dangvu.support.AgencyCampaigns;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.transfer.domain.CampaignQueries;

@IntegrationTest
class CampaignServiceTests extends DemoDistrictTest {

    @Autowired
    CampaignService campaigns;

    @Autowired
    AgencyCampaigns agencyCampaigns;

    @Autowired
    TransferService transfers;

    @Autowired
    MemberService members;

    @Autowired
    OrganisationService organisation;

    Fixtures.Commune commune;
    long homebody;
    long unrated;
    long nowhere;
    long campaign;
    String directive;

    @Autowired
    vn.dangvu.support.StatementCounter statements;

    @Test
    void shouldReadEveryCampaignsFiguresInAFixedNumberOfStatements() {
        LocalDate asOf = LocalDate.of(2024, 3, 15);
        statements.reset();
        List<CampaignService.CampaignFigures> before = campaigns.figures(Scope.of("/"), asOf);
        long fewer = statements.count();
        for (int i = 0; i < 2; i++) {
            Fixtures.Commune another = fixtures.commune(1);
            agencyCampaigns.create(
                    staff,
                    LocalDate.of(2023, 11, 1),
                    "Đợt đếm " + i,
                    LocalDate.of(2024, 3, 31),
                    another.commune().id());
        }
        statements.reset();
        List<CampaignService.CampaignFigures> after = campaigns.figures(Scope.of("/"), asOf);
        assertThat(after).hasSize(before.size() + 2);
        assertThat(statements.count()).isEqualTo(fewer).isLessThanOrEqualTo(2);
    }

    /** A commune whose agency branch has three members: one rated, one not rated, one with no residence. */
    @BeforeEach
    void setUp() {
        commune = fixtures.commune(3);
        homebody = fixtures.member("An Văn Nhà", commune.agency(), commune.hamlet(0), 2023);
        unrated = fixtures.member("Bảo Thị Chưa Xếp", commune.agency(), commune.hamlet(1), null);
        nowhere = fixtures.member("Cao Văn Chưa Ở", commune.agency(), null, 2023);
        AgencyCampaigns.Campaign created = agencyCampaigns.create(
                staff,
                LocalDate.of(2023, 11, 1),
                "Đợt thử",
                LocalDate.of(2024, 3, 31),
                commune.commune().id());
        campaign = created.id();
        directive = created.directive();
    }

    @Test
    void shouldReadTheFiguresWithEveryColumnIncludingTheNullOnes(@Autowired CampaignQueries queries) {
        LocalDate asOf = LocalDate.of(2024, 3, 15);

        assertThat(campaigns.list(staff, asOf))
                .filteredOn(c -> c.id() == campaign)
                .containsExactly(new CampaignViews.Summary(
                        campaign,
                        "Đợt thử",
                        directive,
                        LocalDate.of(2024, 3, 31),
                        CohortKind.AGENCY_BRANCHES,
                        null,
                        3,
                        0,
                        0,
                        LocalDate.of(2023, 11, 1)));
        String agency = "Chi bộ Cơ quan xã";
        String communeName = commune.commune().name();
        assertThat(queries.cohort(campaign, 2023, false, 0, 20).items())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("id")
                .containsExactlyInAnyOrder(
                        new CampaignViews.CohortRow(
                                0,
                                homebody,
                                "An Văn Nhà",
                                agency,
                                communeName,
                                commune.hamlet(0).id(),
                                "Chi bộ Ấp 1",
                                "Chi bộ Ấp 1",
                                false,
                                true,
                                false,
                                false,
                                null,
                                null,
                                null),
                        new CampaignViews.CohortRow(
                                0,
                                unrated,
                                "Bảo Thị Chưa Xếp",
                                agency,
                                communeName,
                                commune.hamlet(1).id(),
                                "Chi bộ Ấp 2",
                                "Chi bộ Ấp 2",
                                false,
                                false,
                                false,
                                false,
                                null,
                                null,
                                null),
                        new CampaignViews.CohortRow(
                                0,
                                nowhere,
                                "Cao Văn Chưa Ở",
                                agency,
                                communeName,
                                null,
                                null,
                                null,
                                false,
                                true,
                                false,
                                false,
                                null,
                                null,
                                null));
        assertThat(queries.counts(campaign, 2023)).isEqualTo(new CampaignViews.CohortCounts(3, 0, 2, 3, 0, 0, 0));
        assertThat(queries.agencyBranches(campaign))
                .containsExactly(new CampaignViews.AgencyBranch(commune.agency().id(), agency, communeName, true, 3));
        CampaignViews.ProgressReport progress = queries.progress(campaign, asOf);
        assertThat(progress.communes())
                .containsExactly(new CampaignViews.Progress(commune.commune().id(), communeName, 1, 0, 3, 0, 0));
        assertThat(progress.total()).isEqualTo(new CampaignViews.Progress(null, null, 1, 0, 3, 0, 0));
    }

    @Test
    void shouldFlagTheCasesStaffMustResolve() {
        var counts = campaigns.counts(staff, campaign);
        assertThat(counts.total()).isEqualTo(3);
        assertThat(counts.flagged()).isEqualTo(2);
        var flagged = campaigns.cohort(staff, campaign, true, 0).items();
        assertThat(flagged)
                .extracting(CampaignViews.CohortRow::memberName)
                .containsExactlyInAnyOrder("Bảo Thị Chưa Xếp", "Cao Văn Chưa Ở");
        assertThat(flagged)
                .filteredOn(r -> r.memberName().equals("Cao Văn Chưa Ở"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.noResidence()).isTrue();
                    assertThat(r.targetId()).isNull();
                });
    }

    @Test
    void shouldProposeNothingWhenOneMemberHasNoTargetAndNameThem() {
        assertThatThrownBy(() -> campaigns.proposeAll(staff, campaign))
                .isInstanceOfSatisfying(BatchFailedException.class, e -> {
                    assertThat(e.memberName()).isEqualTo("Cao Văn Chưa Ở");
                    assertThat(e.causeKey()).isEqualTo("campaign.noTarget");
                });
        assertThat(demo.count("select count(*) from transfer where campaign_id = ?", campaign))
                .isZero();
        assertThat(campaigns.counts(staff, campaign).waiting()).isEqualTo(3);
    }

    @Test
    void shouldFlagAndRefuseToMoveAMemberAwayOnATemporaryTransfer(@Autowired CampaignQueries queries) {
        resolveNowhere();
        LocalDate letter = LocalDate.now().minusDays(20);
        long stay = transfers.create(
                staff,
                new TransferForm(
                        homebody,
                        TransferKind.TEMPORARY,
                        null,
                        "Đảng bộ phường 1, TP Cao Lãnh",
                        "Đi làm việc",
                        null,
                        letter,
                        null,
                        TemporaryPurpose.WORK,
                        letter.plusMonths(6)));
        for (String step : List.of("propose", "approve", "complete")) {
            StepForm form = new StepForm(transfers.get(staff, stay).version(), null, letter.plusDays(2));
            switch (step) {
                case "propose" -> transfers.propose(staff, stay, form);
                case "approve" -> transfers.approve(staff, stay, form);
                default -> transfers.complete(staff, stay, form);
            }
        }

        assertThat(queries.cohort(campaign, 2023, true, 0, 20).items())
                .filteredOn(r -> r.memberId() == homebody)
                .singleElement()
                .satisfies(r -> assertThat(r.away()).isTrue());
        assertThatThrownBy(() -> campaigns.proposeAll(staff, campaign))
                .isInstanceOfSatisfying(BatchFailedException.class, e -> {
                    assertThat(e.memberName()).isEqualTo("An Văn Nhà");
                    assertThat(e.causeKey()).isEqualTo("campaign.memberAway");
                });
        assertThat(demo.count("select count(*) from transfer where campaign_id = ?", campaign))
                .isZero();
    }

    @Test
    void shouldMoveTheWholeCohortAndShowProgressAsOfAnyDate() {
        resolveNowhere();
        campaigns.proposeAll(staff, campaign);
        campaigns.approveAll(staff, campaign);
        campaigns.completeAll(staff, campaign, LocalDate.of(2024, 3, 1));
        campaigns.dissolveAgency(
                staff, campaign, commune.agency().id(), new DissolveForm("7-QĐ/ĐU", LocalDate.of(2024, 3, 5)));

        var before =
                campaigns.progress(staff, campaign, LocalDate.of(2024, 2, 29)).total();
        assertThat(before.moved()).isZero();
        assertThat(before.agencyDissolved()).isZero();
        var moved =
                campaigns.progress(staff, campaign, LocalDate.of(2024, 3, 1)).total();
        assertThat(moved.moved()).isEqualTo(3);
        assertThat(moved.receivingBranches()).isEqualTo(3);
        assertThat(moved.agencyDissolved()).isZero();
        var after =
                campaigns.progress(staff, campaign, LocalDate.of(2024, 3, 5)).total();
        assertThat(after.agencyDissolved()).isEqualTo(1);
        assertThat(after.agencyBranches()).isEqualTo(1);
        assertThat(after.cohort()).isEqualTo(3);
        assertThat(members.get(staff, homebody).branch().id())
                .isEqualTo(commune.hamlet(0).id());
        assertThat(demo.count(
                        "select count(*) from membership_period where branch_id = ? and ended_on is null",
                        commune.agency().id()))
                .isZero();
    }

    @Test
    void shouldCompleteNothingWhenOneTargetIsNoLongerActive() {
        resolveNowhere();
        campaigns.proposeAll(staff, campaign);
        campaigns.approveAll(staff, campaign);
        organisation.dissolve(staff, commune.hamlet(2).id(), new DissolveForm("8-QĐ/ĐU", LocalDate.of(2024, 2, 1)));

        assertThatThrownBy(() -> campaigns.completeAll(staff, campaign, LocalDate.of(2024, 3, 1)))
                .isInstanceOfSatisfying(
                        BatchFailedException.class,
                        e -> assertThat(e.memberName()).isEqualTo("Cao Văn Chưa Ở"));
        assertThat(demo.count("select count(*) from transfer where campaign_id = ? and state = 'APPROVED'", campaign))
                .isEqualTo(3);
        assertThat(demo.count(
                        "select count(*) from membership_period where branch_id = ? and ended_on is null",
                        commune.agency().id()))
                .isEqualTo(3);
    }

    @Test
    void shouldRefuseToDissolveTheAgencyWhileMembersRemain() {
        assertThatThrownBy(() -> campaigns.dissolveAgency(
                        staff, campaign, commune.agency().id(), new DissolveForm("9-QĐ", LocalDate.of(2024, 1, 1))))
                .hasMessage("unit.dissolveHasMembers");
    }

    @Test
    void shouldLeaveAnExcludedMemberAndFreeARejectedOne() {
        long entry = entryOf(nowhere);
        assertThatThrownBy(() -> campaigns.exclude(staff, campaign, entry, " "))
                .hasMessage("campaign.exclusionReasonRequired");
        campaigns.exclude(staff, campaign, entry, "Nghỉ hưu trong tháng");
        assertThat(campaigns.proposeAll(staff, campaign)).isEqualTo(2);

        long rejected = demo.count(
                "select transfer_id from campaign_member where campaign_id = ? and member_id = ?", campaign, homebody);
        // a campaign's transfer is internal: one of them is rejected by the commune's grassroots committee
        transfers.reject(
                officialOf(commune.commune()),
                rejected,
                new StepForm(transfers.get(staff, rejected).version(), "Sai ấp", null));

        assertThat(campaigns.counts(staff, campaign).waiting()).isEqualTo(1);
        assertThat(campaigns.counts(staff, campaign).excluded()).isEqualTo(1);
    }

    @Test
    void shouldLetOnlyDistrictStaffRunBatches() {
        assertThatThrownBy(() -> campaigns.proposeAll(users.actor("lanhdao"), campaign))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> campaigns.get(users.actor("xa.thongbinh"), campaign))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void shouldReplayTheReportsFiguresInTheDemoDistrict() {
        var summaries = campaigns.list(staff, LocalDate.of(2025, 1, 1)).stream()
                .filter(s -> s.directiveNumber().equals("21-HD/BTCTU")
                        || s.directiveNumber().equals("314-CV/TU"))
                .toList();
        var agencyWave = summaries.stream()
                .filter(s -> s.directiveNumber().equals("21-HD/BTCTU"))
                .findFirst()
                .orElseThrow();
        var policeWave = summaries.stream()
                .filter(s -> s.directiveNumber().equals("314-CV/TU"))
                .findFirst()
                .orElseThrow();

        var asOfDeadline = campaigns
                .progress(staff, agencyWave.id(), LocalDate.of(2019, 1, 20))
                .total();
        assertThat(asOfDeadline.agencyDissolved()).isEqualTo(9);
        assertThat(asOfDeadline.agencyBranches()).isEqualTo(9);
        assertThat(asOfDeadline.moved()).isEqualTo(285);
        assertThat(asOfDeadline.receivingBranches()).isEqualTo(38);
        assertThat(policeWave.moved()).isEqualTo(54);
        assertThat(agencyWave.moved() + policeWave.moved()).isEqualTo(339);
        var beforeAnything = campaigns
                .progress(staff, agencyWave.id(), LocalDate.of(2019, 1, 6))
                .total();
        assertThat(beforeAnything.moved()).isZero();
        assertThat(beforeAnything.agencyDissolved()).isZero();
    }

    private void resolveNowhere() {
        campaigns.setResidence(
                staff, campaign, entryOf(nowhere), commune.hamlet(2).id());
    }

    private long entryOf(long member) {
        return demo.count("select id from campaign_member where campaign_id = ? and member_id = ?", campaign, member);
    }
}
