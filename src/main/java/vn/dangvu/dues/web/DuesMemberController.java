package vn.dangvu.dues.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.dues.AssignmentForm;
import vn.dangvu.dues.DuesService;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.web.FormErrors;
import vn.dangvu.shared.web.Periods;

/** A member's dues: their category and base through time, and the months of a year. */
@Controller
@RequiredArgsConstructor
class DuesMemberController {

    private final DuesService dues;
    private final CurrentActor currentActor;

    @GetMapping("/dues/members/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) String year, Model model) {
        Periods.Year input = Periods.year(year, LocalDate.now().getYear());
        model.addAttribute("yearInput", input);
        model.addAttribute("assignmentForm", AssignmentForm.empty());
        return page(id, input.year(), model);
    }

    @PostMapping("/dues/members/{id}/category")
    String assign(
            @PathVariable long id,
            @Valid @ModelAttribute AssignmentForm assignmentForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> dues.assign(currentActor.get(), id, assignmentForm),
                redirect,
                "dues.category.saved",
                "/dues/members/" + id,
                () -> {
                    int year = LocalDate.now().getYear();
                    model.addAttribute("yearInput", Periods.year(String.valueOf(year), year));
                    return page(id, year, model);
                });
    }

    private String page(long id, int year, Model model) {
        model.addAttribute("page", dues.member(currentActor.get(), id, year));
        return "dues/member";
    }
}
