package vn.dangvu.dues.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import lombok.RequiredArgsConstructor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.dues.DuesReports;
import vn.dangvu.dues.DuesService;
import vn.dangvu.dues.DuesWorkbook;
import vn.dangvu.dues.Money;
import vn.dangvu.dues.MonthForm;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.web.FlashMessages;
import vn.dangvu.shared.web.FormErrors;

/** The dues start page, a branch's month on one screen, and its collection list (print and .xlsx). */
@Controller
@RequiredArgsConstructor
class DuesController {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private final DuesService dues;
    private final DuesReports reports;
    private final DuesWorkbook workbook;
    private final CurrentActor currentActor;

    @GetMapping("/dues")
    String start(@RequestParam(required = false) String month, Model model) {
        model.addAttribute("page", dues.start(currentActor.get(), month(month)));
        return "dues/start";
    }

    @GetMapping("/dues/branches/{id}")
    String month(@PathVariable long id, @RequestParam(required = false) String month, Model model) {
        var page = dues.month(currentActor.get(), id, month(month));
        model.addAttribute("page", page);
        model.addAttribute("monthForm", dues.monthForm(page));
        return "dues/month";
    }

    /** Every bad value comes back at once beside its row, with what was typed; nothing is saved. */
    @PostMapping("/dues/branches/{id}")
    String save(
            @PathVariable long id,
            @RequestParam(required = false) String month,
            @Valid @ModelAttribute MonthForm monthForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        YearMonth shown = month(month);
        return FormErrors.submit(
                result,
                () -> {
                    int saved = dues.saveMonth(currentActor.get(), id, shown, monthForm);
                    FlashMessages.success(redirect, "dues.month.saved", saved, MONTH.format(shown));
                    return "redirect:/dues/branches/" + id + "?month=" + MONTH.format(shown);
                },
                () -> {
                    model.addAttribute("page", dues.month(currentActor.get(), id, shown));
                    return "dues/month";
                });
    }

    @GetMapping("/dues/branches/{id}/list")
    String list(@PathVariable long id, @RequestParam(required = false) String month, Model model) {
        model.addAttribute("list", reports.collectionList(currentActor.get(), id, month(month)));
        return "dues/list";
    }

    @GetMapping("/dues/branches/{id}/list.xlsx")
    void listXlsx(@PathVariable long id, @RequestParam(required = false) String month, HttpServletResponse response)
            throws IOException {
        var list = reports.collectionList(currentActor.get(), id, month(month));
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"dang-phi-" + list.branch().id() + "-"
                        + list.month().toString() + ".xlsx\"");
        workbook.write(list, LocaleContextHolder.getLocale(), response.getOutputStream());
    }

    /** A month that cannot be read is this month. */
    static YearMonth month(String typed) {
        return Money.parseMonth(typed).orElse(YearMonth.now());
    }
}
