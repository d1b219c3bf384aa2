package vn.dangvu.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.dangvu.account.loading.AccountLoader;
import vn.dangvu.branchwork.AttendanceForm;
import vn.dangvu.branchwork.AttendanceStatus;
import vn.dangvu.branchwork.DutyStatus;
import vn.dangvu.branchwork.GuestKind;
import vn.dangvu.branchwork.MeetingForm;
import vn.dangvu.branchwork.MeetingKind;
import vn.dangvu.branchwork.loading.BranchWorkLoader;
import vn.dangvu.evaluation.Rating;
import vn.dangvu.evaluation.loading.EvaluationLoader;
import vn.dangvu.member.MemberService;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.member.MemberStay;
import vn.dangvu.member.MemberSummary;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Role;

/**
 * Branch work for the demo district: monthly meetings since 2019 with attendance and contributions,
 * duties and ratings for recent years, liaisons and their visits. Some branches show the report's
 * weaknesses: in Tân Thành B and An Phước the secretaries give no duties to commune leaders; in Tân
 * Thành A and Tân Phước commune cadres speak in a directing tone and contribute little. Every branch holds a
 * regular meeting each month and a thematic one in each quarter's last month, except that one hamlet in seven
 * skipped February's regular meeting and the first quarter's thematic one this year, and one in five skipped
 * July's regular meeting and the third quarter's thematic one last year (the compliance view shows them).
 */
@Component
@RequiredArgsConstructor
class DemoBranchWork {

    private static final Set<String> NO_DUTIES_FOR_LEADERS = Set.of("TH-TTB", "TH-AP");
    private static final Set<String> DIRECTING_TONE = Set.of("TH-TTA", "TH-TP");
    private static final List<String> TOPICS = List.of(
            "Đánh giá kết quả tháng, triển khai nhiệm vụ tháng tới",
            "Vận động nhân dân xây dựng nông thôn mới",
            "Bảo đảm an ninh trật tự trên địa bàn ấp",
            "Chăm lo gia đình chính sách, hộ nghèo",
            "Phòng, chống dịch bệnh trên cây lúa",
            "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh");

    private final OrganisationService organisation;
    private final MemberService members;
    private final BranchWorkLoader branchWork;
    private final EvaluationLoader evaluations;
    private final AccountLoader accounts;

    /**
     * {@code districtMembers}: by account (lanhdao, huyenuy.an, huyenuy.binh), the member with a seat on the
     * district committee whom that account stands for as a liaison.
     */
    void load(
            UnitView district,
            long leaderId,
            Map<String, Long> districtMembers,
            LocalDate today,
            Runnable writeAndForget) {
        Random random = new Random(2019);
        long an = accounts.createSystemAccount(
                "huyenuy.an",
                DemoDataLoader.DEMO_PASSWORD,
                "Trần Văn An (Huyện ủy viên)",
                Role.DISTRICT_LEADER,
                district.id());
        long binh = accounts.createSystemAccount(
                "huyenuy.binh",
                DemoDataLoader.DEMO_PASSWORD,
                "Lê Thị Bình (Huyện ủy viên)",
                Role.DISTRICT_LEADER,
                district.id());
        List<Long> liaisonUsers = List.of(leaderId, an, binh);
        Map<Long, Long> memberOf = Map.of(
                leaderId, districtMembers.get("lanhdao"),
                an, districtMembers.get("huyenuy.an"),
                binh, districtMembers.get("huyenuy.binh"));
        List<UnitView> hamlets =
                organisation.subtreeOfKinds(district.path(), EnumSet.of(UnitKind.HAMLET, UnitKind.QUARTER), true);
        Map<Long, UnitView> communes =
                organisation.findAll(hamlets.stream().map(UnitView::parentId).toList());
        int index = 0;
        for (UnitView hamlet : hamlets) {
            String communeCode = communes.get(hamlet.parentId()).code();
            // two of every three hamlets have a liaison; the rest show "no liaison visit"
            Long liaison = index % 3 == 2 ? null : liaisonUsers.get(index % liaisonUsers.size());
            if (liaison != null) {
                branchWork.assignLiaison(liaison, hamlet.id(), memberOf.get(liaison), LocalDate.of(2019, 3, 1));
            }
            loadBranch(hamlet, communeCode, liaison, today, random, index);
            writeAndForget.run();
            index++;
        }
    }

    private void loadBranch(
            UnitView branch, String communeCode, Long liaison, LocalDate today, Random random, int index) {
        List<MemberStay> stays = members.staysIn(branch.id());
        Map<Long, MemberSummary> people =
                members
                        .findAll(stays.stream()
                                .map(MemberStay::memberId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(MemberSummary::id, Function.identity()));
        boolean directing = DIRECTING_TONE.contains(communeCode);
        List<BranchWorkLoader.PlannedMeeting> planned = new ArrayList<>();
        // the thematic meetings draw from their own sequence, so the regular ones stay as they were
        Random thematicRandom = new Random(branch.id());
        for (LocalDate date = LocalDate.of(2019, 1, 5); !date.isAfter(today); date = date.plusMonths(1)) {
            LocalDate on = date;
            List<AttendanceForm.Row> rows = new ArrayList<>();
            for (MemberStay stay : stays) {
                if (stay.covers(on)) {
                    rows.add(attendance(people.get(stay.memberId()), directing, random));
                }
            }
            MeetingForm meeting = new MeetingForm(
                    on,
                    MeetingKind.REGULAR,
                    TOPICS.get(random.nextInt(TOPICS.size())),
                    "Chi bộ thống nhất thực hiện các nhiệm vụ đã đề ra; phân công đảng viên phụ trách từng tổ.");
            List<BranchWorkLoader.Guest> guests =
                    liaison != null && on.getMonthValue() % 4 == 1 && random.nextInt(3) > 0
                            ? List.of(new BranchWorkLoader.Guest(
                                    GuestKind.LIAISON,
                                    "Huyện ủy viên",
                                    liaison,
                                    "Đề nghị chi bộ phân công nhiệm vụ cụ thể cho đảng viên công tác tại xã."))
                            : List.of();
            if (!skips(index, on, today, false)) {
                planned.add(new BranchWorkLoader.PlannedMeeting(meeting, rows, guests));
            }
            LocalDate thematicOn = on.withDayOfMonth(20);
            if (on.getMonthValue() % 3 == 0 && !skips(index, on, today, true)) {
                List<AttendanceForm.Row> present = new ArrayList<>();
                if (!thematicOn.isAfter(today)) {
                    for (MemberStay stay : stays) {
                        if (stay.covers(thematicOn)) {
                            present.add(attendance(people.get(stay.memberId()), false, thematicRandom));
                        }
                    }
                }
                planned.add(new BranchWorkLoader.PlannedMeeting(
                        new MeetingForm(
                                thematicOn,
                                MeetingKind.THEMATIC,
                                "Chuyên đề: " + TOPICS.get(5),
                                "Chi bộ thống nhất nội dung chuyên đề và phân công đảng viên thực hiện."),
                        present,
                        List.of()));
            }
        }
        LocalDate nextMeeting = today.withDayOfMonth(1).plusMonths(1).withDayOfMonth(5);
        planned.add(new BranchWorkLoader.PlannedMeeting(
                new MeetingForm(nextMeeting, MeetingKind.REGULAR, TOPICS.get(0), null), List.of(), List.of()));
        // a branch's years of monthly meetings in a few statements: most of the demo's rows
        branchWork.recordMeetings(branch.id(), planned, "demo");
        loadDutiesAndRatings(branch, communeCode, people, today, random);
    }

    /**
     * Whether the hamlet skipped the month's regular meeting (the quarter's thematic one): one in seven
     * February and the first quarter of this year, one in five July and the third quarter of last year.
     */
    private static boolean skips(int index, LocalDate on, LocalDate today, boolean thematic) {
        int quarter = (on.getMonthValue() - 1) / 3 + 1;
        boolean thisYear = on.getYear() == today.getYear();
        boolean lastYear = on.getYear() == today.getYear() - 1;
        return thematic
                ? (index % 7 == 3 && thisYear && quarter == 1) || (index % 5 == 1 && lastYear && quarter == 3)
                : (index % 7 == 3 && thisYear && on.getMonthValue() == 2)
                        || (index % 5 == 1 && lastYear && on.getMonthValue() == 7);
    }

    private static final List<String> ABSENCE_REASONS =
            List.of("Ốm", "Đi công tác", "Việc gia đình", "Đi làm ăn xa", "Chăm người nhà nằm viện");

    private static AttendanceForm.Row attendance(MemberSummary person, boolean directingBranch, Random random) {
        if (person.status() == MemberStatus.EXEMPT) {
            return new AttendanceForm.Row(person.id(), AttendanceStatus.EXEMPT, false, false, false, null);
        }
        boolean cadre = person.group().worksAtCommune();
        int roll = random.nextInt(100);
        AttendanceStatus status = roll < (cadre ? 78 : 88)
                ? AttendanceStatus.PRESENT
                : roll < 95 ? AttendanceStatus.EXCUSED : AttendanceStatus.ABSENT;
        if (status != AttendanceStatus.PRESENT) {
            String reason = status == AttendanceStatus.EXCUSED
                    ? ABSENCE_REASONS.get((int) (person.id() % ABSENCE_REASONS.size()))
                    : null;
            return new AttendanceForm.Row(person.id(), status, false, false, false, reason);
        }
        boolean spoke = random.nextInt(100) < (cadre ? 45 : 25);
        boolean directing = directingBranch && cadre && person.leader() && spoke && random.nextInt(100) < 40;
        boolean contributed = !directing && random.nextInt(100) < (directingBranch && cadre ? 8 : 25);
        return new AttendanceForm.Row(
                person.id(),
                status,
                spoke,
                contributed,
                directing,
                directing ? "Phát biểu theo kiểu chỉ đạo, chưa gợi mở cho đảng viên ấp" : null);
    }

    private void loadDutiesAndRatings(
            UnitView branch, String communeCode, Map<Long, MemberSummary> people, LocalDate today, Random random) {
        boolean hesitant = NO_DUTIES_FOR_LEADERS.contains(communeCode);
        int thisYear = today.getYear();
        for (int year = thisYear - 2; year <= thisYear; year++) {
            List<MemberSummary> listed =
                    members.inBranchDuring(branch.id(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            List<BranchWorkLoader.AssignedDuty> given = new ArrayList<>();
            for (MemberSummary person : listed) {
                boolean skip = (hesitant && person.leader()) || random.nextInt(100) < 6;
                if (!skip) {
                    DutyStatus status = year < thisYear
                            ? (random.nextInt(100) < 90 ? DutyStatus.DONE : DutyStatus.NOT_DONE)
                            : (random.nextInt(100) < 60 ? DutyStatus.IN_PROGRESS : DutyStatus.ASSIGNED);
                    given.add(new BranchWorkLoader.AssignedDuty(person.id(), field(person), dutyTitle(person), status));
                }
                if (year < thisYear && people.containsKey(person.id())) {
                    int roll = random.nextInt(100);
                    Rating rating = roll < 12
                            ? Rating.EXCELLENT
                            : roll < 80 ? Rating.GOOD : roll < 98 ? Rating.PASS : Rating.FAIL;
                    if (year >= SCORED_FROM) {
                        evaluations.recordScore(person.id(), year, score(roll), rating == Rating.EXCELLENT);
                    } else {
                        evaluations.recordRating(person.id(), year, rating == Rating.FAIL ? Rating.PASS : rating);
                    }
                }
            }
            branchWork.recordDuties(branch.id(), year, given, "demo");
            if (year < thisYear) {
                evaluations.recordBranchRating(
                        branch.id(), year, random.nextInt(4) == 0 ? Rating.EXCELLENT : Rating.GOOD);
            }
        }
    }

    /** The first year rated by a 100-point score (366-QĐ/TW). */
    private static final int SCORED_FROM = 2025;

    /**
     * A score in the band of the grade the same roll gives before 2025 (a failing roll passes, as there), so
     * that the demo's scored years keep the shares of its earlier years.
     */
    private static BigDecimal score(int roll) {
        int points = roll < 12 ? 90 + roll % 10 : roll < 80 ? 70 + roll % 20 : 50 + roll % 20;
        return BigDecimal.valueOf(points);
    }

    private static String field(MemberSummary person) {
        return switch (person.group()) {
            case NON_REGULAR_POLICE -> "An ninh trật tự";
            case ORGANISATION_CADRE, INSPECTION_CADRE -> "Xây dựng Đảng";
            case PROPAGANDA_CADRE -> "Tuyên truyền";
            case FATHERLAND_FRONT, SOCIO_POLITICAL_ORGANISATION -> "Dân vận";
            default -> "Kinh tế - xã hội";
        };
    }

    private static String dutyTitle(MemberSummary person) {
        return switch (person.group()) {
            case NON_REGULAR_POLICE -> "Nắm tình hình an ninh trật tự tổ dân cư";
            case ORGANISATION_CADRE, INSPECTION_CADRE -> "Hướng dẫn chi bộ thực hiện quy trình đánh giá đảng viên";
            case PROPAGANDA_CADRE -> "Thông tin thời sự tại buổi sinh hoạt chi bộ";
            case COMMUNE_CIVIL_SERVANT, NON_SPECIALISED_WORKER -> "Giải đáp thủ tục hành chính cho bà con trong ấp";
            case FATHERLAND_FRONT, SOCIO_POLITICAL_ORGANISATION -> "Vận động hội viên tham gia mô hình kinh tế";
            default -> "Phụ trách tổ nhân dân tự quản";
        };
    }
}
