package vn.dangvu.dues.web;

import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dangvu.dues.DuesReports;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.web.Periods;

/** Arrears as of a day, and what was collected and remitted in a year, for a unit of the reader's scope. */
@Controller
@RequiredArgsConstructor
class DuesReportController {

    private final DuesReports reports;
    private final CurrentActor currentActor;

    @GetMapping("/dues/arrears")
    String arrears(
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) String asOf,
            @RequestParam(required = false) boolean ground,
            @RequestParam(required = false) Integer page,
            Model model) {
        Periods.AsOf input = Periods.asOf(asOf);
        model.addAttribute("asOfInput", input);
        model.addAttribute(
                "page", reports.arrears(currentActor.get(), unit, input.date(), ground, PageView.safePage(page)));
        return "dues/arrears";
    }

    @GetMapping("/dues/collection")
    String collection(
            @RequestParam(required = false) Long unit, @RequestParam(required = false) String year, Model model) {
        Periods.Year input = Periods.year(year, LocalDate.now().getYear());
        model.addAttribute("yearInput", input);
        model.addAttribute("page", reports.collection(currentActor.get(), unit, input.year()));
        return "dues/collection";
    }
}
