package vn.dangvu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.engagement.ConcernStatus;
import vn.dangvu.engagement.EngagementForms;
import vn.dangvu.engagement.EngagementService;
import vn.dangvu.engagement.EngagementViews;
import vn.dangvu.engagement.RecognitionKind;
import vn.dangvu.engagement.SessionKind;
import vn.dangvu.engagement.domain.EngagementQueries;
import vn.dangvu.member.ExportRow;
import vn.dangvu.member.Gender;
import vn.dangvu.member.MemberGroup;
import vn.dangvu.member.MemberRow;
import vn.dangvu.member.MemberSearch;
import vn.dangvu.member.MemberService;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.member.domain.MemberQueries;
import vn.dangvu.organisation.DissolveForm;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitChoice;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitStatus;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.organisation.domain.UnitQueries;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.PageView;
import vn.dangvu.support.DemoData;
import vn.dangvu.support.DemoUsers;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.support.MemberForms;
import vn.dangvu.transfer.CampaignForm;
import vn.dangvu.transfer.CampaignService;
import vn.dangvu.transfer.CampaignViews;
import vn.dangvu.transfer.CohortKind;
import vn.dangvu.transfer.DirectiveForm;
import vn.dangvu.transfer.DirectiveService;
import vn.dangvu.transfer.TransferDirection;
import vn.dangvu.transfer.TransferFilter;
import vn.dangvu.transfer.TransferForm;
import vn.dangvu.transfer.TransferKind;
import vn.dangvu.transfer.TransferRow;
import vn.dangvu.transfer.TransferService;
import vn.dangvu.transfer.TransferState;
import vn.dangvu.transfer.domain.CampaignQueries;
import vn.dangvu.transfer.domain.TransferQueries;

/**
 * The read models map rows to records by column name: every component gets its column, enums come from
 * their names, and null columns stay null in boxed components (a misnamed alias fails here, not on a page).
 */
@IntegrationTest
class ReadModelTests {

    private static int serial;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DemoUsers users;

    @Autowired
    DemoData demo;

    @Autowired
    OrganisationService organisation;

    @Autowired
    MemberService members;

    @Autowired
    TransferService transfers;

    @Autowired
    DirectiveService directives;

    @Autowired
    CampaignService campaigns;

    @Autowired
    EngagementService engagement;

    @Autowired
    UnitQueries unitQueries;

    @Autowired
    MemberQueries memberQueries;

    @Autowired
    TransferQueries transferQueries;

    @Autowired
    CampaignQueries campaignQueries;

    @Autowired
    EngagementQueries engagementQueries;

    Actor staff;
    Fixtures.Commune commune;
    String communeName;

    @BeforeEach
    void setUp() {
        staff = users.actor("tochuc");
        commune = fixtures.commune(2);
        communeName = commune.commune().name();
    }

    @Test
    void shouldReadUnitsWithTheirNullableColumns() {
        organisation.dissolve(staff, commune.agency().id(), new DissolveForm("7-QĐ/HU", LocalDate.of(2024, 5, 6)));

        List<UnitView> units =
                unitQueries.subtreeOfKinds(commune.commune().path(), EnumSet.allOf(UnitKind.class), false);

        assertThat(units)
                .extracting(
                        UnitView::id,
                        UnitView::name,
                        UnitView::kind,
                        UnitView::status,
                        UnitView::parentId,
                        UnitView::dissolvedOn,
                        UnitView::dissolutionDecision)
                .containsExactly(
                        tuple(
                                commune.commune().id(),
                                communeName,
                                UnitKind.COMMUNE,
                                UnitStatus.ACTIVE,
                                demo.unit("TH"),
                                null,
                                null),
                        tuple(
                                commune.agency().id(),
                                "Chi bộ Cơ quan xã",
                                UnitKind.AGENCY,
                                UnitStatus.DISSOLVED,
                                commune.commune().id(),
                                LocalDate.of(2024, 5, 6),
                                "7-QĐ/HU"),
                        tuple(
                                commune.hamlet(0).id(),
                                "Chi bộ Ấp 1",
                                UnitKind.HAMLET,
                                UnitStatus.ACTIVE,
                                commune.commune().id(),
                                null,
                                null),
                        tuple(
                                commune.hamlet(1).id(),
                                "Chi bộ Ấp 2",
                                UnitKind.HAMLET,
                                UnitStatus.ACTIVE,
                                commune.commune().id(),
                                null,
                                null));
        assertThat(units.get(0).code()).isEqualTo(commune.commune().code());
        assertThat(units.get(0).path()).isEqualTo(commune.commune().path());
        assertThat(unitQueries.choicesOfSubtree(commune.commune().path(), UnitKind.BRANCH_KINDS, true, 10))
                .containsExactly(
                        new UnitChoice(commune.hamlet(0).id(), "Chi bộ Ấp 1 — " + communeName),
                        new UnitChoice(commune.hamlet(1).id(), "Chi bộ Ấp 2 — " + communeName));
    }

    @Test
    void shouldReadMembersOnBothPagingPathsAndInTheExport() {
        long id = members.create(
                staff,
                MemberForms.withIdNumber(
                        MemberForms.form("Ánh Xạ Thị Dòng", commune.hamlet(0).id()), "099177700001"));
        MemberRow expected = new MemberRow(
                id,
                "Ánh Xạ Thị Dòng",
                LocalDate.of(1980, 2, 3),
                "099177700001",
                MemberGroup.COMMUNE_CIVIL_SERVANT,
                MemberStatus.ACTIVE,
                false,
                false,
                commune.hamlet(0).id(),
                "Chi bộ Ấp 1",
                communeName);
        String scope = commune.commune().path();

        PageView<MemberRow> found = memberQueries.search(scope, search("anh xa thi dong"), 0, 50);
        PageView<MemberRow> listed = memberQueries.search(scope, search(null), 0, 50);

        assertThat(found.items()).containsExactly(expected);
        assertThat(found.total()).isEqualTo(1);
        assertThat(listed.items()).containsExactly(expected);
        assertThat(listed.total()).isEqualTo(1);
        List<ExportRow> exported = new ArrayList<>();
        memberQueries.export(scope, search(null), exported::add);
        assertThat(exported)
                .containsExactly(new ExportRow(
                        "Ánh Xạ Thị Dòng",
                        LocalDate.of(1980, 2, 3),
                        Gender.MALE,
                        "099177700001",
                        null,
                        LocalDate.of(2005, 6, 7),
                        LocalDate.of(2006, 6, 7),
                        communeName,
                        "Chi bộ Ấp 1",
                        null,
                        "Công chức",
                        "UBND xã",
                        MemberGroup.COMMUNE_CIVIL_SERVANT,
                        false,
                        false));
    }

    @Test
    void shouldReadTransferRowsWithTheirEnums() {
        long member = fixtures.member("Chuyển Văn Dòng", commune.hamlet(0), null, null);
        long id = transfers.create(
                staff,
                new TransferForm(
                        member,
                        TransferKind.INTERNAL,
                        commune.hamlet(1).id(),
                        null,
                        "Đổi nơi ở",
                        "12-CV/ĐU",
                        LocalDate.of(2025, 1, 2)));

        PageView<TransferRow> rows =
                transferQueries.list(commune.commune().path(), new TransferFilter(null, null, null), 0, 20);

        assertThat(rows.items())
                .containsExactly(new TransferRow(
                        id,
                        "Chuyển Văn Dòng",
                        TransferKind.INTERNAL,
                        TransferDirection.WITHIN,
                        TransferState.DRAFT,
                        "Chi bộ Ấp 1",
                        "Chi bộ Ấp 2",
                        LocalDate.of(2025, 1, 2),
                        null));
    }

    @Test
    void shouldReadCampaignFiguresWithNullGroupTargetAndTransfer() {
        long housed = fixtures.member("Cơ Quan Văn Dòng", commune.agency(), commune.hamlet(1), 2023);
        long homeless = fixtures.member("Cơ Quan Văn Chưa Ở", commune.agency(), null, 2023);
        String number = "RM-" + (++serial) + "-HD/BTCTU";
        long directive = directives.register(
                staff, new DirectiveForm(number, LocalDate.of(2023, 11, 1), "Ban Tổ chức", "Ánh xạ", null));
        long campaign = campaigns.create(
                staff,
                new CampaignForm(
                        directive,
                        "Đợt ánh xạ",
                        LocalDate.of(2024, 3, 31),
                        CohortKind.AGENCY_BRANCHES,
                        null,
                        List.of(commune.commune().id())));
        LocalDate asOf = LocalDate.of(2024, 3, 15);

        assertThat(campaignQueries.summaries(asOf, directive))
                .containsExactly(new CampaignViews.Summary(
                        campaign,
                        "Đợt ánh xạ",
                        number,
                        LocalDate.of(2024, 3, 31),
                        CohortKind.AGENCY_BRANCHES,
                        null,
                        2,
                        0,
                        0));
        assertThat(campaignQueries.cohort(campaign, 2023, false, 0, 20).items())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("id")
                .containsExactlyInAnyOrder(
                        new CampaignViews.CohortRow(
                                0,
                                housed,
                                "Cơ Quan Văn Dòng",
                                "Chi bộ Cơ quan xã",
                                communeName,
                                commune.hamlet(1).id(),
                                "Chi bộ Ấp 2",
                                "Chi bộ Ấp 2",
                                false,
                                true,
                                false,
                                null,
                                null,
                                null),
                        new CampaignViews.CohortRow(
                                0,
                                homeless,
                                "Cơ Quan Văn Chưa Ở",
                                "Chi bộ Cơ quan xã",
                                communeName,
                                null,
                                null,
                                null,
                                false,
                                true,
                                false,
                                null,
                                null,
                                null));
        assertThat(campaignQueries.counts(campaign, 2023))
                .isEqualTo(new CampaignViews.CohortCounts(2, 0, 1, 2, 0, 0, 0));
        assertThat(campaignQueries.agencyBranches(campaign))
                .containsExactly(new CampaignViews.AgencyBranch(
                        commune.agency().id(), "Chi bộ Cơ quan xã", communeName, true, 2));
        CampaignViews.ProgressReport progress = campaignQueries.progress(campaign, asOf);
        assertThat(progress.communes())
                .containsExactly(new CampaignViews.Progress(commune.commune().id(), communeName, 1, 0, 2, 0, 0));
        assertThat(progress.total()).isEqualTo(new CampaignViews.Progress(null, null, 1, 0, 2, 0, 0));
    }

    @Test
    void shouldReadEngagementRowsWithMissingMembers() {
        String path = commune.commune().path();
        long hamlet = commune.hamlet(0).id();
        LocalDate today = LocalDate.now();
        long recognition = engagement.recognise(
                staff,
                new EngagementForms.RecognitionForm(
                        RecognitionKind.COMMENDATION,
                        null,
                        hamlet,
                        LocalDate.of(2024, 5, 10),
                        "Đảng ủy xã",
                        null,
                        "Tốt"));
        long concern = engagement.raise(
                staff,
                new EngagementForms.ConcernForm(hamlet, null, "Bà Tám", "Đèn đường", null, LocalDate.of(2024, 3, 1)));
        long session = engagement.hold(
                staff,
                new EngagementForms.SessionForm(
                        SessionKind.DIALOGUE, hamlet, LocalDate.of(2024, 6, 1), "Đối thoại ấp", null, "Đèn"));
        engagement.addFollowUp(
                staff, session, new EngagementForms.FollowUpForm("Sửa đèn", "Ấp", LocalDate.of(2024, 6, 20)));

        assertThat(engagementQueries.recognitions(path, null, null, 0, 20).items())
                .containsExactly(new EngagementViews.RecognitionRow(
                        recognition,
                        RecognitionKind.COMMENDATION,
                        null,
                        null,
                        "Chi bộ Ấp 1",
                        communeName,
                        LocalDate.of(2024, 5, 10),
                        "Đảng ủy xã",
                        null,
                        "Tốt"));
        assertThat(engagementQueries
                        .concerns(path, null, false, today.minusDays(30), today.minusDays(30), 0, 20)
                        .items())
                .containsExactly(new EngagementViews.ConcernRow(
                        concern,
                        "Chi bộ Ấp 1",
                        communeName,
                        null,
                        "Bà Tám",
                        "Đèn đường",
                        null,
                        LocalDate.of(2024, 3, 1),
                        ConcernStatus.OPEN,
                        null,
                        null,
                        null,
                        true,
                        0));
        assertThat(engagementQueries.sessions(path, null, 0, 20).items())
                .containsExactly(new EngagementViews.SessionRow(
                        session, SessionKind.DIALOGUE, "Chi bộ Ấp 1", LocalDate.of(2024, 6, 1), "Đối thoại ấp", 1, 1));
        EngagementViews.SessionView view = engagementQueries.session(session, today);
        assertThat(view)
                .extracting(
                        EngagementViews.SessionView::id,
                        EngagementViews.SessionView::kind,
                        EngagementViews.SessionView::unitName,
                        EngagementViews.SessionView::heldOn,
                        EngagementViews.SessionView::title,
                        EngagementViews.SessionView::attendees,
                        EngagementViews.SessionView::issues)
                .containsExactly(
                        session,
                        SessionKind.DIALOGUE,
                        "Chi bộ Ấp 1",
                        LocalDate.of(2024, 6, 1),
                        "Đối thoại ấp",
                        null,
                        "Đèn");
        assertThat(view.followUps())
                .singleElement()
                .usingRecursiveComparison()
                .ignoringFields("id")
                .isEqualTo(
                        new EngagementViews.FollowUpView(0, "Sửa đèn", "Ấp", LocalDate.of(2024, 6, 20), null, true, 0));
        LocalDate endOf2024 = LocalDate.of(2024, 12, 31);
        assertThat(engagementQueries.summary(path, endOf2024, endOf2024.minusDays(30), endOf2024.minusDays(30)))
                .containsExactly(
                        Map.entry("commendations", 1L),
                        Map.entry("reminders", 0L),
                        Map.entry("concerns_raised", 1L),
                        Map.entry("concerns_resolved", 0L),
                        Map.entry("concerns_overdue", 1L),
                        Map.entry("follow_ups_open", 1L),
                        Map.entry("follow_ups_done", 0L),
                        Map.entry("follow_ups_overdue", 1L),
                        Map.entry("dialogues", 1L),
                        Map.entry("receptions", 0L));
    }

    private static MemberSearch search(String q) {
        return new MemberSearch(q, null, null, null, null);
    }
}
