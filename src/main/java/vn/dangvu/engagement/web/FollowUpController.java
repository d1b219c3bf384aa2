package vn.dangvu.engagement.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.engagement.EngagementCorrections;
import vn.dangvu.engagement.EngagementFilters.FollowUpFilter;
import vn.dangvu.engagement.EngagementForms.FollowUpCorrection;
import vn.dangvu.engagement.EngagementForms.FollowUpForm;
import vn.dangvu.engagement.EngagementForms.RemovalForm;
import vn.dangvu.engagement.EngagementService;
import vn.dangvu.engagement.EngagementViews;
import vn.dangvu.engagement.FollowUpState;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.web.Commands;
import vn.dangvu.shared.web.FlashMessages;

/**
 * What receptions and dialogues decided to do: every session's follow-ups in one list (open, done or
 * overdue as of a date), a new one on a session's page, marked done, corrected or removed.
 */
@Controller
class FollowUpController {

    private final EngagementService engagement;
    private final EngagementCorrections corrections;
    private final CurrentActor currentActor;
    private final Commands commands;
    private final CorrectionPages<FollowUpCorrection, EngagementViews.FollowUpRow> correctionPages;

    FollowUpController(
            EngagementService engagement,
            EngagementCorrections corrections,
            CurrentActor currentActor,
            Commands commands) {
        this.engagement = engagement;
        this.corrections = corrections;
        this.currentActor = currentActor;
        this.commands = commands;
        this.correctionPages = new CorrectionPages<>(
                "follow-up",
                "followUp",
                corrections::followUpForm,
                corrections::followUpShown,
                (actor, id, form) -> "/sessions/" + corrections.correctFollowUp(actor, id, form),
                corrections::removeFollowUp,
                (actor, model) -> {},
                currentActor,
                commands);
    }

    @GetMapping("/follow-ups")
    String list(
            @ModelAttribute("filter") FollowUpFilter filter,
            @RequestParam(required = false) Integer page,
            Model model) {
        Actor actor = currentActor.get();
        EngagementViews.Listing<EngagementViews.FollowUpRow> listing =
                engagement.followUps(actor, filter, PageView.safePage(page));
        model.addAttribute("may", engagement.may(actor));
        model.addAttribute("page", listing.page());
        model.addAttribute("listing", listing);
        model.addAttribute("states", FollowUpState.values());
        return "engagement/follow-ups";
    }

    @PostMapping("/sessions/{id}/follow-ups")
    String add(
            @PathVariable long id,
            @Valid @ModelAttribute FollowUpForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            FlashMessages.error(redirect, "session.followUpInvalid");
        } else {
            commands.run(redirect, () -> engagement.addFollowUp(currentActor.get(), id, form), "session.followUpAdded");
        }
        return "redirect:/sessions/" + id;
    }

    @PostMapping("/follow-ups/{id}/done")
    String done(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam long session,
            RedirectAttributes redirect) {
        commands.run(redirect, () -> engagement.followUpDone(currentActor.get(), id, version), "session.followUpDone");
        return "redirect:/sessions/" + session;
    }

    @GetMapping("/follow-ups/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        return correctionPages.edit(id, model);
    }

    @PostMapping("/follow-ups/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("correction") FollowUpCorrection correction,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return correctionPages.update(id, correction, result, model, redirect);
    }

    @GetMapping("/follow-ups/{id}/delete")
    String confirmRemoval(@PathVariable long id, Model model) {
        return correctionPages.confirmRemoval(id, model);
    }

    /** Back to the session the confirmation page named, even when someone else removed the follow-up meanwhile. */
    @PostMapping("/follow-ups/{id}/delete")
    String remove(
            @PathVariable long id,
            @RequestParam long session,
            @Valid @ModelAttribute RemovalForm removalForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return correctionPages.remove(id, removalForm, result, model, redirect, "/sessions/" + session);
    }
}
