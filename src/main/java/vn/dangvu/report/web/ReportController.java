package vn.dangvu.report.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dangvu.report.ReportService;
import vn.dangvu.report.Summary;
import vn.dangvu.report.SummaryDocument;
import vn.dangvu.report.SummaryWorkbook;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.web.Periods;

/** The leaders' summary as a page, a printable A4 page, an .xlsx workbook and a drafted .docx section. */
@Controller
class ReportController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final ReportService reports;
    private final SummaryWorkbook workbook;
    private final SummaryDocument document;
    private final CurrentActor currentActor;

    ReportController(
            ReportService reports, SummaryWorkbook workbook, SummaryDocument document, CurrentActor currentActor) {
        this.reports = reports;
        this.workbook = workbook;
        this.document = document;
        this.currentActor = currentActor;
    }

    @GetMapping("/reports/summary")
    String summary(@RequestParam(required = false) LocalDate asOf, Model model) {
        model.addAttribute("summary", summary(asOf));
        model.addAttribute("may", reports.may(currentActor.get()));
        return "report/summary";
    }

    @GetMapping("/reports/summary/print")
    String print(@RequestParam(required = false) LocalDate asOf, Model model) {
        model.addAttribute("summary", summary(asOf));
        model.addAttribute("may", reports.may(currentActor.get()));
        return "report/print";
    }

    @GetMapping("/reports/summary.xlsx")
    void xlsx(@RequestParam(required = false) LocalDate asOf, Locale locale, HttpServletResponse response)
            throws IOException {
        Summary summary = summary(asOf);
        download(response, XLSX, "tong-hop-" + summary.asOf() + ".xlsx");
        workbook.write(summary, locale, response.getOutputStream());
    }

    @GetMapping("/reports/summary.docx")
    void docx(@RequestParam(required = false) LocalDate asOf, Locale locale, HttpServletResponse response)
            throws IOException {
        Summary summary = summary(asOf);
        download(response, DOCX, "bao-cao-" + summary.asOf() + ".docx");
        document.write(summary, locale, response.getOutputStream());
    }

    private Summary summary(LocalDate asOf) {
        return reports.summary(currentActor.get(), Periods.asOf(asOf));
    }

    private static void download(HttpServletResponse response, String type, String filename) {
        response.setContentType(type);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename).build().toString());
    }
}
