package vn.dangvu.engagement.web;

import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.List;
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
import vn.dangvu.engagement.ConcernStatus;
import vn.dangvu.engagement.EngagementCorrections;
import vn.dangvu.engagement.EngagementFilters.ConcernFilter;
import vn.dangvu.engagement.EngagementForms.ConcernCorrection;
import vn.dangvu.engagement.EngagementForms.ConcernForm;
import vn.dangvu.engagement.EngagementService;
import vn.dangvu.engagement.EngagementViews;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitChoice;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.web.Commands;
import vn.dangvu.shared.web.FlashMessages;
import vn.dangvu.shared.web.FormErrors;

/** Residents' concerns: the commune's queue (overdue ones stand out), a new one, forward, resolve, correct, remove. */
@Controller
@RequestMapping("/concerns")
class ConcernController extends CorrectionPages<ConcernCorrection, EngagementViews.ConcernRow> {

    private final EngagementService engagement;
    private final OrganisationService organisation;

    ConcernController(
            EngagementService engagement,
            EngagementCorrections corrections,
            OrganisationService organisation,
            CurrentActor currentActor,
            Commands commands) {
        super(corrections.concerns(), "concern", "concern", "/concerns", corrections, currentActor, commands);
        this.engagement = engagement;
        this.organisation = organisation;
    }

    @GetMapping
    String list(
            @ModelAttribute("filter") ConcernFilter filter, @RequestParam(required = false) Integer page, Model model) {
        Actor actor = currentActor.get();
        listed(model, engagement.concerns(actor, filter, PageView.safePage(page)), engagement.may(actor));
        model.addAttribute("statuses", ConcernStatus.values());
        if (!model.containsAttribute("concernForm")) {
            model.addAttribute("concernForm", ConcernForm.empty());
        }
        model.addAttribute("hamlets", hamlets(actor));
        return "engagement/concerns";
    }

    @PostMapping
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
                () -> list(ConcernFilter.none(), 0, model));
    }

    @PostMapping("/{id}/forward")
    String forward(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        commands.run(redirect, () -> engagement.forward(currentActor.get(), id, version), "concern.forwarded");
        return "redirect:/concerns";
    }

    @PostMapping("/{id}/resolve")
    String resolve(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam String response,
            RedirectAttributes redirect) {
        commands.run(redirect, () -> engagement.resolve(currentActor.get(), id, version, response), "concern.resolved");
        return "redirect:/concerns";
    }

    @Override
    void choices(Actor actor, Model model) {
        model.addAttribute("hamlets", hamlets(actor));
    }

    private List<UnitChoice> hamlets(Actor actor) {
        return organisation.choices(actor.scopePath(), EnumSet.of(UnitKind.HAMLET, UnitKind.QUARTER), true);
    }
}
