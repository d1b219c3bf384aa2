package vn.dangvu.branchwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.member.CommitteeRole;
import vn.dangvu.member.MemberService;
import vn.dangvu.member.MemberSummary;
import vn.dangvu.member.loading.MemberLoader;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.Scope;
import vn.dangvu.support.DemoUsers;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;

/**
 * The figures that count "commune leaders and committee members" ask who was one on the last day of their
 * period. One hamlet, four members, no other seat in the commune:
 * <ul>
 *   <li>Seat: ủy viên ban chấp hành of the commune 01/10/2020–30/06/2025 (term 2020–2025), no duty;
 *   <li>Key: lãnh đạo chủ chốt of the commune from 01/03/2025, no duty;
 *   <li>Branch: chi ủy viên (a seat in the hamlet branch's own committee) from 2015: not a leader;
 *   <li>Lasting: ủy viên ban chấp hành of the commune from 01/10/2020, still; a duty in 2024 and 2025.
 * </ul>
 * 2024 (as of 31/12/2024): leaders Seat and Lasting, one of them with a duty. 2025 (31/12/2025): Key and
 * Lasting. On the duties page of a year, each is marked a leader as of that year's end.
 */
@IntegrationTest
class LeaderFiguresTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    MemberLoader loader;

    @Autowired
    MemberService members;

    @Autowired
    DutyService duties;

    @Autowired
    BranchWorkOverview overview;

    @Autowired
    DemoUsers users;

    @Autowired
    LiaisonService liaisons;

    Actor staff;
    Fixtures.Commune commune;
    long seat;
    long key;
    long branch;
    long lasting;

    @BeforeEach
    void setUp() {
        staff = users.actor("tochuc");
        commune = fixtures.commune(1);
        var hamlet = commune.hamlet(0);
        long communeId = commune.commune().id();
        seat = fixtures.member("Bạch Văn Nhiệm Kỳ", hamlet, hamlet, null);
        key = fixtures.member("Bạch Thị Chủ Chốt", hamlet, hamlet, null);
        branch = fixtures.member("Bạch Văn Chi Ủy", hamlet, hamlet, null);
        lasting = fixtures.member("Bạch Văn Còn Đó", hamlet, hamlet, null);
        loader.recordCommitteePeriod(
                seat,
                communeId,
                CommitteeRole.COMMITTEE_MEMBER,
                "2020–2025",
                LocalDate.of(2020, 10, 1),
                LocalDate.of(2025, 6, 30));
        loader.recordCommitteePeriod(key, communeId, CommitteeRole.KEY_LEADER, null, LocalDate.of(2025, 3, 1), null);
        loader.recordCommitteePeriod(
                branch, hamlet.id(), CommitteeRole.COMMITTEE_MEMBER, null, LocalDate.of(2015, 1, 1), null);
        loader.recordCommitteePeriod(
                lasting, communeId, CommitteeRole.COMMITTEE_MEMBER, "2020–2025", LocalDate.of(2020, 10, 1), null);
        for (int year : new int[] {2024, 2025}) {
            duties.assign(staff, hamlet.id(), year, new DutyForm(lasting, null, "Dân vận", "Phụ trách tổ 1", null));
        }
    }

    @Test
    void shouldCountTheLeadersOfEachYearOnItsLastDay() {
        assertThat(coverage(2024)).containsExactly(4L, 1L, 2L, 1L);
        assertThat(coverage(2025)).containsExactly(4L, 1L, 2L, 1L);
        assertThat(hamletFigures(2024).leadersWithoutDuty()).isEqualTo(1);
        assertThat(hamletFigures(2025).leadersWithoutDuty()).isEqualTo(1);
        // 2019: only the branch's own committee member held a seat, and that does not count
        assertThat(coverage(2019)).containsExactly(4L, 0L, 0L, 0L);
    }

    @Test
    void shouldMarkWhoWasALeaderAtTheEndOfTheYearListed() {
        assertThat(leaders(2024)).containsExactlyInAnyOrder(seat, lasting);
        assertThat(leaders(2025)).containsExactlyInAnyOrder(key, lasting);
    }

    @Test
    void shouldAssignALiaisonOnlyForACommitteeMemberAboveTheBranchToday() {
        long hamlet = commune.hamlet(0).id();
        long account = users.actor("huyenuy.binh").userId();
        // Seat's term ended on 30/06/2025; Branch sits on the hamlet's own committee, not one above it
        for (long refused : new long[] {seat, branch}) {
            assertThatThrownBy(() -> liaisons.assign(staff, account, hamlet, refused))
                    .isInstanceOfSatisfying(
                            BusinessRuleException.class,
                            e -> assertThat(e.violations())
                                    .extracting(v -> v.field() + " " + v.code())
                                    .containsExactly("memberId liaison.notACommitteeMemberAbove"));
        }
        liaisons.assign(staff, account, hamlet, lasting);
        assertThat(liaisons.assignments(staff))
                .filteredOn(a -> a.branchName().equals(commune.hamlet(0).name())
                        && a.communeName().equals(commune.commune().name()))
                .singleElement()
                .satisfies(a -> assertThat(a.memberName()).isEqualTo("Bạch Văn Còn Đó"));
    }

    /** Members, with a duty, leaders, leaders with a duty: the summary's duty coverage as of 31/12. */
    private List<Long> coverage(int year) {
        var c = overview.summary(Scope.of(commune.commune().path()), LocalDate.of(year, 12, 31))
                .duties();
        return List.of(c.members(), c.withDuty(), c.leaders(), c.leadersWithDuty());
    }

    private BranchWorkViews.BranchFigures hamletFigures(int year) {
        return overview.overview(staff, commune.commune().id(), year, null).stream()
                .filter(f -> f.branchId() == commune.hamlet(0).id())
                .findFirst()
                .orElseThrow();
    }

    private List<Long> leaders(int year) {
        return members
                .inBranchDuring(commune.hamlet(0).id(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .stream()
                .filter(MemberSummary::leader)
                .map(MemberSummary::id)
                .toList();
    }
}
