package vn.dangvu.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.dangvu.engagement.EngagementForms;
import vn.dangvu.engagement.EngagementService;
import vn.dangvu.engagement.RecognitionKind;
import vn.dangvu.engagement.SessionKind;
import vn.dangvu.member.MemberService;
import vn.dangvu.member.MemberSummary;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;

/**
 * Engagement records for the demo district: commendations of good models and reminders, residents'
 * concerns in every state (some overdue), and the district's annual dialogue with its follow-ups.
 */
@Component
@RequiredArgsConstructor
class DemoEngagement {

    private static final List<String> TOPICS = List.of(
            "Đường giao thông nông thôn xuống cấp",
            "Cấp giấy chứng nhận quyền sử dụng đất chậm",
            "Hỗ trợ hộ nghèo sửa nhà",
            "Ô nhiễm từ trại chăn nuôi",
            "Đèn đường khu dân cư hư hỏng");

    private final EngagementService engagement;
    private final OrganisationService organisation;
    private final MemberService members;

    void load(Actor staff, UnitView district, LocalDate today) {
        Random random = new Random(2021);
        List<UnitView> hamlets =
                organisation.subtreeOfKinds(district.path(), EnumSet.of(UnitKind.HAMLET, UnitKind.QUARTER), true);
        for (int i = 0; i < hamlets.size(); i++) {
            UnitView hamlet = hamlets.get(i);
            List<MemberSummary> people = members.inBranchDuring(hamlet.id(), today, today);
            if (i % 4 == 0 && !people.isEmpty()) {
                MemberSummary model = people.get(random.nextInt(people.size()));
                engagement.recognise(
                        staff,
                        new EngagementForms.RecognitionForm(
                                RecognitionKind.COMMENDATION,
                                model.id(),
                                null,
                                today.minusDays(30 + random.nextInt(200)),
                                "Ban Thường vụ Huyện ủy",
                                null,
                                "Gương điển hình trong vận động nhân dân xây dựng nông thôn mới"));
            }
            if (i % 7 == 3) {
                people.stream()
                        .filter(MemberSummary::leader)
                        .findFirst()
                        .ifPresent(
                                leader -> engagement.recognise(
                                        staff,
                                        new EngagementForms.RecognitionForm(
                                                RecognitionKind.REMINDER,
                                                leader.id(),
                                                null,
                                                today.minusDays(10 + random.nextInt(100)),
                                                "Đảng ủy xã",
                                                null,
                                                "Phát biểu tại sinh hoạt chi bộ ấp theo kiểu chỉ đạo, ít đóng góp vào nghị quyết")));
            }
            for (int c = 0; c < 2; c++) {
                LocalDate raised = today.minusDays(5 + random.nextInt(90));
                Long memberId = people.isEmpty()
                        ? null
                        : people.get(random.nextInt(people.size())).id();
                long id = engagement.raise(
                        staff,
                        new EngagementForms.ConcernForm(
                                hamlet.id(),
                                memberId,
                                "Hộ ông/bà " + (char) ('A' + random.nextInt(20)),
                                TOPICS.get(random.nextInt(TOPICS.size())),
                                null,
                                raised));
                int state = random.nextInt(3);
                if (state == 1) {
                    engagement.forward(staff, id, 0);
                } else if (state == 2) {
                    engagement.resolve(staff, id, 0, "Đảng ủy xã đã chỉ đạo bộ phận chuyên môn kiểm tra, giải quyết.");
                }
            }
        }
        for (int year = 2019; year <= today.getYear(); year++) {
            LocalDate held = LocalDate.of(year, 3, 15);
            if (held.isAfter(today)) {
                continue;
            }
            long session = engagement.hold(
                    staff,
                    new EngagementForms.SessionForm(
                            SessionKind.DIALOGUE,
                            district.id(),
                            held,
                            "Gặp gỡ, đối thoại với bí thư chi bộ ấp, khóm năm " + year,
                            "Bí thư, các Phó Bí thư Huyện ủy; bí thư chi bộ ấp, khóm",
                            "Phân công nhiệm vụ cho đảng viên công tác tại xã; "
                                    + "nâng cao chất lượng sinh hoạt chi bộ."));
            engagement.addFollowUp(
                    staff,
                    session,
                    new EngagementForms.FollowUpForm(
                            "Hướng dẫn chi bộ phân công nhiệm vụ cho lãnh đạo chủ chốt xã",
                            "Ban Tổ chức Huyện ủy",
                            held.plusMonths(2)));
            engagement.addFollowUp(
                    staff,
                    session,
                    new EngagementForms.FollowUpForm(
                            "Kiểm tra chất lượng sinh hoạt chi bộ ấp", "Ủy ban Kiểm tra Huyện ủy", held.plusMonths(6)));
        }
    }
}
