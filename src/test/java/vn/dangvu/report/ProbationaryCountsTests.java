package vn.dangvu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.member.MemberLifeService;
import vn.dangvu.member.ProbationOutcome;
import vn.dangvu.member.RecognitionForm;
import vn.dangvu.member.loading.MemberLoader;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Role;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.support.MemberForms;

/**
 * Probationary members (đảng viên dự bị) counted apart from a unit's total, by hand: a commune whose one
 * hamlet holds three members, two full members since 2006 and one admitted on 01/11/2025, who is
 * probationary until recognised as a full member from 01/11/2026.
 */
@IntegrationTest
class ProbationaryCountsTests extends DemoDistrictTest {

    private static final LocalDate ADMITTED = LocalDate.of(2025, 11, 1);
    private static final LocalDate RECOGNISED = LocalDate.of(2026, 11, 1);

    @Autowired
    MemberLoader loader;

    @Autowired
    MemberLifeService life;

    @Autowired
    ReportService reports;

    Fixtures.Commune c;
    String official;
    long newcomer;

    @BeforeEach
    void buildOneHamlet() {
        c = fixtures.commune(1);
        UnitView hamlet = c.hamlet(0);
        LocalDate longAgo = LocalDate.of(2010, 1, 1);
        for (String name : new String[] {"Một", "Hai"}) {
            loader.register(
                    MemberForms.admitted(
                            "Đảng Viên Dự Tính " + name,
                            hamlet.id(),
                            LocalDate.of(1970, 1, 1),
                            LocalDate.of(2005, 6, 7),
                            LocalDate.of(2006, 6, 7),
                            longAgo),
                    longAgo);
        }
        newcomer = loader.register(
                MemberForms.admitted(
                        "Đảng Viên Dự Tính Ba", hamlet.id(), LocalDate.of(1990, 1, 1), ADMITTED, null, ADMITTED),
                ADMITTED);
        official = fixtures.account(staff, Role.COMMUNE_OFFICIAL, c.commune());
    }

    @Test
    void shouldCountTheProbationaryMemberApartOnTheSummaryOfEachDate() throws Exception {
        recognise();

        // 31/12/2025: 3 members, the newcomer still probationary
        assertThat(closing(LocalDate.of(2025, 12, 31))).containsExactly(3L, 1L);
        // 30/11/2026: recognised from 01/11/2026, so none probationary
        assertThat(closing(LocalDate.of(2026, 11, 30))).containsExactly(3L, 0L);
        // the day before the recognition, still probationary
        assertThat(closing(LocalDate.of(2026, 10, 31))).containsExactly(3L, 1L);

        assertThat(page(official, "/reports/summary?asOf=31/12/2025&from=01/01/2025"))
                .contains("trong đó dự bị 1");
        try (XSSFWorkbook book = workbook(official, "/reports/summary.xlsx?asOf=31/12/2025&from=01/01/2025")) {
            Row header = book.getSheet("Tăng, giảm đảng viên").getRow(2);
            assertThat(header.getCell(11).getStringCellValue()).isEqualTo("Cuối kỳ");
            assertThat(header.getCell(13).getStringCellValue()).isEqualTo("Cuối kỳ: trong đó dự bị");
            Row row = book.getSheet("Tăng, giảm đảng viên").getRow(3);
            assertThat((long) row.getCell(11).getNumericCellValue()).isEqualTo(3L);
            assertThat((long) row.getCell(13).getNumericCellValue()).isEqualTo(1L);
        }
    }

    @Test
    void shouldCountTheProbationaryMemberApartOnTheHomePageAndTheTreeUntilRecognised() throws Exception {
        assertThat(page(official, "/")).contains("trong đó dự bị 1");
        assertThat(page(official, "/units")).contains("(3, trong đó dự bị 1)");

        recognise();

        assertThat(page(official, "/")).contains("trong đó dự bị 0").doesNotContain("trong đó dự bị 1");
        assertThat(page(official, "/units")).contains("(3)").doesNotContain("trong đó dự bị");
    }

    private java.util.List<Long> closing(LocalDate asOf) {
        Summary summary = reports.summary(users.actor(official), LocalDate.of(asOf.getYear(), 1, 1), asOf);
        var row = summary.memberChanges().rows().get(0);
        return java.util.List.of(row.closing(), row.closingProbationary());
    }

    /** The district recognises the newcomer as a full member from 01/11/2026. */
    private void recognise() {
        life.recordOutcome(
                staff,
                newcomer,
                new RecognitionForm(
                        ProbationOutcome.RECOGNISED,
                        RECOGNISED,
                        null,
                        "61-QĐ/HU",
                        LocalDate.of(2026, 11, 2),
                        "Huyện ủy Tân Hồng",
                        demo.count("select version from member where id = ?", newcomer)));
    }
}
