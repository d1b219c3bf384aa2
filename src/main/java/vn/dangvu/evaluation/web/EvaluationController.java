package vn.dangvu.evaluation.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.stream.Collectors;
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
import vn.dangvu.evaluation.EvaluationForm;
import vn.dangvu.evaluation.EvaluationService;
import vn.dangvu.evaluation.OverrideForm;
import vn.dangvu.evaluation.Rating;
import vn.dangvu.evaluation.RatingPeriod;
import vn.dangvu.evaluation.domain.RatingOverride;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.web.Commands;
import vn.dangvu.shared.web.FlashMessages;
import vn.dangvu.shared.web.Periods;

/** A branch's evaluations for a year: members stage by stage, and the branch's rating. */
@Controller
@RequiredArgsConstructor
class EvaluationController {

    private final EvaluationService evaluations;
    private final CurrentActor currentActor;
    private final Commands commands;

    @GetMapping("/branches/{id}/evaluations")
    String page(
            @PathVariable long id,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String period,
            Model model) {
        Periods.Year input = Periods.year(year, LocalDate.now().getYear() - 1);
        model.addAttribute("yearInput", input);
        return page(id, input.year(), period(period), model);
    }

    private String page(long id, int year, RatingPeriod period, Model model) {
        if (!model.containsAttribute("yearInput")) {
            model.addAttribute("yearInput", Periods.year(String.valueOf(year), year));
        }
        model.addAttribute("page", evaluations.page(currentActor.get(), id, year, period));
        model.addAttribute("ratings", Rating.values());
        model.addAttribute("periods", RatingPeriod.values());
        return "evaluation/branch";
    }

    /** A justified exception (kind QUOTA or DISSOLUTION); a refused one comes back with what was typed. */
    @PostMapping("/branches/{id}/evaluations/overrides")
    String override(
            @PathVariable long id,
            @RequestParam int year,
            @RequestParam RatingOverride.Kind kind,
            @Valid @ModelAttribute("overrideForm") OverrideForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Periods.year(year, year);
        if (succeeded(result, () -> evaluations.recordOverride(currentActor.get(), id, year, kind, form), model)) {
            FlashMessages.success(redirect, "evaluation.override.saved");
            return "redirect:/branches/" + id + "/evaluations?year=" + year;
        }
        model.addAttribute("typedOverride", kind);
        return page(id, year, RatingPeriod.Y, model);
    }

    /** Runs a command of the page; on a broken rule the error goes to the page, which comes back as typed. */
    private boolean succeeded(BindingResult result, Runnable command, Model model) {
        BusinessRuleException error;
        if (result.hasErrors()) {
            error = new BusinessRuleException("evaluation.formInvalid");
        } else {
            try {
                command.run();
                return true;
            } catch (BusinessRuleException e) {
                error = e;
            }
        }
        model.addAttribute("error", error);
        model.addAttribute(
                "errorFields",
                error.violations().stream()
                        .map(vn.dangvu.shared.Violation::field)
                        .filter(java.util.Objects::nonNull)
                        .collect(Collectors.toSet()));
        model.addAttribute("errorArguments", commands.resolved(error.arguments()));
        return false;
    }

    private static RatingPeriod period(String period) {
        if (period == null || period.isBlank()) {
            return RatingPeriod.Y;
        }
        try {
            return RatingPeriod.valueOf(period.trim());
        } catch (IllegalArgumentException e) {
            return RatingPeriod.Y;
        }
    }

    /** On a broken rule the page comes back with what was typed, so that nothing is lost. */
    @PostMapping("/branches/{id}/evaluations")
    String save(
            @PathVariable long id,
            @RequestParam int year,
            @RequestParam(required = false) String period,
            @Valid @ModelAttribute EvaluationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Periods.year(year, year);
        if (succeeded(result, () -> evaluations.save(currentActor.get(), id, year, period(period), form), model)) {
            FlashMessages.success(redirect, "evaluation.saved");
            return "redirect:/branches/" + id + "/evaluations?year=" + year + "&period=" + period(period);
        }
        model.addAttribute(
                "typed",
                form.rows().stream()
                        .filter(r -> r.memberId() != null)
                        .collect(Collectors.toMap(EvaluationForm.Row::memberId, r -> r, (x, y) -> y)));
        model.addAttribute("typedBranch", form);
        return page(id, year, period(period), model);
    }
}
