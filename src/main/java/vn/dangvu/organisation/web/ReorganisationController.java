package vn.dangvu.organisation.web;

import jakarta.validation.Valid;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.organisation.LevelRole;
import vn.dangvu.organisation.ReorganisationCancelForm;
import vn.dangvu.organisation.ReorganisationCommitForm;
import vn.dangvu.organisation.ReorganisationForm;
import vn.dangvu.organisation.ReorganisationService;
import vn.dangvu.organisation.ReorganisationStepForm;
import vn.dangvu.organisation.ReorganisationStepKind;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.web.FlashMessages;
import vn.dangvu.shared.web.FormErrors;

/** Reorganisations: prepare, add and remove steps, preview, commit after a confirmation, cancel. */
@Controller
@RequestMapping("/reorganisations")
@RequiredArgsConstructor
class ReorganisationController {

    private final ReorganisationService reorganisations;
    private final CurrentActor currentActor;

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("page", reorganisations.list(currentActor.get(), PageView.safePage(page)));
        return "organisation/reorganisations";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        reorganisations.requireMayPrepare(currentActor.get());
        model.addAttribute("reorganisationForm", ReorganisationForm.empty());
        return "organisation/reorganisation-form";
    }

    @PostMapping
    String prepare(
            @Valid @ModelAttribute ReorganisationForm reorganisationForm,
            BindingResult result,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    long id = reorganisations.prepare(currentActor.get(), reorganisationForm);
                    FlashMessages.success(redirect, "reorganisation.prepared", reorganisationForm.title());
                    return "redirect:/reorganisations/" + id;
                },
                () -> "organisation/reorganisation-form");
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("page", reorganisations.page(actor, id));
        if (!model.containsAttribute("reorganisationStepForm")) {
            model.addAttribute("reorganisationStepForm", ReorganisationStepForm.empty());
        }
        model.addAttribute("unitChoices", reorganisations.unitChoices(actor));
        model.addAttribute("targetChoices", reorganisations.targetChoices(actor, id));
        model.addAttribute("stepKinds", ReorganisationStepKind.values());
        model.addAttribute("unitKinds", UnitKind.values());
        model.addAttribute("levelRoles", LevelRole.values());
        return "organisation/reorganisation";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model, RedirectAttributes redirect) {
        return whilePrepared(id, redirect, () -> {
            model.addAttribute("reorganisationForm", reorganisations.editForm(currentActor.get(), id));
            model.addAttribute("reorganisationId", id);
            return "organisation/reorganisation-form";
        });
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute ReorganisationForm reorganisationForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("reorganisationId", id);
        return FormErrors.submit(
                result,
                () -> {
                    reorganisations.update(currentActor.get(), id, reorganisationForm);
                    FlashMessages.success(redirect, "reorganisation.updated", reorganisationForm.title());
                    return "redirect:/reorganisations/" + id;
                },
                () -> "organisation/reorganisation-form");
    }

    @PostMapping("/{id}/steps")
    String addStep(
            @PathVariable long id,
            @Valid @ModelAttribute ReorganisationStepForm reorganisationStepForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Actor actor = currentActor.get();
        return FormErrors.submit(
                result,
                () -> reorganisations.rulesOf(actor, id, reorganisationStepForm).list(),
                () -> {
                    reorganisations.addStep(actor, id, reorganisationStepForm);
                    FlashMessages.success(redirect, "reorganisation.stepAdded");
                    FlashMessages.anchor(redirect, "plan");
                    return "redirect:/reorganisations/" + id;
                },
                () -> show(id, model));
    }

    @PostMapping("/{id}/steps/{step}/delete")
    String removeStep(@PathVariable long id, @PathVariable long step, RedirectAttributes redirect) {
        try {
            reorganisations.removeStep(currentActor.get(), id, step);
            FlashMessages.success(redirect, "reorganisation.stepRemoved");
        } catch (BusinessRuleException e) {
            FlashMessages.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/reorganisations/" + id;
    }

    @GetMapping("/{id}/commit")
    String confirmCommit(@PathVariable long id, Model model, RedirectAttributes redirect) {
        return whilePrepared(id, redirect, () -> {
            model.addAttribute("page", reorganisations.page(currentActor.get(), id));
            model.addAttribute(
                    "reorganisationCommitForm",
                    new ReorganisationCommitForm(reorganisations
                            .preparedSummary(currentActor.get(), id)
                            .version()));
            return "organisation/reorganisation-commit";
        });
    }

    @PostMapping("/{id}/commit")
    String commit(
            @PathVariable long id,
            @Valid @ModelAttribute ReorganisationCommitForm reorganisationCommitForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    reorganisations.commit(currentActor.get(), id, reorganisationCommitForm.version());
                    FlashMessages.success(redirect, "reorganisation.committed");
                    return "redirect:/reorganisations/" + id;
                },
                () -> {
                    model.addAttribute("page", reorganisations.page(currentActor.get(), id));
                    return "organisation/reorganisation-commit";
                });
    }

    @GetMapping("/{id}/cancel")
    String confirmCancel(@PathVariable long id, Model model, RedirectAttributes redirect) {
        return whilePrepared(id, redirect, () -> {
            model.addAttribute("summary", reorganisations.preparedSummary(currentActor.get(), id));
            model.addAttribute("reorganisationCancelForm", new ReorganisationCancelForm(""));
            return "organisation/reorganisation-cancel";
        });
    }

    @PostMapping("/{id}/cancel")
    String cancel(
            @PathVariable long id,
            @Valid @ModelAttribute ReorganisationCancelForm reorganisationCancelForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    reorganisations.cancel(currentActor.get(), id, reorganisationCancelForm.reason());
                    FlashMessages.success(redirect, "reorganisation.cancelled");
                    return "redirect:/reorganisations/" + id;
                },
                () -> {
                    model.addAttribute(
                            "summary",
                            reorganisations.page(currentActor.get(), id).reorganisation());
                    return "organisation/reorganisation-cancel";
                });
    }

    /** A page that changes a reorganisation: one no longer prepared sends the user back to it, saying why. */
    private static String whilePrepared(long id, RedirectAttributes redirect, Supplier<String> page) {
        try {
            return page.get();
        } catch (BusinessRuleException e) {
            FlashMessages.error(redirect, e.messageKey(), e.arguments());
            return "redirect:/reorganisations/" + id;
        }
    }
}
