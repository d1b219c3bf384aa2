package vn.dangvu.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.member.domain.MemberQueries;
import vn.dangvu.organisation.BranchForm;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.Scope;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.support.MemberForms;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberSearchTests extends DemoDistrictTest {

    @Autowired
    MemberService members;

    @Autowired
    OrganisationService organisation;

    @Autowired
    MemberQueries queries;

    Actor staff;
    UnitView hamlet;

    @BeforeAll
    void createPeople() {
        staff = users.actor("tochuc");
        hamlet = organisation.createBranch(
                staff, new BranchForm(demo.unit("TH-TB"), "T-SEARCH", "Ấp Tìm Kiếm", UnitKind.HAMLET));
        for (String name : List.of("Nguyễn Văn Ánh", "Đặng Thị Ửng", "Nguyễn Vân Anh", "Trần Đức Quý")) {
            members.create(staff, MemberForms.form(name, hamlet.id()));
        }
    }

    @Test
    void shouldIgnoreDiacriticsAndCase() {
        assertThat(names("nguyen van anh")).containsExactlyInAnyOrder("Nguyễn Văn Ánh", "Nguyễn Vân Anh");
        assertThat(names("NGUYỄN VĂN ÁNH")).containsExactlyInAnyOrder("Nguyễn Văn Ánh", "Nguyễn Vân Anh");
        assertThat(names("TRAN DUC")).containsExactly("Trần Đức Quý");
        assertThat(names("ung")).containsExactly("Đặng Thị Ửng");
        assertThat(names("dang")).contains("Đặng Thị Ửng");
        assertThat(names("duc quy")).containsExactly("Trần Đức Quý");
    }

    /**
     * The search index starts with a member's top unit (V53), kept by triggers: the demo's reform of 1/7/2025
     * put the district under a new province (every path changed), and a member moved to another branch.
     */
    @Test
    void shouldKeepEveryMembersTopUnitAsTheirBranchsPathSays() {
        long mover = members.create(staff, MemberForms.form("Lưu Văn Dời", hamlet.id()));
        members.moveToBranch(mover, demo.unit("TH-TB-A1"), LocalDate.of(2024, 3, 1), null);
        long province = jdbc.sql("select id from org_unit where parent_id is null")
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("select count(distinct top_unit_id) from member")
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
        assertThat(jdbc.sql("select top_unit_id from member where id = :id")
                        .param("id", mover)
                        .query(Long.class)
                        .single())
                .isEqualTo(province);
        assertThat(jdbc.sql("select count(*) from member where top_unit_id is distinct from :province")
                        .param("province", province)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(search(staff, "luu van doi", null).items().stream().map(MemberRow::fullName))
                .containsExactly("Lưu Văn Dời");
    }

    @Test
    void shouldReadEveryColumnOnBothPagingPathsAndInTheExport(@Autowired MemberQueries queries) {
        long id = members.create(
                staff, MemberForms.withIdNumber(MemberForms.form("Ánh Xạ Thị Dòng", hamlet.id()), "099177700001"));
        MemberRow expected = new MemberRow(
                id,
                "Ánh Xạ Thị Dòng",
                LocalDate.of(1980, 2, 3),
                "099177700001",
                MemberGroup.COMMUNE_CIVIL_SERVANT,
                MemberStatus.ACTIVE,
                false,
                false,
                hamlet.id(),
                "Ấp Tìm Kiếm",
                "Xã Thông Bình",
                false,
                null,
                null,
                null);
        MemberSearch inHamlet = new MemberSearch(null, null, hamlet.id(), null, null);

        assertThat(queries.search(Scope.of("/"), new MemberSearch("anh xa thi dong", null, null, null, null), 0, 50)
                        .items())
                .containsExactly(expected);
        assertThat(queries.search(Scope.of("/"), inHamlet, 0, 50).items()).contains(expected);
        List<ExportRow> exported = new ArrayList<>();
        queries.export(Scope.of("/"), inHamlet, exported::add);
        assertThat(exported)
                .contains(ExportRow.of(new ExportRow.Person(
                        "Ánh Xạ Thị Dòng",
                        LocalDate.of(1980, 2, 3),
                        Gender.MALE,
                        "099177700001",
                        null,
                        LocalDate.of(2005, 6, 7),
                        LocalDate.of(2006, 6, 7),
                        "Xã Thông Bình",
                        "Ấp Tìm Kiếm",
                        null,
                        "Công chức",
                        "UBND xã",
                        MemberGroup.COMMUNE_CIVIL_SERVANT)));
    }

    /**
     * A term's matches are filtered, counted and sorted in their search rows (V63), and only the page's rows
     * are read from member: the filters, the order (given name first), the pages and the probationary count
     * as the members were written.
     */
    @Test
    void shouldFilterSortPageAndCountATermsMatches() {
        UnitView filtered = organisation.createBranch(
                staff, new BranchForm(demo.unit("TH-TB"), "T-LOC", "Ấp Bộ Lọc", UnitKind.HAMLET));
        members.create(staff, MemberForms.form("Bùi Văn Lọc Tâm", filtered.id()));
        members.create(
                staff,
                MemberForms.edit(
                        MemberForms.form("Bùi Thị Lọc An", filtered.id()), d -> d.group = MemberGroup.RETIRED));
        members.create(
                staff,
                MemberForms.admitted(
                        "Bùi Lọc Bình", filtered.id(), LocalDate.of(2026, 1, 5), null, LocalDate.of(2026, 1, 5)));
        members.create(staff, MemberForms.form("Bùi Văn Lọc Hà", hamlet.id()));

        assertThat(names(new MemberSearch("bui loc", null, null, null, null), 0, 20))
                .as("every match, in the order of their given name")
                .containsExactly("Bùi Lọc Bình");
        assertThat(names(new MemberSearch("loc", null, filtered.id(), null, null), 0, 20))
                .containsExactly("Bùi Thị Lọc An", "Bùi Lọc Bình", "Bùi Văn Lọc Tâm");
        assertThat(names(new MemberSearch("loc", null, filtered.id(), MemberGroup.RETIRED, null), 0, 20))
                .containsExactly("Bùi Thị Lọc An");
        assertThat(names(new MemberSearch("bui van loc", demo.unit("TH-TB"), null, null, null), 0, 20))
                .containsExactly("Bùi Văn Lọc Hà", "Bùi Văn Lọc Tâm");

        PageView<MemberRow> second =
                queries.search(Scope.of("/"), new MemberSearch("loc", null, filtered.id(), null, null), 1, 2);
        assertThat(second.items()).extracting(MemberRow::fullName).containsExactly("Bùi Văn Lọc Tâm");
        assertThat(second.total()).isEqualTo(3);
        assertThat(members.probationary(staff, new MemberSearch("loc", null, filtered.id(), null, null)))
                .isEqualTo(1);
        assertThat(members.probationary(staff, new MemberSearch("loc tam", null, filtered.id(), null, null)))
                .isZero();
    }

    private List<String> names(MemberSearch search, int page, int size) {
        return queries.search(Scope.of("/"), search, page, size).items().stream()
                .map(MemberRow::fullName)
                .toList();
    }

    @Test
    void shouldFindByIdNumber() {
        MemberRow someone = search(staff, "", null).items().get(0);
        PageView<MemberRow> found = search(staff, someone.idNumber(), null);
        assertThat(found.items()).extracting(MemberRow::id).containsExactly(someone.id());
    }

    @Test
    void shouldTreatWildcardsAndQuotesAsText() {
        long before = demo.count("select count(*) from member");
        assertThat(names("%")).isEmpty();
        assertThat(names("_")).isEmpty();
        assertThat(names("' or 1=1; drop table member; --")).isEmpty();
        assertThat(demo.count("select count(*) from member")).isEqualTo(before);
    }

    @Test
    void shouldListOnlyTheActorsScope() {
        Actor tanHoCo = users.actor("xa.tanhoco");
        assertThat(search(tanHoCo, "nguyen van anh", null).items()).isEmpty();
        PageView<MemberRow> all = search(tanHoCo, null, null);
        assertThat(all.items()).allSatisfy(row -> assertThat(row.communeName()).isEqualTo("Xã Tân Hộ Cơ"));
        long tanHoCoMembers = demo.count("""
                select count(*) from member m join org_unit b on b.id = m.branch_id join org_unit c on c.id = b.parent_id
                where c.code = 'TH-THC' and m.status <> 'LEFT'""");
        assertThat(all.total()).isEqualTo(tanHoCoMembers);
    }

    @Test
    void shouldPageThroughLongLists() {
        PageView<MemberRow> first = members.search(staff, MemberSearch.all(), 0);
        PageView<MemberRow> second = members.search(staff, MemberSearch.all(), 1);
        assertThat(first.items()).hasSize(PageView.DEFAULT_SIZE);
        assertThat(first.total()).isGreaterThan(1000);
        assertThat(second.items()).doesNotContainAnyElementsOf(first.items());
    }

    @Test
    void shouldCountASearchsMatchesOnEveryPageAndPastTheEnd() {
        MemberSearch nguyen = new MemberSearch("nguyen", null, null, null, null);
        long matches = demo.count("""
                select count(*) from member m join org_unit b on b.id = m.branch_id
                where m.status <> 'LEFT' and m.search_text like '%nguyen%'""");
        assertThat(matches).isGreaterThan(2L * PageView.DEFAULT_SIZE);
        PageView<MemberRow> first = members.search(staff, nguyen, 0);
        PageView<MemberRow> second = members.search(staff, nguyen, 1);
        PageView<MemberRow> beyond = members.search(staff, nguyen, PageView.LAST_PAGE);
        assertThat(first.total())
                .isEqualTo(second.total())
                .isEqualTo(beyond.total())
                .isEqualTo(matches);
        assertThat(first.items()).hasSize(PageView.DEFAULT_SIZE);
        assertThat(second.items()).hasSize(PageView.DEFAULT_SIZE).doesNotContainAnyElementsOf(first.items());
        assertThat(beyond.items()).isEmpty();
        assertThat(members.search(staff, new MemberSearch("khong-co-ai", null, null, null, null), 0)
                        .total())
                .isZero();
    }

    @Test
    void shouldFilterByBranchAndGroup() {
        long branch = demo.unit("TH-TB-A1");
        PageView<MemberRow> police =
                members.search(staff, new MemberSearch(null, null, branch, MemberGroup.NON_REGULAR_POLICE, null), 0);
        assertThat(police.items()).isNotEmpty().allSatisfy(row -> {
            assertThat(row.branchId()).isEqualTo(branch);
            assertThat(row.group()).isEqualTo(MemberGroup.NON_REGULAR_POLICE);
        });
    }

    @Test
    void shouldRenderTheSearchPageWithEscapedInput() throws Exception {
        mvc.perform(get("/members").param("q", "<script>alert(1)</script>").with(users.as("tochuc")))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(org.hamcrest.Matchers.containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<script>alert(1)"))));
    }

    private List<String> names(String q) {
        return search(staff, q, hamlet.id()).items().stream()
                .map(MemberRow::fullName)
                .toList();
    }

    private PageView<MemberRow> search(Actor actor, String q, Long branch) {
        return members.search(actor, new MemberSearch(q, null, branch, null, null), 0);
    }
}
