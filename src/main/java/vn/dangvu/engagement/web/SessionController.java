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
import vn.dangvu.engagement.EngagementCorrections;
import vn.dangvu.engagement.EngagementFilters.SessionFilter;
import vn.dangvu.engagement.EngagementForms.FollowUpForm;
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

/**
 * Citizen reception sessions and the annual dialogue: the list, a new one, its page and the follow-ups
 * added there, a correction, a removal.
 */
@Controller
@RequestMapping("/sessions")
class SessionController extends CorrectionPages<SessionCorrection, EngagementViews.SessionView> {

    private final EngagementService engagement;
    private final OrganisationService organisation;

    SessionController(
            EngagementService engagement,
            EngagementCorrections corrections,
            OrganisationService organisation,
            CurrentActor currentActor,
            Commands commands) {
        super(corrections.sessions(), "session", "session", "/sessions", corrections, currentActor, commands);
        this.engagement = engagement;
        this.organisation = organisation;
    }

    @GetMapping
    String list(
            @ModelAttribute("filter") SessionFilter filter, @RequestParam(required = false) Integer page, Model model) {
        Actor actor = currentActor.get();
        listed(model, engagement.sessions(actor, filter, PageView.safePage(page)), engagement.may(actor));
        model.addAttribute("kinds", SessionKind.values());
        if (!model.containsAttribute("sessionForm")) {
            model.addAttribute("sessionForm", SessionForm.empty());
        }
        model.addAttribute("units", units(actor));
        return "engagement/sessions";
    }

    @PostMapping
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

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("engagementSession", engagement.session(currentActor.get(), id));
        model.addAttribute("may", engagement.may(currentActor.get()));
        return "engagement/session";
    }

    /** A follow-up is added on its session's page, and the user stays there. */
    @PostMapping("/{id}/follow-ups")
    String addFollowUp(
            @PathVariable long id,
            @Valid @ModelAttribute FollowUpForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        commands.runValid(
                result,
                "session.followUpInvalid",
                redirect,
                () -> engagement.addFollowUp(currentActor.get(), id, form),
                "session.followUpAdded");
        return "redirect:/sessions/" + id;
    }

    @Override
    String afterCorrection(long session) {
        return "/sessions/" + session;
    }

    @Override
    void choices(Actor actor, Model model) {
        model.addAttribute("kinds", SessionKind.values());
        model.addAttribute("units", units(actor));
    }

    /** Receptions and dialogues are held by Party committees at any level, not by branches. */
    private List<UnitChoice> units(Actor actor) {
        return organisation.choices(
                actor.scopePath(), EnumSet.complementOf(EnumSet.copyOf(UnitKind.BRANCH_KINDS)), true);
    }
}
