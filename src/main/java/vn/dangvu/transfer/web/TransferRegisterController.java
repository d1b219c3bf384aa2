package vn.dangvu.transfer.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.web.Periods;
import vn.dangvu.transfer.TransferRegisters;

/** The issuing committees' transfer registers of the reader's scope for a year: a page and an .xlsx. */
@Controller
@RequiredArgsConstructor
class TransferRegisterController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final TransferRegisters registers;
    private final RegisterWorkbook workbook;
    private final CurrentActor currentActor;

    @GetMapping("/transfers/register")
    String register(
            @RequestParam(required = false) String year, @RequestParam(required = false) Integer page, Model model) {
        Periods.Year input = yearOf(year);
        model.addAttribute("yearInput", input);
        model.addAttribute("year", input.year());
        model.addAttribute("page", registers.page(currentActor.get(), input.year(), PageView.safePage(page)));
        return "transfer/register";
    }

    /** A year that cannot be used gives the page with its message instead of a file (null: written). */
    @GetMapping("/transfers/register.xlsx")
    ModelAndView xlsx(
            @RequestParam(required = false) String year, Locale locale, Model model, HttpServletResponse response)
            throws IOException {
        Periods.Year input = yearOf(year);
        if (input.problem() != null) {
            return new ModelAndView(register(year, null, model));
        }
        response.setContentType(XLSX);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("so-gioi-thieu-sinh-hoat-dang-" + input.year() + ".xlsx")
                        .build()
                        .toString());
        workbook.write(
                rows -> registers.each(currentActor.get(), input.year(), rows), locale, response.getOutputStream());
        return null;
    }

    private static Periods.Year yearOf(String typed) {
        return Periods.year(typed, LocalDate.now().getYear());
    }
}
