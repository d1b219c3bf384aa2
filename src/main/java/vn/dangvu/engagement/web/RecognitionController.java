package vn.dangvu.engagement.web;

import jakarta.validation.Valid;
import java.util.EnumSet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.engagement.EngagementForms.RecognitionForm;
import vn.dangvu.engagement.EngagementService;
import vn.dangvu.engagement.RecognitionKind;
import vn.dangvu.member.MemberService;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.web.FlashMessages;
import vn.dangvu.shared.web.FormErrors;
import vn.dangvu.shared.web.Periods;

/** Commendations and reminders: the list, filtered by kind and year, and a new one. */
@Controller
class RecognitionController {

    private final EngagementService engagement;
    private final OrganisationService organisation;
    private final MemberService members;
    private final CurrentActor currentActor;

    RecognitionController(
            EngagementService engagement,
            OrganisationService organisation,
            MemberService members,
            CurrentActor currentActor) {
        this.members = members;
        this.engagement = engagement;
        this.organisation = organisation;
        this.currentActor = currentActor;
    }

    @GetMapping("/recognitions")
    String list(
            @RequestParam(required = false) RecognitionKind kind,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Long member,
            Model model) {
        Periods.Year input = Periods.yearFilter(year);
        model.addAttribute("may", engagement.may(currentActor.get()));
        model.addAttribute(
                "page", engagement.recognitions(currentActor.get(), kind, input.year(), PageView.safePage(page)));
        model.addAttribute("kind", kind);
        model.addAttribute("year", input.year());
        model.addAttribute("yearInput", input);
        model.addAttribute("kinds", RecognitionKind.values());
        Actor actor = currentActor.get();
        if (!model.containsAttribute("recognitionForm")) {
            RecognitionForm empty = RecognitionForm.empty();
            model.addAttribute(
                    "recognitionForm", new RecognitionForm(empty.kind(), member, null, empty.decidedOn(), "", "", ""));
        }
        RecognitionForm form = (RecognitionForm) model.getAttribute("recognitionForm");
        if (form != null && form.memberId() != null) {
            model.addAttribute("member", members.get(actor, form.memberId()));
        }
        model.addAttribute(
                "branches", organisation.choices(actor.scopePath(), EnumSet.copyOf(UnitKind.BRANCH_KINDS), true));
        return "engagement/recognitions";
    }

    @PostMapping("/recognitions")
    String create(
            @Valid @ModelAttribute RecognitionForm recognitionForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> engagement.problemsOfRecognition(currentActor.get(), recognitionForm),
                () -> {
                    engagement.recognise(currentActor.get(), recognitionForm);
                    FlashMessages.success(redirect, "recognition.created");
                    return "redirect:/recognitions";
                },
                () -> list(null, null, 0, null, model));
    }
}
