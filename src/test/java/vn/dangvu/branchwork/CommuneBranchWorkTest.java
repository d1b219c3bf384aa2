package vn.dangvu.branchwork;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.member.MemberService;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.Fixtures;

/**
 * Branch work in a commune built for each test, whose figures are worked out by hand. Hamlet 0: one
 * member since 2010, one who moves in from hamlet 1 on 01/06/2024, one commune leader.
 */
abstract class CommuneBranchWorkTest extends DemoDistrictTest {

    @Autowired
    MeetingService meetings;

    @Autowired
    DutyService duties;

    @Autowired
    LiaisonService liaisons;

    @Autowired
    BranchWorkOverview overview;

    @Autowired
    MemberService members;

    Fixtures.Commune commune;
    long hamlet;
    long settled;
    long newcomer;
    long leader;

    @BeforeEach
    void buildCommune() {
        commune = fixtures.commune(2);
        hamlet = commune.hamlet(0).id();
        settled = fixtures.member("Đào Văn Ở Lâu", commune.hamlet(0), commune.hamlet(0), null);
        newcomer = fixtures.member("Lưu Thị Mới Đến", commune.hamlet(1), commune.hamlet(0), null);
        members.moveToBranch(newcomer, hamlet, LocalDate.of(2024, 6, 1), null);
        leader = fixtures.leader("Quách Văn Lãnh Đạo", commune.hamlet(0), commune.hamlet(0));
    }
}
