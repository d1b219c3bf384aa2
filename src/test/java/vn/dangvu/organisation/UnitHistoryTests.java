package vn.dangvu.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.organisation.domain.UnitVersions;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.Role;
import vn.dangvu.support.HandBuiltDistrictTest;
import vn.dangvu.support.IntegrationTest;

/**
 * Issue 17: units keep their identity while their names, parents and status change on dated decisions.
 * A hand-built district (three communes, a hamlet branch each, four members since 2010) is renamed twice
 * and reorganised on 1/7/2025 as the real one was: a province root, two communes merged into a new one,
 * the third moved under the province, the district ended.
 */
@IntegrationTest
class UnitHistoryTests extends HandBuiltDistrictTest {

    @Autowired
    UnitVersions versions;

    UnitHistoryTests() {
        super("HX", "Thử");
    }

    @BeforeEach
    void membersSince2010() {
        addFourMembers();
    }

    @Test
    void aUnitRenamedTwiceShowsEachNameOnItsDates() {
        reorganiser.rename(staff, on(LocalDate.of(2020, 3, 1), "5-QĐ/HU"), a.id(), "Xã A Mới");
        reorganiser.rename(staff, on(LocalDate.of(2022, 5, 1), "9-QĐ/HU"), a.id(), "Xã A Hai");

        assertThat(versions.namesOn(List.of(a.id()), LocalDate.of(2019, 6, 1))).containsEntry(a.id(), "Xã A");
        assertThat(versions.namesOn(List.of(a.id()), LocalDate.of(2020, 2, 29))).containsEntry(a.id(), "Xã A");
        assertThat(versions.namesOn(List.of(a.id()), LocalDate.of(2020, 3, 1))).containsEntry(a.id(), "Xã A Mới");
        assertThat(versions.namesOn(List.of(a.id()), LocalDate.of(2022, 4, 30))).containsEntry(a.id(), "Xã A Mới");
        assertThat(versions.namesOn(List.of(a.id()), LocalDate.of(2023, 1, 1))).containsEntry(a.id(), "Xã A Hai");
        assertThat(organisation.find(a.id()).orElseThrow().name()).isEqualTo("Xã A Hai");

        UnitPage page = organisation.page(staff, a.id());
        assertThat(page.history())
                .extracting(
                        UnitPage.HistoryLine::from,
                        UnitPage.HistoryLine::to,
                        UnitPage.HistoryLine::name,
                        UnitPage.HistoryLine::event,
                        UnitPage.HistoryLine::decision)
                .containsExactly(
                        tuple(
                                LocalDate.of(2022, 5, 1),
                                null,
                                "Xã A Hai",
                                OrgEventKind.RENAMED,
                                "9-QĐ/HU 01/05/2022 — Tỉnh ủy Thử"),
                        tuple(
                                LocalDate.of(2020, 3, 1),
                                LocalDate.of(2022, 5, 1),
                                "Xã A Mới",
                                OrgEventKind.RENAMED,
                                "5-QĐ/HU 01/03/2020 — Tỉnh ủy Thử"),
                        tuple(null, LocalDate.of(2020, 3, 1), "Xã A", null, null));
    }

    @Test
    void aChangeBeforeALaterOneIsRefusedAndAChangeInTheFutureToo() {
        reorganiser.rename(staff, on(LocalDate.of(2022, 5, 1), "9-QĐ/HU"), a.id(), "Xã A Hai");

        assertThatThrownBy(() -> reorganiser.rename(staff, on(LocalDate.of(2021, 1, 1), "2-QĐ/HU"), a.id(), "Xã A Cũ"))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("unit.laterChanges");
        assertThatThrownBy(
                        () -> reorganiser.rename(staff, on(LocalDate.now().plusDays(1), "3-QĐ/HU"), a.id(), "Xã Sau"))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("unit.dateInFuture");
        assertThat(versions.of(a.id())).hasSize(2);
    }

    @Test
    void theReformKeepsEveryMembershipPeriodAndPlacesTheUnitsUnderTheirNewParents() {
        List<String> periodsBefore = periods();

        reform();

        assertThat(periods()).isEqualTo(periodsBefore);
        // today: the branches under the new commune, the old communes ended and kept under it, the district
        // ended and kept under the province
        assertThat(organisation.find(a1.id()).orElseThrow())
                .extracting(UnitView::parentId, UnitView::path, UnitView::status)
                .containsExactly(merged.id(), province.path() + merged.id() + "/" + a1.id() + "/", UnitStatus.ACTIVE);
        assertThat(organisation.find(b1.id()).orElseThrow().parentId()).isEqualTo(merged.id());
        assertThat(organisation.find(a.id()).orElseThrow())
                .extracting(UnitView::parentId, UnitView::status, UnitView::dissolvedOn, UnitView::dissolutionDecision)
                .containsExactly(merged.id(), UnitStatus.ENDED, REFORM, "1-QĐ/TU");
        assertThat(organisation.find(c.id()).orElseThrow())
                .extracting(UnitView::parentId, UnitView::path, UnitView::status)
                .containsExactly(province.id(), province.path() + c.id() + "/", UnitStatus.ACTIVE);
        assertThat(organisation.find(c1.id()).orElseThrow().path())
                .isEqualTo(province.path() + c.id() + "/" + c1.id() + "/");
        assertThat(organisation.find(district.id()).orElseThrow())
                .extracting(UnitView::parentId, UnitView::status)
                .containsExactly(province.id(), UnitStatus.ENDED);
        assertThat(province.levelRole()).isEqualTo(LevelRole.PROVINCE);

        // the new commune names where it came from, and each old commune where it went
        assertThat(organisation.page(staff, merged.id()).predecessors())
                .extracting(UnitPage.LinkedUnit::label)
                .containsExactlyInAnyOrder("Xã A", "Xã B");
        assertThat(organisation.page(staff, a.id()).successors())
                .extracting(UnitPage.LinkedUnit::label)
                .containsExactly("Xã Hợp Nhất");
    }

    @Test
    void theTreeOfADayHasThatDaysNamesPlacesAndMembers() {
        reorganiser.rename(staff, on(LocalDate.of(2020, 3, 1), "5-QĐ/HU"), a.id(), "Xã A Mới");
        reform();

        UnitNode before = organisation.treeOn(staff, district.id(), LocalDate.of(2019, 6, 1));
        assertThat(before.absent()).isFalse();
        assertThat(before.unit().name()).isEqualTo(district.name());
        assertThat(before.members()).isEqualTo(4);
        assertThat(before.children())
                .extracting(node -> node.unit().name(), UnitNode::members)
                .containsExactly(tuple("Xã A", 2L), tuple("Xã B", 1L), tuple("Xã C", 1L));

        UnitNode renamed = organisation.treeOn(staff, district.id(), LocalDate.of(2021, 1, 1));
        assertThat(renamed.children())
                .extracting(node -> node.unit().name())
                .containsExactly("Xã A Mới", "Xã B", "Xã C");

        // the province did not exist in 2019: its tree of 2019 is the district as it stood
        UnitNode provinceIn2019 = organisation.treeOn(staff, province.id(), LocalDate.of(2019, 6, 1));
        assertThat(provinceIn2019.absent()).isTrue();
        assertThat(provinceIn2019.children())
                .extracting(node -> node.unit().id())
                .containsExactly(district.id());
        assertThat(provinceIn2019.children().get(0).children())
                .extracting(node -> node.unit().name())
                .containsExactly("Xã A", "Xã B", "Xã C");

        // after the reform: the new commune holds the branches of A and B, and the ended communes
        UnitNode after = organisation.treeOn(staff, province.id(), LocalDate.of(2026, 1, 1));
        assertThat(after.absent()).isFalse();
        assertThat(after.members()).isEqualTo(4);
        UnitNode newCommune = after.children().stream()
                .filter(node -> node.unit().id() == merged.id())
                .findFirst()
                .orElseThrow();
        assertThat(newCommune.members()).isEqualTo(3);
        assertThat(newCommune.children())
                .extracting(node -> node.unit().name(), node -> node.unit().status())
                .containsExactly(
                        tuple("Chi bộ Ấp A1", UnitStatus.ACTIVE),
                        tuple("Chi bộ Ấp B1", UnitStatus.ACTIVE),
                        tuple("Xã A Mới", UnitStatus.ENDED),
                        tuple("Xã B", UnitStatus.ENDED));
    }

    @Test
    void whoeverReadsTheNewCommuneReadsItsPredecessorsPastButNotAnotherCommunes() {
        reform();
        Actor official =
                new Actor(staff.userId(), "xa.thu", "Cán bộ xã", Role.COMMUNE_OFFICIAL, merged.id(), merged.path());

        assertThat(organisation.get(official, a.id()).name()).isEqualTo("Xã A");
        assertThat(organisation.get(official, a1.id()).name()).isEqualTo("Chi bộ Ấp A1");
        assertThatThrownBy(() -> organisation.get(official, c1.id())).isInstanceOf(NotFoundException.class);
        assertThat(organisation
                        .treeOn(official, merged.id(), LocalDate.of(2019, 6, 1))
                        .children())
                .extracting(node -> node.unit().name())
                .containsExactly("Xã A", "Xã B");
    }

    @Test
    void endingAUnitThatStillHasActiveUnitsChangesNothing() {
        UnitView province = reorganiser.establish(
                staff,
                on(REFORM, "1-QĐ/TU"),
                "HY" + n,
                "Tỉnh Thử",
                UnitKind.PROVINCE,
                LevelRole.PROVINCE,
                demo.unit("TH"));
        int versionsBefore = versions.of(district.id()).size();

        assertThatThrownBy(() -> reorganiser.end(staff, on(REFORM, "1-QĐ/TU"), district.id(), province.id()))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("unit.endHasActiveUnits");

        assertThat(versions.of(district.id())).hasSize(versionsBefore);
        assertThat(organisation.find(district.id()).orElseThrow().status()).isEqualTo(UnitStatus.ACTIVE);
        assertThat(organisation.find(a.id()).orElseThrow().parentId()).isEqualTo(district.id());
    }

    @Test
    void aDissolvedBranchHasTwoVersionsAndItsDissolutionAsAnEvent() {
        UnitView agency = loader.registerChild(c.id(), "HX" + n + "-CQ", "Chi bộ Cơ quan", UnitKind.AGENCY);

        organisation.dissolve(staff, agency.id(), new DissolveForm("7-QĐ/HU", LocalDate.of(2019, 1, 15)));

        assertThat(versions.of(agency.id()))
                .extracting(
                        UnitVersions.Version::validFrom, UnitVersions.Version::validTo, UnitVersions.Version::status)
                .containsExactly(
                        tuple(null, LocalDate.of(2019, 1, 15), UnitStatus.ACTIVE),
                        tuple(LocalDate.of(2019, 1, 15), null, UnitStatus.DISSOLVED));
        assertThat(versions.eventsOf(agency.id()))
                .extracting(
                        UnitVersions.Event::kind, UnitVersions.Event::effectiveOn, UnitVersions.Event::decisionNumber)
                .containsExactly(tuple(OrgEventKind.DISSOLVED, LocalDate.of(2019, 1, 15), "7-QĐ/HU"));
        assertThat(organisation.treeOn(staff, c.id(), LocalDate.of(2019, 1, 14)).children())
                .extracting(node -> node.unit().name(), node -> node.unit().status())
                .containsExactly(tuple("Chi bộ Cơ quan", UnitStatus.ACTIVE), tuple("Chi bộ Ấp C1", UnitStatus.ACTIVE));
    }
}
