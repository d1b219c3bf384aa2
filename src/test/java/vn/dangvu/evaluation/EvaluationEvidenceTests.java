package vn.dangvu.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;

/**
 * Issue 19 item 1: every rating step sees the member's period as evidence on the same screen — duties of the
 * year and their results, attendance at branch meetings (committee meetings not counted), commendations,
 * reminders and residents' concerns — read from the modules that record them.
 */
@IntegrationTest
class EvaluationEvidenceTests extends DemoDistrictTest {

    @Autowired
    EvaluationService evaluations;

    /** A hamlet of three: Có Việc has a duty and attended, Đi Họp attended, Vắng missed without reason. */
    @Test
    void shouldShowEachMembersYearBesideTheirRating() throws Exception {
        Fixtures.Commune commune = fixtures.workedHamlet(staff, LocalDate.of(2025, 3, 10));
        long hamlet = commune.hamlet(0).id();

        assertThat(evidence(evaluations.page(staff, hamlet, 2025, RatingPeriod.Y)))
                .containsEntry(
                        "Tô Văn Có Việc",
                        List.of("evaluation.evidence.duties [1, 0, 0]", "evaluation.evidence.meetings [1, 1, 0, 0, 0]"))
                .containsEntry("Tô Văn Đi Họp", List.of("evaluation.evidence.meetings [1, 1, 0, 0, 0]"))
                .containsEntry("Tô Thị Vắng", List.of("evaluation.evidence.meetings [0, 1, 1, 0, 0]"));
        // a quarterly review reads the quarter's meetings (none in the second) and the year's duties
        assertThat(evidence(evaluations.page(staff, hamlet, 2025, RatingPeriod.Q2)))
                .containsEntry("Tô Văn Có Việc", List.of("evaluation.evidence.duties [1, 0, 0]"))
                .containsEntry("Tô Thị Vắng", List.of());

        assertThat(page("tochuc", "/branches/{id}/evaluations?year=2025", hamlet))
                .contains("Nhiệm vụ trong năm: 1 được giao, 0 hoàn thành, 0 không hoàn thành")
                .contains(
                        "Sinh hoạt chi bộ: có mặt 0/1 buổi, vắng không lý do 1; phát biểu 0 buổi, góp ý nghị quyết 0 buổi");
        assertThat(page("tochuc", "/branches/{id}/evaluations?year=2025&period=Q2", hamlet))
                .contains("Chưa có nhiệm vụ, buổi sinh hoạt, khen hay nhắc nhở nào được ghi trong kỳ.");
    }

    private static Map<String, List<String>> evidence(EvaluationPage page) {
        return page.rows().stream()
                .collect(Collectors.toMap(
                        row -> row.member().fullName(),
                        row -> row.evidence().stream()
                                .map(line -> line.key() + " " + line.arguments())
                                .toList()));
    }
}
