package vn.dangvu.report.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.dangvu.report.ReportService;
import vn.dangvu.report.Summary;
import vn.dangvu.report.SummaryDocument;
import vn.dangvu.report.SummaryExports;
import vn.dangvu.report.SummaryWorkbook;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.web.Commands;
import vn.dangvu.shared.web.Downloads;
import vn.dangvu.shared.web.Periods;
import vn.dangvu.shared.web.RecentForms;

/**
 * The leaders' summary as a page, a printable A4 page, an .xlsx workbook and a drafted .docx section. The
 * page's buttons write the files as background jobs ({@code POST /reports/summary/export}); the direct
 * downloads stay for links and scripts that fetch a file in one request.
 */
@Controller
@RequiredArgsConstructor
class ReportController {

    private final ReportService reports;
    private final SummaryWorkbook workbook;
    private final SummaryDocument document;
    private final SummaryExports exports;
    private final CurrentActor currentActor;
    private final Commands commands;

    /**
     * {@code from}: the first day of the member changes (tăng, giảm đảng viên), which end on the day read;
     * the first of January of that year when none is typed or it cannot be used.
     */
    @GetMapping("/reports/summary")
    String summary(
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String from, Model model) {
        Periods.AsOf input = Periods.asOf(asOf);
        Periods.AsOf start = Periods.periodStart(from, input.date());
        model.addAttribute("asOfInput", input);
        model.addAttribute("fromInput", start);
        // while another leader's request recomputes a part, the figures computed just before it (the page says
        // so); a user who has just saved a form waits for the newest, to see their own change
        model.addAttribute(
                "summary",
                reports.summary(currentActor.get(), start.date(), input.date(), !RecentForms.savedJustNow()));
        model.addAttribute("may", reports.may(currentActor.get()));
        model.addAttribute("runningExport", exports.running(currentActor.get()).orElse(null));
        return "report/summary";
    }

    /** A date that cannot be used gives the page with its form and the message, not a print of today. */
    @GetMapping("/reports/summary/print")
    String print(
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String from, Model model) {
        Periods.AsOf input = Periods.asOf(asOf);
        Periods.AsOf start = Periods.periodStart(from, input.date());
        if (input.problem() != null || start.problem() != null) {
            return summary(asOf, from, model);
        }
        model.addAttribute("summary", summary(start, input));
        model.addAttribute("may", reports.may(currentActor.get()));
        return "report/print";
    }

    @GetMapping("/reports/summary.xlsx")
    ModelAndView xlsx(
            @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String from,
            Locale locale,
            Model model,
            HttpServletResponse response)
            throws IOException {
        return export(
                asOf,
                from,
                model,
                response,
                Downloads.XLSX,
                "tong-hop-%s.xlsx",
                (summary, out) -> workbook.write(summary, locale, out));
    }

    @GetMapping("/reports/summary.docx")
    ModelAndView docx(
            @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String from,
            Locale locale,
            Model model,
            HttpServletResponse response)
            throws IOException {
        return export(
                asOf,
                from,
                model,
                response,
                Downloads.DOCX,
                "bao-cao-%s.docx",
                (summary, out) -> document.write(summary, locale, out));
    }

    /**
     * Starts writing the .xlsx or .docx as a job and answers with the job's page; a date that cannot be used
     * goes back to the summary, which says why.
     */
    @PostMapping("/reports/summary/export")
    String startExport(
            @RequestParam SummaryExports.Format format,
            @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String from,
            Locale locale,
            RedirectAttributes redirect) {
        Periods.AsOf input = Periods.asOf(asOf);
        Periods.AsOf start = Periods.periodStart(from, input.date());
        String back = UriComponentsBuilder.fromPath("/reports/summary")
                .queryParam("asOf", asOf == null ? "" : asOf)
                .queryParam("from", from == null ? "" : from)
                .encode()
                .build()
                .toUriString();
        if (input.problem() != null || start.problem() != null) {
            return "redirect:" + back;
        }
        return commands.startJob(
                redirect, () -> exports.start(currentActor.get(), format, start.date(), input.date(), locale), back);
    }

    /** A date that cannot be used gives the page with its form and the message instead of a file (null: written). */
    private ModelAndView export(
            String asOf,
            String from,
            Model model,
            HttpServletResponse response,
            String type,
            String filename,
            Writer writer)
            throws IOException {
        Periods.AsOf input = Periods.asOf(asOf);
        Periods.AsOf start = Periods.periodStart(from, input.date());
        if (input.problem() != null || start.problem() != null) {
            return new ModelAndView(summary(asOf, from, model));
        }
        Summary summary = summary(start, input);
        Downloads.attach(response, type, filename.formatted(summary.asOf()));
        writer.write(summary, response.getOutputStream());
        return null;
    }

    @FunctionalInterface
    private interface Writer {
        void write(Summary summary, OutputStream out) throws IOException;
    }

    private Summary summary(Periods.AsOf start, Periods.AsOf input) {
        return reports.summary(currentActor.get(), start.date(), input.date());
    }
}
