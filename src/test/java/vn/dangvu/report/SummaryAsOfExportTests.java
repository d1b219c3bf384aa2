package vn.dangvu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Role;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;

/**
 * The summary and its exports as of a date write only the campaigns started by then (the demo's
 * 314-CV/TU was issued on 23/06/2021), a campaign of one member group without agency columns, and rates
 * as fractions Excel can compute with.
 */
@IntegrationTest
class SummaryAsOfExportTests extends DemoDistrictTest {

    @Test
    void shouldLeaveOutOfTheDraftReportACampaignNotStartedByTheDate() throws Exception {
        String before = docx("01/06/2021");
        assertThat(before)
                .contains("Thực hiện 21-HD/BTCTU, đã giải thể 09/09 chi bộ cơ quan xã, thị trấn, chuyển 285 đảng viên")
                .contains("có 285 đảng viên công tác tại xã, thị trấn đã chuyển")
                .doesNotContain("314-CV/TU");
        assertThat(docx("31/12/2021"))
                .contains("thực hiện 314-CV/TU, đã chuyển 54 đồng chí đảng viên là công an xã không chính quy");
        assertThat(docx("06/01/2018")).doesNotContain("21-HD/BTCTU", "314-CV/TU");
    }

    @Test
    void shouldLeaveOutOfThePageAndTheWorkbookACampaignNotStartedByTheDate() throws Exception {
        String page = mvc.perform(
                        get("/reports/summary").param("asOf", "01/06/2021").with(users.as("lanhdao")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("21-HD/BTCTU").doesNotContain("314-CV/TU");
        try (XSSFWorkbook workbook = xlsx("lanhdao", "01/06/2021")) {
            Sheet transfers = workbook.getSheet("Chuyển sinh hoạt");
            for (Row row : transfers) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        assertThat(cell.getStringCellValue()).doesNotContain("314-CV/TU");
                    }
                }
            }
        }
    }

    @Test
    void shouldLeaveTheAgencyColumnsOfAGroupCampaignEmpty() throws Exception {
        try (XSSFWorkbook workbook = xlsx("lanhdao", "31/12/2021")) {
            Sheet transfers = workbook.getSheet("Chuyển sinh hoạt");
            List<Row> police = rowsOf(transfers, "314-CV/TU");
            assertThat(police).as("eight communes and the total").hasSize(9).allSatisfy(row -> {
                assertThat(row.getCell(3)).as("agency branches dissolved").isNull();
                assertThat(row.getCell(4)).as("agency branches").isNull();
                assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            });
            assertThat(police.get(police.size() - 1).getCell(5).getNumericCellValue())
                    .as("54 police moved in all")
                    .isEqualTo(54.0);
            List<Row> agency = rowsOf(transfers, "21-HD/BTCTU");
            assertThat(agency.get(agency.size() - 1).getCell(3).getNumericCellValue())
                    .as("nine agency branches dissolved")
                    .isEqualTo(9.0);
        }
    }

    @Test
    void shouldWriteRatesAsFractionsInPercentFormat() throws Exception {
        Actor staff = users.actor("tochuc");
        Fixtures.Commune commune = fixtures.workedHamlet(staff, LocalDate.of(2024, 5, 6));
        String official = fixtures.account(staff, Role.COMMUNE_OFFICIAL, commune.commune());

        try (XSSFWorkbook workbook = xlsx(official, "31/12/2024")) {
            Row row = workbook.getSheet("Theo xã").getRow(3);
            assertThat(row.getCell(0).getStringCellValue())
                    .isEqualTo(commune.commune().name());
            Cell coverage = row.getCell(2);
            assertThat(coverage.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(coverage.getNumericCellValue())
                    .as("1 of 3 members with a duty")
                    .isCloseTo(0.3333, within(0.0001));
            assertThat(coverage.getCellStyle().getDataFormatString()).isEqualTo("0%");
            Cell attendance = row.getCell(3);
            assertThat(attendance.getNumericCellValue()).as("2 of 3 present").isCloseTo(0.6667, within(0.0001));
            assertThat(attendance.getCellStyle().getDataFormatString()).isEqualTo("0%");

            Sheet held = workbook.getSheet("Sinh hoạt chi bộ");
            Row cadre = held.getRow(3);
            assertThat(cadre.getCell(0).getStringCellValue()).isEqualTo("Tỷ lệ dự của đảng viên công tác tại xã");
            assertThat(cadre.getCell(1).getNumericCellValue())
                    .as("the three are commune civil servants, two present")
                    .isCloseTo(0.6667, within(0.0001));
            assertThat(cadre.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0%");
        }
    }

    private static List<Row> rowsOf(Sheet sheet, String directive) {
        List<Row> rows = new java.util.ArrayList<>();
        for (Row row : sheet) {
            Cell cell = row.getCell(1);
            if (cell != null
                    && cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().equals(directive)) {
                rows.add(row);
            }
        }
        return rows;
    }

    private XSSFWorkbook xlsx(String username, String asOf) throws Exception {
        byte[] bytes = mvc.perform(
                        get("/reports/summary.xlsx").param("asOf", asOf).with(users.as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private String docx(String asOf) throws Exception {
        byte[] bytes = mvc.perform(
                        get("/reports/summary.docx").param("asOf", asOf).with(users.as("lanhdao")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(bytes)))) {
            return text.getText();
        }
    }
}
