package vn.dangvu.engagement.web;

import jakarta.validation.Valid;
import java.util.EnumSet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.engagement.ConcernStatus;
import vn.dangvu.engagement.EngagementForms.ConcernForm;
import vn.dangvu.engagement.EngagementService;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.web.Commands;
import vn.dangvu.shared.web.FlashMessages;
import vn.dangvu.shared.web.FormErrors;

/** Residents' concerns: the commune's queue (overdue ones stand out), a new one, forward and resolve. */
@Controller
class ConcernController {

    private final EngagementService engagement;
    private final OrganisationService organisation;
    private final CurrentActor currentActor;
    private final Commands commands;

    ConcernController(
            EngagementService engagement,
            OrganisationService organisation,
            CurrentActor currentActor,
            Commands commands) {
        this.engagement = engagement;
        this.organisation = organisation;
        this.currentActor = currentActor;
        this.commands = commands;
    }

    @GetMapping("/concerns")
    String list(
            @RequestParam(required = false) ConcernStatus status,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) Integer page,
            Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("may", engagement.may(currentActor.get()));
        model.addAttribute("page", engagement.concerns(actor, status, overdue, PageView.safePage(page)));
        model.addAttribute("status", status);
        model.addAttribute("overdue", overdue);
        model.addAttribute("statuses", ConcernStatus.values());
        if (!model.containsAttribute("concernForm")) {
            model.addAttribute("concernForm", ConcernForm.empty());
        }
        model.addAttribute(
                "hamlets",
                organisation.choices(actor.scopePath(), EnumSet.of(UnitKind.HAMLET, UnitKind.QUARTER), true));
        return "engagement/concerns";
    }

    @PostMapping("/concerns")
    String create(
            @Valid @ModelAttribute ConcernForm concernForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> engagement.problemsOfConcern(currentActor.get(), concernForm),
                () -> {
                    engagement.raise(currentActor.get(), concernForm);
                    FlashMessages.success(redirect, "concern.created");
                    return "redirect:/concerns";
                },
                () -> list(null, false, 0, model));
    }

    @PostMapping("/concerns/{id}/forward")
    String forward(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        commands.run(redirect, () -> engagement.forward(currentActor.get(), id, version), "concern.forwarded");
        return "redirect:/concerns";
    }

    @PostMapping("/concerns/{id}/resolve")
    String resolve(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam String response,
            RedirectAttributes redirect) {
        commands.run(redirect, () -> engagement.resolve(currentActor.get(), id, version, response), "concern.resolved");
        return "redirect:/concerns";
    }
}
