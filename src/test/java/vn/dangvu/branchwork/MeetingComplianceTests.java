package vn.dangvu.branchwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dangvu.support.IntegrationTest;

/**
 * Compliance (issue 19, item 5) across a hand-built 2024: hamlet 0 held regular meetings in January to March
 * and a thematic one in March, then only a committee meeting in April; hamlet 1 was established on 10/04/2024
 * and held none; the commune's agency branch held none.
 */
@IntegrationTest
class MeetingComplianceTests extends CommuneBranchWorkTest {

    long agency;
    long newHamlet;

    @BeforeEach
    void holdTheMeetings() {
        agency = commune.agency().id();
        newHamlet = commune.hamlet(1).id();
        for (int month = 1; month <= 3; month++) {
            meeting(LocalDate.of(2024, month, 5), MeetingKind.REGULAR);
        }
        meeting(LocalDate.of(2024, 3, 20), MeetingKind.THEMATIC);
        meeting(LocalDate.of(2024, 4, 10), MeetingKind.COMMITTEE);
        jdbc.sql("update org_unit_version set valid_from = ? where unit_id = ?")
                .params(LocalDate.of(2024, 4, 10), newHamlet)
                .update();
    }

    @Test
    void shouldCountOnlyMonthsAndQuartersThatHaveEnded() {
        // 15/04: April has not ended; the first quarter had its thematic meeting
        assertThat(missed(hamlet, LocalDate.of(2024, 4, 15))).containsExactly("", "");
        // 30/04: April ended without a regular meeting (the committee's meeting does not count)
        assertThat(missed(hamlet, LocalDate.of(2024, 4, 30))).containsExactly("4", "");
        assertThat(missed(hamlet, LocalDate.of(2024, 6, 30))).containsExactly("4, 5, 6", "2");
        assertThat(missed(hamlet, LocalDate.of(2024, 12, 31)))
                .containsExactly("4, 5, 6, 7, 8, 9, 10, 11, 12", "2, 3, 4");
        // a new year starts afresh
        assertThat(missed(hamlet, LocalDate.of(2025, 1, 15))).containsExactly("", "");
    }

    @Test
    void shouldAskABranchOnlyForTheMonthsItExistedThroughout() {
        assertThat(overview.compliance(staff, commune.commune().id(), LocalDate.of(2024, 3, 31))
                        .branches())
                .extracting(BranchWorkViews.BranchCompliance::branchId)
                .as("hamlet 1 did not exist yet")
                .containsExactlyInAnyOrder(agency, hamlet);
        assertThat(missed(newHamlet, LocalDate.of(2024, 4, 30))).containsExactly("", "");
        assertThat(missed(newHamlet, LocalDate.of(2024, 6, 30))).containsExactly("5, 6", "");
        assertThat(missed(newHamlet, LocalDate.of(2024, 9, 30))).containsExactly("5, 6, 7, 8, 9", "3");
    }

    @Test
    void shouldSumTheBranchesPerCommune() {
        var compliance = overview.compliance(staff, commune.commune().id(), LocalDate.of(2024, 4, 30));
        assertThat(missed(agency, LocalDate.of(2024, 4, 30))).containsExactly("1, 2, 3, 4", "1");
        assertThat(compliance.communes()).singleElement().satisfies(c -> {
            assertThat(c.communeId()).isEqualTo(commune.commune().id());
            assertThat(c.branches()).isEqualTo(3);
            assertThat(c.monthsMissed()).isEqualTo(5); // agency 4, hamlet 0 one
            assertThat(c.branchesMissingMonths()).isEqualTo(2);
            assertThat(c.quartersMissed()).isEqualTo(1); // agency's first quarter
            assertThat(c.branchesMissingQuarters()).isEqualTo(1);
        });
        assertThat(compliance.missing())
                .extracting(BranchWorkViews.BranchCompliance::branchId)
                .containsExactlyInAnyOrder(agency, hamlet);
    }

    @Test
    void shouldShowTheViewAndTheSummaryAsOfADate() throws Exception {
        String view = page(
                "tochuc",
                "/branchwork?commune={c}&asOf=30/04/2024",
                commune.commune().id());
        assertThat(view).contains("id=\"compliance-branches\"").contains("data-branch=\"" + hamlet + "\"");
        var workbook = workbook("tochuc", "/reports/summary.xlsx?asOf=30/04/2024");
        var sheet = workbook.getSheet("Sinh hoạt chưa đủ");
        assertThat(sheet).isNotNull();
        var cells = new org.apache.poi.ss.usermodel.DataFormatter();
        boolean found = false;
        for (var row : sheet) {
            if ("Chi bộ Ấp 1".equals(cells.formatCellValue(row.getCell(1)))
                    && commune.commune().name().equals(cells.formatCellValue(row.getCell(0)))) {
                assertThat(cells.formatCellValue(row.getCell(2))).isEqualTo("1");
                assertThat(cells.formatCellValue(row.getCell(3))).isEqualTo("4");
                assertThat(cells.formatCellValue(row.getCell(5))).isEmpty();
                found = true;
            }
        }
        assertThat(found).as("the hamlet's row in the workbook").isTrue();
    }

    @Test
    void shouldTellTheSecretaryWhichMeetingIsStillDue() {
        LocalDate today = LocalDate.of(2024, 5, 15);
        var due = overview.due(staff, hamlet, today);
        assertThat(due.regularHeld()).isFalse();
        assertThat(due.thematicHeld()).isFalse();
        assertThat(due.monthEnd()).isEqualTo(LocalDate.of(2024, 5, 31));
        assertThat(due.quarterEnd()).isEqualTo(LocalDate.of(2024, 6, 30));
        meeting(LocalDate.of(2024, 5, 5), MeetingKind.REGULAR);
        meeting(LocalDate.of(2024, 6, 20), MeetingKind.THEMATIC);
        due = overview.due(staff, hamlet, today);
        assertThat(due.regularHeld()).isTrue();
        assertThat(due.thematicHeld()).isFalse();
        assertThat(due.thematicPlanned()).isEqualTo(LocalDate.of(2024, 6, 20));
    }

    /** The months without a regular meeting and the quarters without a thematic one, as the view gives them. */
    private List<String> missed(long branch, LocalDate asOf) {
        var found = overview.compliance(staff, commune.commune().id(), asOf).branches().stream()
                .filter(b -> b.branchId() == branch)
                .findFirst()
                .orElseThrow();
        return List.of(found.missingMonths(), found.missingQuarters());
    }

    private void meeting(LocalDate on, MeetingKind kind) {
        meetings.create(staff, hamlet, new MeetingForm(on, kind, "Sinh hoạt", null));
    }
}
