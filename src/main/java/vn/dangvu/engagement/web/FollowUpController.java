package vn.dangvu.engagement.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.engagement.EngagementCorrections;
import vn.dangvu.engagement.EngagementFilters.FollowUpFilter;
import vn.dangvu.engagement.EngagementForms.FollowUpCorrection;
import vn.dangvu.engagement.EngagementService;
import vn.dangvu.engagement.EngagementViews;
import vn.dangvu.engagement.FollowUpState;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.web.Commands;

/**
 * What receptions and dialogues decided to do: every session's follow-ups in one list (open, done or
 * overdue as of a date), marked done, corrected or removed (a new one is added on its session's page).
 */
@Controller
@RequestMapping("/follow-ups")
class FollowUpController extends CorrectionPages<FollowUpCorrection, EngagementViews.FollowUpRow> {

    private final EngagementService engagement;

    FollowUpController(
            EngagementService engagement,
            EngagementCorrections corrections,
            CurrentActor currentActor,
            Commands commands) {
        super(corrections.followUps(), "follow-up", "followUp", "/sessions", corrections, currentActor, commands);
        this.engagement = engagement;
    }

    @GetMapping
    String list(
            @ModelAttribute("filter") FollowUpFilter filter,
            @RequestParam(required = false) Integer page,
            Model model) {
        Actor actor = currentActor.get();
        listed(model, engagement.followUps(actor, filter, PageView.safePage(page)), engagement.may(actor));
        model.addAttribute("states", FollowUpState.values());
        return "engagement/follow-ups";
    }

    @PostMapping("/{id}/done")
    String done(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam long session,
            RedirectAttributes redirect) {
        commands.run(redirect, () -> engagement.followUpDone(currentActor.get(), id, version), "session.followUpDone");
        return "redirect:/sessions/" + session;
    }

    @Override
    String afterCorrection(long session) {
        return "/sessions/" + session;
    }

    /** Back to the session the confirmation page named, even when someone else removed the follow-up meanwhile. */
    @Override
    String afterRemoval(long id, WebRequest request) {
        String session = request.getParameter("session");
        if (session == null || !session.matches("\\d{1,18}")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return "/sessions/" + session;
    }
}
