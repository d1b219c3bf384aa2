package vn.dangvu.branchwork.web;

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
import vn.dangvu.branchwork.BranchWorkViews;
import vn.dangvu.branchwork.DutyEditForm;
import vn.dangvu.branchwork.DutyForm;
import vn.dangvu.branchwork.DutyProgressForm;
import vn.dangvu.branchwork.DutyService;
import vn.dangvu.branchwork.DutyStatus;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.web.Commands;
import vn.dangvu.shared.web.FlashMessages;
import vn.dangvu.shared.web.FormErrors;
import vn.dangvu.shared.web.Periods;
import vn.dangvu.shared.web.RemovalForm;

/**
 * A branch's duties for a year: who has none, assigning from the district's suggestions, progress, and
 * correcting or removing a duty given by mistake.
 */
@Controller
@RequiredArgsConstructor
class DutyController {

    private final DutyService duties;
    private final CurrentActor currentActor;
    private final Commands commands;

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
        commands.runValid(
                result,
                "duty.formInvalid",
                redirect,
                () -> duties.assign(currentActor.get(), id, year, dutyForm),
                "duty.assigned");
        if (dutyForm.memberId() == null) {
            return "redirect:/branches/" + id + "/duties?year=" + year;
        }
        return stayAt(redirect, id, year, "member-" + dutyForm.memberId());
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
        commands.runValid(
                result,
                "duty.formInvalid",
                redirect,
                () -> duties.progress(currentActor.get(), id, form),
                "duty.updated");
        return stayAt(redirect, branch, year, "duty-" + id);
    }

    @GetMapping("/duties/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        var duty = duties.duty(currentActor.get(), id);
        var d = duty.duty();
        model.addAttribute("dutyEditForm", new DutyEditForm(d.field(), d.title(), d.description(), d.version()));
        model.addAttribute("record", duty);
        return "branchwork/duty-edit";
    }

    @PostMapping("/duties/{id}/edit")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute DutyEditForm dutyEditForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var duty = duties.duty(currentActor.get(), id);
        model.addAttribute("record", duty);
        return FormErrors.submit(
                result,
                () -> {
                    duties.correct(currentActor.get(), id, dutyEditForm);
                    FlashMessages.success(redirect, "duty.corrected");
                    return stayAt(redirect, duty.branch().id(), duty.year(), "duty-" + id);
                },
                () -> "branchwork/duty-edit");
    }

    @GetMapping("/duties/{id}/delete")
    String removal(@PathVariable long id, Model model) {
        var duty = duties.duty(currentActor.get(), id);
        return removalPage(duty).confirm(model, duty.duty().version());
    }

    /** A GET never removes anything: only this POST, with a reason, does. */
    @PostMapping("/duties/{id}/delete")
    String remove(
            @PathVariable long id,
            @Valid @ModelAttribute RemovalForm removalForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var duty = duties.duty(currentActor.get(), id);
        return FormErrors.submit(
                result,
                () -> {
                    duties.remove(currentActor.get(), id, removalForm);
                    FlashMessages.success(redirect, "duty.removed", duty.duty().title());
                    return stayAt(
                            redirect,
                            duty.branch().id(),
                            duty.year(),
                            "member-" + duty.member().id());
                },
                () -> removalPage(duty).show(model));
    }

    private static RemovalPage removalPage(BranchWorkViews.DutyRecord duty) {
        long id = duty.duty().id();
        return new RemovalPage(
                "duty",
                duty,
                "/duties/" + id + "/delete",
                dutiesPage(duty.branch().id(), duty.year()) + "#duty-" + id);
    }

    /**
     * Back to the duties page where the secretary was (the row's anchor), with the outcome shown in that
     * row rather than at the top of a long page.
     */
    private static String stayAt(RedirectAttributes redirect, long branch, int year, String anchor) {
        FlashMessages.anchor(redirect, anchor);
        return "redirect:" + dutiesPage(branch, year) + "#" + anchor;
    }

    private static String dutiesPage(long branch, int year) {
        return "/branches/" + branch + "/duties?year=" + year;
    }
}
