package vn.dangvu.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.member.MemberService;
import vn.dangvu.organisation.domain.UnitQueries;
import vn.dangvu.organisation.loading.OrganisationLoader;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.ForbiddenException;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.Role;
import vn.dangvu.shared.Scope;
import vn.dangvu.support.DemoData;
import vn.dangvu.support.DemoUsers;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;

@IntegrationTest
class OrganisationServiceTests {

    @Autowired
    OrganisationService organisation;

    @Autowired
    OrganisationLoader loader;

    @Autowired
    MemberService members;

    @Autowired
    DemoUsers users;

    @Autowired
    DemoData demo;

    @Test
    void shouldReadUnitRowsWithEveryColumnIncludingTheNullOnes(
            @Autowired Fixtures fixtures, @Autowired UnitQueries unitQueries) {
        Fixtures.Commune commune = fixtures.commune(2);
        UnitView top = commune.commune();
        organisation.dissolve(
                users.actor("tochuc"), commune.agency().id(), new DissolveForm("7-QĐ/HU", LocalDate.of(2024, 5, 6)));

        List<UnitView> units = unitQueries.subtreeOfKinds(Scope.of(top.path()), EnumSet.allOf(UnitKind.class), false);

        // tree order is the order of the materialised paths: the commune first, its branches after it in
        // the string order of their ids (which the fixtures do not fix)
        assertThat(units.get(0).id()).isEqualTo(top.id());
        assertThat(units)
                .extracting(
                        UnitView::id,
                        UnitView::name,
                        UnitView::kind,
                        UnitView::status,
                        UnitView::parentId,
                        UnitView::dissolvedOn,
                        UnitView::dissolutionDecision)
                .containsExactlyInAnyOrder(
                        tuple(top.id(), top.name(), UnitKind.COMMUNE, UnitStatus.ACTIVE, demo.unit("TH"), null, null),
                        tuple(
                                commune.agency().id(),
                                "Chi bộ Cơ quan xã",
                                UnitKind.AGENCY,
                                UnitStatus.DISSOLVED,
                                top.id(),
                                LocalDate.of(2024, 5, 6),
                                "7-QĐ/HU"),
                        tuple(
                                commune.hamlet(0).id(),
                                "Chi bộ Ấp 1",
                                UnitKind.HAMLET,
                                UnitStatus.ACTIVE,
                                top.id(),
                                null,
                                null),
                        tuple(
                                commune.hamlet(1).id(),
                                "Chi bộ Ấp 2",
                                UnitKind.HAMLET,
                                UnitStatus.ACTIVE,
                                top.id(),
                                null,
                                null));
        assertThat(units.get(0))
                .extracting(UnitView::code, UnitView::path, UnitView::version)
                .containsExactly(top.code(), top.path(), 0L);
        assertThat(unitQueries.choicesOfSubtree(Scope.of(top.path()), UnitKind.BRANCH_KINDS, true, 10))
                .containsExactly(
                        new UnitChoice(commune.hamlet(0).id(), "Chi bộ Ấp 1 — " + top.name()),
                        new UnitChoice(commune.hamlet(1).id(), "Chi bộ Ấp 2 — " + top.name()));
    }

    @Test
    void shouldShowTheDemoDistrictAsATreeWithMemberCounts() {
        UnitNode tree = organisation.tree(users.actor("tochuc"));

        assertThat(tree.unit().name()).isEqualTo("Đảng bộ huyện Tân Hồng");
        assertThat(tree.children())
                .filteredOn(n -> n.unit().code().startsWith("TH-"))
                .hasSize(9);
        long attending = demo.count("select count(*) from membership_period where ended_on is null");
        assertThat(tree.members()).isEqualTo(attending);
        UnitNode thongBinh = tree.children().stream()
                .filter(n -> n.unit().code().equals("TH-TB"))
                .findFirst()
                .orElseThrow();
        assertThat(thongBinh.children()).anySatisfy(branch -> {
            assertThat(branch.unit().kind()).isEqualTo(UnitKind.AGENCY);
            assertThat(branch.unit().active()).isFalse();
            assertThat(branch.unit().dissolutionDecision()).isNotBlank();
        });
    }

    @Test
    void shouldFoldAProvinceTreeBelowTheCommunesAndOpenAnyUnitOfTheScope() {
        long serial = System.nanoTime() % 1_000_000;
        UnitView province = loader.registerRoot("P" + serial, "Tỉnh thử " + serial, UnitKind.PROVINCE);
        UnitView district = loader.registerChild(province.id(), "P" + serial + "-H", "Huyện", UnitKind.DISTRICT);
        UnitView commune = loader.registerChild(district.id(), "P" + serial + "-X", "Xã", UnitKind.COMMUNE);
        loader.registerChild(commune.id(), "P" + serial + "-A", "Chi bộ Ấp", UnitKind.HAMLET);
        Actor staff = new Actor(0, "tinh", "Ban Tổ chức Tỉnh ủy", Role.DISTRICT_STAFF, province.id(), province.path());

        UnitNode whole = organisation.tree(staff);
        UnitNode shownCommune = whole.children().get(0).children().get(0);
        assertThat(shownCommune.unit().id()).isEqualTo(commune.id());
        assertThat(shownCommune.folded()).isTrue();
        assertThat(shownCommune.children()).isEmpty();

        UnitNode opened = organisation.tree(staff, commune.id());
        assertThat(opened.folded()).isFalse();
        assertThat(opened.children())
                .singleElement()
                .satisfies(b -> assertThat(b.unit().kind()).isEqualTo(UnitKind.HAMLET));
        assertThatThrownBy(() -> organisation.tree(users.actor("tochuc"), commune.id()))
                .as("a unit outside the district")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldOfferTheBranchFilterLabelledWithTheCommuneAndOnlyWithinTheScope() {
        Actor staff = users.actor("tochuc");
        long thongBinh = demo.unit("TH-TB");
        List<UnitChoice> all = organisation.branchFilter(staff, null);
        long activeBranches = demo.count("""
                select count(*) from org_unit where kind in ('HAMLET', 'QUARTER', 'AGENCY', 'OTHER')
                and status = 'ACTIVE' and path like (select path from org_unit where code = 'TH') || '%'""");
        // the branches other test classes add under the district may pass 300: then the filter waits for a
        // commune (shouldWaitForACommuneBeforeListingMoreThan300Branches)
        if (activeBranches <= 300) {
            assertThat(all).hasSize((int) activeBranches);
            assertThat(all).contains(new UnitChoice(demo.unit("TH-TB-A1"), "Chi bộ Ấp Bình Thạnh — Xã Thông Bình"));
        } else {
            assertThat(all).isEmpty();
        }

        List<UnitChoice> ofThongBinh = organisation.branchFilter(staff, thongBinh);
        assertThat(ofThongBinh)
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.label()).endsWith(" — Xã Thông Bình"));
        assertThat(organisation.branchFilter(users.actor("xa.tanhoco"), thongBinh))
                .as("a commune outside the scope")
                .isEmpty();
    }

    @Test
    void shouldWaitForACommuneBeforeListingMoreThan300Branches() {
        long serial = System.nanoTime() % 1_000_000;
        UnitView province = loader.registerRoot("F" + serial, "Tỉnh lọc " + serial, UnitKind.PROVINCE);
        UnitView commune = loader.registerChild(province.id(), "F" + serial + "-X", "Xã Lọc", UnitKind.COMMUNE);
        for (int i = 0; i <= 300; i++) {
            loader.registerChild(commune.id(), "F" + serial + "-A" + i, "Ấp " + i, UnitKind.HAMLET);
        }
        Actor staff = new Actor(0, "tinh", "Ban Tổ chức Tỉnh ủy", Role.DISTRICT_STAFF, province.id(), province.path());

        assertThat(organisation.branchFilter(staff, null)).isEmpty();
        assertThat(organisation.branchFilter(staff, commune.id()))
                .hasSize(301)
                .allSatisfy(c -> assertThat(c.label()).endsWith(" — Xã Lọc"));
    }

    @Test
    void shouldShowACommuneOfficialOnlyTheirCommune() {
        UnitNode tree = organisation.tree(users.actor("xa.tanhoco"));
        assertThat(tree.unit().code()).isEqualTo("TH-THC");
    }

    @Test
    void shouldRefuseToDissolveABranchWithMembersAndKeepIt() {
        Actor staff = users.actor("tochuc");
        long branch = demo.unit("TH-TB-A3");
        long attending =
                demo.count("select count(*) from membership_period where branch_id = ? and ended_on is null", branch);
        assertThat(attending).isPositive();

        assertThatThrownBy(() -> organisation.dissolve(staff, branch, new DissolveForm("01-QĐ/ĐU", LocalDate.now())))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("unit.dissolveHasMembers");
                    assertThat(e.arguments()).containsExactly(attending);
                });
        assertThat(organisation.get(staff, branch).active()).isTrue();
    }

    @Test
    void shouldDissolveAnEmptyBranchAndKeepItReadable() {
        Actor staff = users.actor("tochuc");
        UnitView branch = organisation.createBranch(
                staff, new BranchForm(demo.unit("TH-TB"), "T-EMPTY", "Chi bộ Trường học", UnitKind.OTHER));

        organisation.dissolve(staff, branch.id(), new DissolveForm("15-QĐ/ĐU", LocalDate.of(2025, 1, 2)));

        UnitView dissolved = organisation.get(staff, branch.id());
        assertThat(dissolved.status()).isEqualTo(UnitStatus.DISSOLVED);
        assertThat(dissolved.dissolvedOn()).isEqualTo(LocalDate.of(2025, 1, 2));
        assertThat(dissolved.dissolutionDecision()).isEqualTo("15-QĐ/ĐU");
        assertThatThrownBy(() -> organisation.dissolve(staff, branch.id(), new DissolveForm("16", LocalDate.now())))
                .hasMessage("unit.alreadyDissolved");
    }

    @Test
    void shouldRefuseDuplicateCodesAndSiblingNames() {
        Actor staff = users.actor("tochuc");
        long commune = demo.unit("TH-TB");
        assertThatThrownBy(() -> organisation.createBranch(
                        staff, new BranchForm(commune, "th-tb-a1", "Chi bộ Mới", UnitKind.HAMLET)))
                .hasMessage("unit.codeTaken");
        String existing = organisation.get(staff, demo.unit("TH-TB-A1")).name();
        assertThatThrownBy(() -> organisation.createBranch(
                        staff, new BranchForm(commune, "T-DUP", existing.toUpperCase(), UnitKind.HAMLET)))
                .hasMessage("unit.nameTaken");
    }

    @Test
    void shouldLetOnlyDistrictStaffChangeUnits() {
        long commune = demo.unit("TH-TB");
        BranchForm form = new BranchForm(commune, "T-NO", "Chi bộ Không", UnitKind.HAMLET);
        assertThatThrownBy(() -> organisation.createBranch(users.actor("xa.thongbinh"), form))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> organisation.createBranch(users.actor("lanhdao"), form))
                .isInstanceOf(ForbiddenException.class);
    }
}
