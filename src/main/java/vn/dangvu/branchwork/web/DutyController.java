package vn.dangvu.branchwork.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.branchwork.DutyForm;
import vn.dangvu.branchwork.DutyProgressForm;
import vn.dangvu.branchwork.DutyService;
import vn.dangvu.branchwork.DutyStatus;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.web.Commands;
import vn.dangvu.shared.web.Periods;

/** A branch's duties for a year: who has none, assigning from the district's suggestions, progress. */
@Controller
class DutyController {

    private final DutyService duties;
    private final CurrentActor currentActor;
    private final Commands commands;

    DutyController(DutyService duties, CurrentActor currentActor, Commands commands) {
        this.duties = duties;
        this.currentActor = currentActor;
        this.commands = commands;
    }

    @GetMapping("/branches/{id}/duties")
    String page(@PathVariable long id, @RequestParam(required = false) String year, Model model) {
        Periods.Year input = Periods.year(year, LocalDate.now().getYear());
        model.addAttribute("yearInput", input);
        model.addAttribute("page", duties.page(currentActor.get(), id, input.year()));
        model.addAttribute("statuses", DutyStatus.values());
        return "branchwork/duties";
    }

    @PostMapping("/branches/{id}/duties")
    String assign(
            @PathVariable long id,
            @RequestParam int year,
            @Valid @ModelAttribute DutyForm dutyForm,
            BindingResult result,
            RedirectAttributes redirect) {
        Periods.year(year, year);
        if (result.hasErrors()) {
            vn.dangvu.shared.web.FlashMessages.error(redirect, "duty.formInvalid");
        } else {
            commands.run(redirect, () -> duties.assign(currentActor.get(), id, year, dutyForm), "duty.assigned");
        }
        return "redirect:/branches/" + id + "/duties?year=" + year + "#member-" + dutyForm.memberId();
    }

    @PostMapping("/duties/{id}")
    String progress(
            @PathVariable long id,
            @RequestParam int year,
            @Valid @ModelAttribute DutyProgressForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        long branch = duties.branchOf(currentActor.get(), id);
        Periods.year(year, year);
        if (result.hasErrors()) {
            vn.dangvu.shared.web.FlashMessages.error(redirect, "duty.formInvalid");
        } else {
            commands.run(redirect, () -> duties.progress(currentActor.get(), id, form), "duty.updated");
        }
        return "redirect:/branches/" + branch + "/duties?year=" + year;
    }
}
