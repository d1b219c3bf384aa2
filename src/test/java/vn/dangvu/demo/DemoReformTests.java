package vn.dangvu.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import vn.dangvu.organisation.LevelRole;
import vn.dangvu.organisation.UnitNode;
import vn.dangvu.organisation.UnitStatus;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.report.Summary;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.transfer.CampaignViews;

/**
 * Issue 17, item 7: the demo district as users see it by default, after the reform of 1/7/2025 (province
 * root, four communes, the district ended), and its 2019/2021 figures as of their dates. Its own context
 * (the other tests keep the district as it stood before the reform); these tests only read, so that each
 * can rely on the demo as loaded. Every expected figure is the seed's, written out from
 * {@code DemoDistrict}: agency members SR 35, THC 32, TB 31, TTA 30, TTB 33, TP 30, TCC 32, AP 31, BP 31
 * (285); receiving hamlets 5+4+4+4+4+5+4+4+4 (38); police 0, 7, 7, 6, 7, 7, 6, 7, 7 (54).
 */
@IntegrationTest
@TestPropertySource(properties = "dangvu.demo.reform=true")
class DemoReformTests extends ReformedDemoTest {

    // ---- the tree ----

    @Test
    void shouldHaveTheProvinceAsTheRootWithFourCommunesAndTheDistrictEndedUnderIt() {
        assertThat(organisation.roots())
                .extracting(UnitView::code, UnitView::name, UnitView::levelRole)
                .containsExactly(tuple("DT", "Đảng bộ tỉnh Đồng Tháp", LevelRole.PROVINCE));

        UnitNode today = organisation.tree(users.actor("tochuc"));
        assertThat(today.unit().name()).isEqualTo("Đảng bộ tỉnh Đồng Tháp");
        assertThat(today.children())
                .extracting(
                        n -> n.unit().name(),
                        n -> n.unit().status(),
                        n -> n.unit().levelRole())
                .containsExactlyInAnyOrder(
                        tuple("Xã Tân Hồng", UnitStatus.ACTIVE, LevelRole.GRASSROOTS),
                        tuple("Xã Tân Thành", UnitStatus.ACTIVE, LevelRole.GRASSROOTS),
                        tuple("Xã Tân Hộ Cơ", UnitStatus.ACTIVE, LevelRole.GRASSROOTS),
                        tuple("Xã An Phước", UnitStatus.ACTIVE, LevelRole.GRASSROOTS),
                        tuple("Đảng bộ huyện Tân Hồng", UnitStatus.ENDED, LevelRole.ABOVE_GRASSROOTS));
        UnitView district = organisation.find(demo.unit("TH")).orElseThrow();
        assertThat(district)
                .extracting(UnitView::parentId, UnitView::status, UnitView::dissolvedOn, UnitView::dissolutionDecision)
                .containsExactly(demo.unit("DT"), UnitStatus.ENDED, REFORM, "31-HD/BTCTW");
    }

    @Test
    void shouldMergeTheNineUnitsIntoFourCommunesKeepingEachUnderItsSuccessor() {
        Map<String, List<String>> endedUnder = Map.of(
                "DT-TH", List.of("TH-SR", "TH-TCC", "TH-BP"),
                "DT-TT", List.of("TH-TB", "TH-TTA"),
                "DT-THC", List.of("TH-THC", "TH-TTB"),
                "DT-AP", List.of("TH-AP", "TH-TP"));
        endedUnder.forEach((successor, olds) -> {
            for (String old : olds) {
                assertThat(organisation.find(demo.unit(old)).orElseThrow())
                        .as(old)
                        .extracting(UnitView::parentId, UnitView::status, UnitView::dissolvedOn)
                        .containsExactly(demo.unit(successor), UnitStatus.ENDED, REFORM);
            }
        });
        assertThat(demo.count("select count(*) from org_unit where status = 'ENDED'"))
                .as("nine old units and the district")
                .isEqualTo(10);

        // xã Tân Thành: Thông Bình's five hamlets and Tân Thành A's four, their two military branches told
        // apart by the old unit's name, and the two old units, ended
        UnitNode tanThanh = organisation.tree(users.actor("tochuc"), demo.unit("DT-TT"));
        assertThat(tanThanh.children().stream()
                        .filter(n -> n.unit().active())
                        .map(n -> n.unit().name()))
                .containsExactlyInAnyOrder(
                        "Chi bộ Ấp Bình Thạnh",
                        "Chi bộ Ấp Cả Găng",
                        "Chi bộ Ấp Thông Nhựt",
                        "Chi bộ Ấp Bình Hòa Trung",
                        "Chi bộ Ấp Long Sơn",
                        "Chi bộ Ấp Tân Bảnh",
                        "Chi bộ Ấp Tân Hòa A",
                        "Chi bộ Ấp Tân Thuận",
                        "Chi bộ Ấp Gò Bói",
                        "Chi bộ Quân sự - Công an xã Thông Bình (cũ)",
                        "Chi bộ Quân sự - Công an xã Tân Thành A (cũ)");
        assertThat(tanThanh.children().stream()
                        .filter(n -> !n.unit().active())
                        .map(n -> n.unit().name()))
                .containsExactlyInAnyOrder("Xã Thông Bình", "Xã Tân Thành A");
        // the hamlet branches are branches under the new commune's grassroots committee, as they were
        assertThat(organisation.find(demo.unit("TH-TB-A1")).orElseThrow())
                .extracting(UnitView::parentId, UnitView::levelRole, UnitView::status)
                .containsExactly(demo.unit("DT-TT"), LevelRole.BRANCH, UnitStatus.ACTIVE);
        // a dissolved agency branch stays where it was: under its old commune
        assertThat(organisation.find(demo.unit("TH-TB-CQ")).orElseThrow())
                .extracting(UnitView::parentId, UnitView::status)
                .containsExactly(demo.unit("TH-TB"), UnitStatus.DISSOLVED);
        // every active branch now lies under one of the four communes
        assertThat(demo.count("""
                        select count(*) from org_unit b join org_unit p on p.id = b.parent_id
                        where b.status = 'ACTIVE' and b.kind in ('HAMLET', 'QUARTER', 'OTHER', 'AGENCY')
                        and p.code not in ('DT-TH', 'DT-TT', 'DT-THC', 'DT-AP')""")).isZero();
        assertThat(organisation.page(users.actor("tochuc"), demo.unit("DT-THC")).predecessors())
                .extracting(vn.dangvu.organisation.UnitPage.LinkedUnit::label)
                .containsExactlyInAnyOrder("Xã Tân Hộ Cơ", "Xã Tân Thành B");
    }

    @Test
    void shouldShowTheDistrictOfTwentiethJanuary2019WithItsNineUnits() {
        UnitNode then = organisation.treeOn(staff, demo.unit("TH"), AGENCY_DEADLINE);
        assertThat(then.absent()).isFalse();
        assertThat(then.unit().name()).isEqualTo("Đảng bộ huyện Tân Hồng");
        assertThat(then.children()).extracting(n -> n.unit().name()).containsExactlyInAnyOrderElementsOf(OLD_UNITS);
        assertThat(then.children())
                .allSatisfy(n -> assertThat(n.unit().status()).isEqualTo(UnitStatus.ACTIVE));

        UnitNode thongBinh = child(then, "Xã Thông Bình");
        assertThat(thongBinh.children())
                .extracting(n -> n.unit().name(), n -> n.unit().status())
                .containsExactlyInAnyOrder(
                        tuple("Chi bộ Ấp Bình Thạnh", UnitStatus.ACTIVE),
                        tuple("Chi bộ Ấp Cả Găng", UnitStatus.ACTIVE),
                        tuple("Chi bộ Ấp Thông Nhựt", UnitStatus.ACTIVE),
                        tuple("Chi bộ Ấp Bình Hòa Trung", UnitStatus.ACTIVE),
                        tuple("Chi bộ Ấp Long Sơn", UnitStatus.ACTIVE),
                        tuple("Chi bộ Quân sự - Công an xã", UnitStatus.ACTIVE),
                        tuple("Chi bộ Cơ quan xã", UnitStatus.DISSOLVED));

        // the province did not exist then: its tree of that day is the district as it stood
        UnitNode province = organisation.treeOn(staff, demo.unit("DT"), AGENCY_DEADLINE);
        assertThat(province.absent()).isTrue();
        assertThat(province.children()).extracting(n -> n.unit().name()).containsExactly("Đảng bộ huyện Tân Hồng");
    }

    @Test
    void shouldShowTheTreeOfADayOnTheUnitsPage() throws Exception {
        String page = page("tochuc", "/units?asOf=20/01/2019");
        // the footer names the user's body as it stands today, the province
        String then = page.substring(page.indexOf("<main"), page.indexOf("</main>"));
        assertThat(then)
                .contains("Đảng bộ huyện Tân Hồng", "Xã Thông Bình", "Thị trấn Sa Rài")
                .as("the province did not exist yet: its units of that day stand without it")
                .doesNotContain("Đảng bộ tỉnh Đồng Tháp");
        assertThat(page("tochuc", "/units/" + demo.unit("TH-TB")))
                .as("an old commune merged into xã Tân Thành ended; it was not dissolved")
                .contains("Đã kết thúc hoạt động từ ngày 01/07/2025")
                .doesNotContain("Đã giải thể ngày");
        String today = page("tochuc", "/units");
        assertThat(today).contains("Đảng bộ tỉnh Đồng Tháp", "Xã Tân Thành", "Xã An Phước");
    }

    // ---- the accounts ----

    @Test
    void shouldMoveTheDemoAccountsToTheUnitsThatCarryTheirWorkOn() {
        Map<String, String> scopes =
                jdbc.sql("""
                        select a.username, a.role || ' ' || u.code || ' ' || a.full_name from app_user a
                        join org_unit u on u.id = a.scope_unit_id""").query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(scopes)
                .containsEntry("tochuc", "DISTRICT_STAFF DT Ban Tổ chức Tỉnh ủy")
                .containsEntry("lanhdao", "DISTRICT_LEADER DT Thường trực Tỉnh ủy")
                .containsEntry("xa.thongbinh", "COMMUNE_OFFICIAL DT-TT Văn phòng Đảng ủy xã Tân Thành")
                .containsEntry("xa.tanhoco", "COMMUNE_OFFICIAL DT-THC Văn phòng Đảng ủy xã Tân Hộ Cơ")
                .containsEntry("bithu", "BRANCH_SECRETARY TH-TB-A1 Bí thư Chi bộ Ấp Bình Thạnh")
                .containsEntry("huyenuy.an", "DISTRICT_LEADER TH Trần Văn An (Huyện ủy viên)")
                .containsEntry("huyenuy.binh", "DISTRICT_LEADER TH Lê Thị Bình (Huyện ủy viên)");
        // each move is the system's, in the account's audit trail
        assertThat(demo.count("""
                        select count(*) from audit_event e join app_user a on a.id = e.entity_id
                        where e.entity_type = 'ACCOUNT' and e.action = 'UPDATED' and e.username = 'system'
                        and a.username in ('tochuc', 'lanhdao', 'xa.thongbinh', 'xa.tanhoco')""")).isEqualTo(4);
        assertThat(users.actor("tochuc").writes()).isTrue();
        assertThat(users.actor("bithu").writes()).isTrue();
        assertThat(users.actor("huyenuy.an"))
                .extracting(Actor::writes, Actor::scopeEndedOn)
                .containsExactly(false, REFORM);
    }

    @Test
    void shouldTellTheDistrictCommitteeMembersThatTheirUnitEndedOnEveryPageTheyOpen() throws Exception {
        String notice = "Đơn vị của bạn đã kết thúc hoạt động từ 01/07/2025; tài khoản chỉ còn xem lịch sử.";
        for (String path : List.of("/", "/liaison", "/units", "/members", "/units/" + demo.unit("TH"))) {
            assertThat(page("huyenuy.an", path)).as(path).contains(notice);
        }
        assertThat(page("tochuc", "/")).doesNotContain(notice);
    }

    @Test
    void shouldLetProvinceStaffReadTheDistrictsHistory() throws Exception {
        long transfer = demo.transferInto("TH-TB-A1");
        assertThat(transfers.get(staff, transfer)).isNotNull();
        page("tochuc", "/transfers/" + transfer);
        assertThat(organisation.get(staff, demo.unit("TH-TB-CQ")).status()).isEqualTo(UnitStatus.DISSOLVED);
        assertThat(page("tochuc", "/units/" + demo.unit("TH-TB-CQ"))).contains("Chi bộ Cơ quan xã");
        assertThat(page("tochuc", "/units/" + demo.unit("TH"))).contains("Đảng bộ huyện Tân Hồng");
    }

    @Test
    void shouldLetTheNewCommuneReadItsPredecessorsPastAndNoOtherCommunes() throws Exception {
        Actor tanThanh = users.actor("xa.thongbinh");
        assertThat(organisation.get(tanThanh, demo.unit("TH-TB")).name()).isEqualTo("Xã Thông Bình");
        assertThat(transfers.get(tanThanh, demo.transferInto("TH-TB-A1"))).isNotNull();
        assertThat(organisation.get(tanThanh, demo.unit("TH-TTA-A1")).parentId())
                .isEqualTo(demo.unit("DT-TT"));
        assertThatThrownBy(() -> organisation.get(tanThanh, demo.unit("TH-THC")))
                .isInstanceOf(NotFoundException.class);
        Actor tanHoCo = users.actor("xa.tanhoco");
        assertThat(organisation.get(tanHoCo, demo.unit("TH-TTB")).name()).isEqualTo("Xã Tân Thành B");
        assertThatThrownBy(() -> organisation.get(tanHoCo, demo.unit("TH-TB"))).isInstanceOf(NotFoundException.class);
        page("bithu", "/");
        page("xa.thongbinh", "/");
        page("lanhdao", "/");
    }

    @Test
    void shouldOfferStaffTheProvinceAndTheNewCommunesButNoEndedUnitOnTheAccountForm() throws Exception {
        String form = page("tochuc", "/accounts/new");
        assertThat(form).contains("Đảng bộ tỉnh Đồng Tháp", "Xã Tân Thành", "Xã Tân Hộ Cơ");
        assertThat(form).doesNotContain(">Xã Thông Bình", ">Đảng bộ huyện Tân Hồng");
    }

    // ---- the report's figures as of their dates ----

    /** Members each commune moved: in the agency wave by its deadline, in the police wave by 2021 (none in Sa Rài). */
    private static final List<CommuneMoves> MOVED_BY_COMMUNE = List.of(
            new CommuneMoves("Thị trấn Sa Rài", 35L, null),
            new CommuneMoves("Xã Tân Hộ Cơ", 32L, 7L),
            new CommuneMoves("Xã Thông Bình", 31L, 7L),
            new CommuneMoves("Xã Tân Thành A", 30L, 6L),
            new CommuneMoves("Xã Tân Thành B", 33L, 7L),
            new CommuneMoves("Xã Tân Phước", 30L, 7L),
            new CommuneMoves("Xã Tân Công Chí", 32L, 6L),
            new CommuneMoves("Xã An Phước", 31L, 7L),
            new CommuneMoves("Xã Bình Phú", 31L, 7L));

    private record CommuneMoves(String commune, long agencyWave, Long policeWave) {}

    @Test
    void shouldKeepTheAgencyWavesFiguresAsOfTwentiethJanuary2019() {
        CampaignViews.ProgressReport report = campaigns.progress(staff, campaign("21-HD/BTCTU"), AGENCY_DEADLINE);
        assertAgencyWaveDoneByItsDeadline(report);
        assertThat(report.communes())
                .extracting(CampaignViews.Progress::communeName, CampaignViews.Progress::moved)
                .containsExactlyInAnyOrderElementsOf(MOVED_BY_COMMUNE.stream()
                        .map(m -> tuple(m.commune(), m.agencyWave()))
                        .toList());
        CampaignViews.ProgressReport before =
                campaigns.progress(staff, campaign("21-HD/BTCTU"), LocalDate.of(2019, 1, 6));
        assertThat(before.total().moved()).isZero();
        assertThat(before.total().agencyDissolved()).isZero();
    }

    @Test
    void shouldKeepThePoliceWaveAndTheTotalAsOf2021() {
        CampaignViews.ProgressReport police = campaigns.progress(staff, campaign("314-CV/TU"), END_OF_2021);
        assertThat(police.total().moved()).isEqualTo(54);
        assertThat(police.communes())
                .extracting(CampaignViews.Progress::communeName, CampaignViews.Progress::moved)
                .containsExactlyInAnyOrderElementsOf(MOVED_BY_COMMUNE.stream()
                        .filter(m -> m.policeWave() != null)
                        .map(m -> tuple(m.commune(), m.policeWave()))
                        .toList());
        assertThat(campaigns.list(staff, END_OF_2021))
                .filteredOn(c -> List.of("21-HD/BTCTU", "314-CV/TU").contains(c.directiveNumber()))
                .extracting(CampaignViews.Summary::moved)
                .containsExactlyInAnyOrder(285L, 54L);
    }

    @Test
    void shouldKeepTheSummarysFiguresAndCommunesAsOfTheirDates() {
        Actor leader = users.actor("lanhdao");
        Summary agency = reports.summary(leader, AGENCY_DEADLINE);
        assertThat(agency.totalMoved()).isEqualTo(285);
        Summary both = reports.summary(leader, END_OF_2021);
        assertThat(both.totalMoved()).isEqualTo(339);
        assertMovedByCommuneBy2021(both);
    }

    @Test
    void shouldShowTheCampaignPageOfTwentiethJanuary2019AsTheReportWroteIt() throws Exception {
        String html = page("lanhdao", "/campaigns/" + campaign("21-HD/BTCTU") + "?asOf=20/01/2019");
        assertThat(html)
                .contains("Đã giải thể 09/09 chi bộ cơ quan; chuyển 285 đảng viên về sinh hoạt tại 38 chi bộ ấp, khóm.")
                .contains("<td>285/285</td>");
        assertThat(page("lanhdao", "/campaigns?asOf=31/12/2021")).contains("314-CV/TU", "role=\"cell\">54/54</td>");
    }

    // ---- membership periods ----

    @Test
    void shouldNotRewriteAnyMembershipPeriod() {
        // every member has one period that no transfer began, and every other period was begun by a completed
        // transfer: a reform that closed and reopened periods at the branch moves would break both
        long members = demo.count("select count(*) from member");
        assertThat(demo.count("select count(*) from membership_period where transfer_id is null"))
                .isEqualTo(members);
        assertThat(demo.count("select count(*) from membership_period where transfer_id is not null"))
                .isEqualTo(demo.count("""
                        select count(*) from transfer where state = 'COMPLETED' and to_branch_id is not null"""));
        assertThat(demo.count(
                        "select count(*) from membership_period where started_on = ? or ended_on = ?", REFORM, REFORM))
                .isZero();
        // and no period lies in a unit the reform made
        assertThat(demo.count("""
                        select count(*) from membership_period p join org_unit u on u.id = p.branch_id
                        where u.code like 'DT%'""")).isZero();
        // the 2019 and 2021 waves' periods: 285 + 54 begun by their transfers
        assertThat(demo.count("""
                        select count(*) from membership_period p join transfer t on t.id = p.transfer_id
                        where t.campaign_id is not null""")).isEqualTo(339);
    }

    // ---- committees, liaisons and the footer after the reform ----

    @Test
    void shouldEndTheSeatsInTheCommitteesOfTheEndedUnitsTheDayBeforeTheReform() {
        // each old unit: 15 periods of 2020–2025 (ten committee posts, five of them key leaders too); the
        // district: the three members the leaders' accounts stand for as liaisons
        assertThat(demo.count("""
                        select count(*) from committee_membership c join org_unit u on u.id = c.unit_id
                        where u.status = 'ENDED' and c.valid_to = date '2025-06-30'""")).isEqualTo(138);
        assertThat(demo.count("""
                        select count(*) from committee_membership c join org_unit u on u.id = c.unit_id
                        where u.status = 'ENDED' and (c.valid_to is null or c.valid_to > date '2025-06-30')""")).isZero();
        assertThat(demo.count("""
                        select count(*) from audit_event where entity_type = 'MEMBER' and action = 'COMMITTEE_ENDED'
                        and username = 'system'""")).isEqualTo(138);
    }

    @Test
    void shouldNameTheCommitteeMemberEachDemoLiaisonStandsFor() throws Exception {
        assertThat(demo.count("select count(*) from liaison where member_id is null"))
                .isZero();
        // each stood on 01/03/2019 for a member of the district committee (term 2015–2020)
        assertThat(demo.count("""
                        select count(*) from liaison l where not exists (
                            select 1 from committee_membership c join org_unit u on u.id = c.unit_id
                            where c.member_id = l.member_id and u.code = 'TH' and c.valid_from <= l.assigned_on
                              and c.valid_to >= l.assigned_on)""")).isZero();
        // the demo gives hamlets liaisons in turn from the first two leaders' accounts (a third has none)
        assertThat(page("tochuc", "/liaisons"))
                .contains(
                        "role=\"cell\">Trần Văn An (Huyện ủy viên)</td>\n            <td data-label=\"Cấp ủy viên cấp trên\" role=\"cell\">Trần Văn An</td>")
                .doesNotContain("role=\"cell\">—</td>\n            <td data-label=\"Chi bộ\" role=\"cell\">Chi bộ");
    }

    @Test
    void shouldNameTheUsersOwnBodyInTheFooterAsItStandsToday() throws Exception {
        assertThat(footer(page("tochuc", "/")))
                .isEqualTo("Đăng nhập: Ban Tổ chức Tỉnh ủy · Cán bộ tổ chức cấp ủy · Đảng bộ tỉnh Đồng Tháp");
        // an account named after its office says its body once
        assertThat(footer(page("xa.thongbinh", "/")))
                .isEqualTo("Đăng nhập: Văn phòng Đảng ủy xã Tân Thành · Cán bộ văn phòng cấp ủy");
        assertThat(footer(page("huyenuy.an", "/")))
                .isEqualTo("Đăng nhập: Trần Văn An (Huyện ủy viên) · Lãnh đạo cấp ủy · Đảng bộ huyện Tân Hồng");
    }

    private static String footer(String html) {
        String footer = html.substring(html.indexOf("<footer"), html.indexOf("</footer>"));
        return org.springframework.web.util.HtmlUtils.htmlUnescape(footer.replaceAll("<[^>]*>", " "))
                .replaceAll("\\s+", " ")
                .trim();
    }
}
