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
import vn.dangvu.engagement.EngagementForms.FollowUpForm;
import vn.dangvu.engagement.EngagementForms.SessionForm;
import vn.dangvu.engagement.EngagementService;
import vn.dangvu.engagement.SessionKind;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.web.Commands;
import vn.dangvu.shared.web.FlashMessages;
import vn.dangvu.shared.web.FormErrors;

/** Citizen reception sessions and the annual dialogue, with their follow-ups. */
@Controller
class SessionController {

    private final EngagementService engagement;
    private final OrganisationService organisation;
    private final CurrentActor currentActor;
    private final Commands commands;

    SessionController(
            EngagementService engagement,
            OrganisationService organisation,
            CurrentActor currentActor,
            Commands commands) {
        this.engagement = engagement;
        this.organisation = organisation;
        this.currentActor = currentActor;
        this.commands = commands;
    }

    @GetMapping("/sessions")
    String list(
            @RequestParam(required = false) SessionKind kind,
            @RequestParam(required = false) Integer page,
            Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("may", engagement.may(currentActor.get()));
        model.addAttribute("page", engagement.sessions(actor, kind, PageView.safePage(page)));
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", SessionKind.values());
        if (!model.containsAttribute("sessionForm")) {
            model.addAttribute("sessionForm", SessionForm.empty());
        }
        model.addAttribute(
                "units",
                organisation.choices(
                        actor.scopePath(),
                        EnumSet.of(
                                UnitKind.PROVINCE, UnitKind.DISTRICT, UnitKind.COMMUNE, UnitKind.TOWN, UnitKind.WARD),
                        true));
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
                () -> list(null, 0, model));
    }

    @GetMapping("/sessions/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("engagementSession", engagement.session(currentActor.get(), id));
        model.addAttribute("may", engagement.may(currentActor.get()));
        return "engagement/session";
    }

    @PostMapping("/sessions/{id}/follow-ups")
    String addFollowUp(
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
}
