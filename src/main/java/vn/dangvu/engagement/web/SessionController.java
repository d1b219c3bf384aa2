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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.engagement.EngagementCorrections;
import vn.dangvu.engagement.EngagementFilters.SessionFilter;
import vn.dangvu.engagement.EngagementForms.RemovalForm;
import vn.dangvu.engagement.EngagementForms.SessionCorrection;
import vn.dangvu.engagement.EngagementForms.SessionForm;
import vn.dangvu.engagement.EngagementService;
import vn.dangvu.engagement.EngagementViews;
import vn.dangvu.engagement.SessionKind;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitChoice;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.web.Commands;
import vn.dangvu.shared.web.FlashMessages;
import vn.dangvu.shared.web.FormErrors;

/** Citizen reception sessions and the annual dialogue: the list, a new one, its page, a correction, a removal. */
@Controller
class SessionController {

    private final EngagementService engagement;
    private final EngagementCorrections corrections;
    private final OrganisationService organisation;
    private final CurrentActor currentActor;
    private final Commands commands;
    private final CorrectionPages<SessionCorrection, EngagementViews.SessionView> correctionPages;

    SessionController(
            EngagementService engagement,
            EngagementCorrections corrections,
            OrganisationService organisation,
            CurrentActor currentActor,
            Commands commands) {
        this.engagement = engagement;
        this.corrections = corrections;
        this.organisation = organisation;
        this.currentActor = currentActor;
        this.commands = commands;
        this.correctionPages = new CorrectionPages<>(
                "session",
                "session",
                corrections::sessionForm,
                corrections::sessionShown,
                (actor, id, form) -> {
                    corrections.correctSession(actor, id, form);
                    return "/sessions/" + id;
                },
                corrections::removeSession,
                (actor, model) -> {
                    model.addAttribute("kinds", SessionKind.values());
                    model.addAttribute("units", units(actor));
                },
                currentActor,
                commands);
    }

    @GetMapping("/sessions")
    String list(
            @ModelAttribute("filter") SessionFilter filter, @RequestParam(required = false) Integer page, Model model) {
        Actor actor = currentActor.get();
        EngagementViews.Listing<EngagementViews.SessionRow> listing =
                engagement.sessions(actor, filter, PageView.safePage(page));
        model.addAttribute("may", engagement.may(actor));
        model.addAttribute("page", listing.page());
        model.addAttribute("listing", listing);
        model.addAttribute("kinds", SessionKind.values());
        if (!model.containsAttribute("sessionForm")) {
            model.addAttribute("sessionForm", SessionForm.empty());
        }
        model.addAttribute("units", units(actor));
        return "engagement/sessions";
    }

    @PostMapping("/sessions")
    String create(
            @Valid @ModelAttribute SessionForm sessionForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    long id = engagement.hold(currentActor.get(), sessionForm);
                    FlashMessages.success(redirect, "session.created");
                    return "redirect:/sessions/" + id;
                },
                () -> list(SessionFilter.none(), 0, model));
    }

    @GetMapping("/sessions/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("engagementSession", engagement.session(currentActor.get(), id));
        model.addAttribute("may", engagement.may(currentActor.get()));
        return "engagement/session";
    }

    @GetMapping("/sessions/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        return correctionPages.edit(id, model);
    }

    @PostMapping("/sessions/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("correction") SessionCorrection correction,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return correctionPages.update(id, correction, result, model, redirect);
    }

    @GetMapping("/sessions/{id}/delete")
    String confirmRemoval(@PathVariable long id, Model model) {
        return correctionPages.confirmRemoval(id, model);
    }

    @PostMapping("/sessions/{id}/delete")
    String remove(
            @PathVariable long id,
            @Valid @ModelAttribute RemovalForm removalForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return correctionPages.remove(id, removalForm, result, model, redirect, "/sessions");
    }

    /** Receptions and dialogues are held by Party committees at any level, not by branches. */
    private List<UnitChoice> units(Actor actor) {
        return organisation.choices(
                actor.scopePath(), EnumSet.complementOf(EnumSet.copyOf(UnitKind.BRANCH_KINDS)), true);
    }
}
