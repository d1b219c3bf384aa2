package vn.dangvu.engagement.web;

import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.engagement.EngagementCorrections;
import vn.dangvu.engagement.EngagementFilters.RecognitionFilter;
import vn.dangvu.engagement.EngagementForms.RecognitionCorrection;
import vn.dangvu.engagement.EngagementForms.RecognitionForm;
import vn.dangvu.engagement.EngagementService;
import vn.dangvu.engagement.EngagementViews;
import vn.dangvu.engagement.RecognitionKind;
import vn.dangvu.member.MemberService;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitChoice;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.web.Commands;
import vn.dangvu.shared.web.FlashMessages;
import vn.dangvu.shared.web.FormErrors;

/** Commendations and reminders: the list, filtered by kind, year and dates; a new one; a correction, a removal. */
@Controller
@RequestMapping("/recognitions")
class RecognitionController extends CorrectionPages<RecognitionCorrection, EngagementViews.RecognitionRow> {

    private final EngagementService engagement;
    private final OrganisationService organisation;
    private final MemberService members;

    RecognitionController(
            EngagementService engagement,
            EngagementCorrections corrections,
            OrganisationService organisation,
            MemberService members,
            CurrentActor currentActor,
            Commands commands) {
        super(
                corrections.recognitions(),
                "recognition",
                "recognition",
                "/recognitions",
                corrections,
                currentActor,
                commands);
        this.members = members;
        this.engagement = engagement;
        this.organisation = organisation;
    }

    @GetMapping
    String list(
            @ModelAttribute("filter") RecognitionFilter filter,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Long member,
            Model model) {
        Actor actor = currentActor.get();
        listed(model, engagement.recognitions(actor, filter, PageView.safePage(page)), engagement.may(actor));
        model.addAttribute("kinds", RecognitionKind.values());
        if (!model.containsAttribute("recognitionForm")) {
            RecognitionForm empty = RecognitionForm.empty();
            model.addAttribute(
                    "recognitionForm", new RecognitionForm(empty.kind(), member, null, empty.decidedOn(), "", "", ""));
        }
        RecognitionForm form = (RecognitionForm) model.getAttribute("recognitionForm");
        if (form != null && form.memberId() != null) {
            model.addAttribute("member", members.get(actor, form.memberId()));
        }
        model.addAttribute("branches", branches(actor));
        return "engagement/recognitions";
    }

    @PostMapping
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
                () -> list(RecognitionFilter.none(), 0, null, model));
    }

    @Override
    void choices(Actor actor, Model model) {
        model.addAttribute("kinds", RecognitionKind.values());
        model.addAttribute("branches", branches(actor));
    }

    private List<UnitChoice> branches(Actor actor) {
        return organisation.choices(actor.scopePath(), EnumSet.copyOf(UnitKind.BRANCH_KINDS), true);
    }
}
