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
import vn.dangvu.evaluation.Rating;
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
    String page(@PathVariable long id, @RequestParam(required = false) String year, Model model) {
        Periods.Year input = Periods.year(year, LocalDate.now().getYear() - 1);
        model.addAttribute("yearInput", input);
        return page(id, input.year(), model);
    }

    private String page(long id, int year, Model model) {
        if (!model.containsAttribute("yearInput")) {
            model.addAttribute("yearInput", Periods.year(String.valueOf(year), year));
        }
        model.addAttribute("page", evaluations.page(currentActor.get(), id, year));
        model.addAttribute("ratings", Rating.values());
        return "evaluation/branch";
    }

    /** On a broken rule the page comes back with what was typed, so that nothing is lost. */
    @PostMapping("/branches/{id}/evaluations")
    String save(
            @PathVariable long id,
            @RequestParam int year,
            @Valid @ModelAttribute EvaluationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Periods.year(year, year);
        BusinessRuleException error;
        if (result.hasErrors()) {
            error = new BusinessRuleException("evaluation.formInvalid");
        } else {
            try {
                evaluations.save(currentActor.get(), id, year, form);
                FlashMessages.success(redirect, "evaluation.saved");
                return "redirect:/branches/" + id + "/evaluations?year=" + year;
            } catch (BusinessRuleException e) {
                error = e;
            }
        }
        model.addAttribute("error", error);
        model.addAttribute("errorArguments", commands.resolved(error.arguments()));
        model.addAttribute(
                "typed",
                form.rows().stream()
                        .filter(r -> r.memberId() != null)
                        .collect(Collectors.toMap(EvaluationForm.Row::memberId, r -> r, (x, y) -> y)));
        return page(id, year, model);
    }
}
