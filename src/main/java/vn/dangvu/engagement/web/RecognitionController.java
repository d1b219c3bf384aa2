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
import vn.dangvu.engagement.EngagementFilters.RecognitionFilter;
import vn.dangvu.engagement.EngagementForms.RecognitionCorrection;
import vn.dangvu.engagement.EngagementForms.RecognitionForm;
import vn.dangvu.engagement.EngagementForms.RemovalForm;
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
class RecognitionController {

    private final EngagementService engagement;
    private final EngagementCorrections corrections;
    private final OrganisationService organisation;
    private final MemberService members;
    private final CurrentActor currentActor;
    private final Commands commands;
    private final CorrectionPages<RecognitionCorrection, EngagementViews.RecognitionRow> correctionPages;

    RecognitionController(
            EngagementService engagement,
            EngagementCorrections corrections,
            OrganisationService organisation,
            MemberService members,
            CurrentActor currentActor,
            Commands commands) {
        this.members = members;
        this.engagement = engagement;
        this.corrections = corrections;
        this.organisation = organisation;
        this.currentActor = currentActor;
        this.commands = commands;
        this.correctionPages = new CorrectionPages<>(
                "recognition",
                "recognition",
                corrections::recognitionForm,
                corrections::recognitionShown,
                (actor, id, form) -> {
                    corrections.correctRecognition(actor, id, form);
                    return "/recognitions";
                },
                corrections::removeRecognition,
                (actor, model) -> {
                    model.addAttribute("kinds", RecognitionKind.values());
                    model.addAttribute("branches", branches(actor));
                },
                currentActor,
                commands);
    }

    @GetMapping("/recognitions")
    String list(
            @ModelAttribute("filter") RecognitionFilter filter,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Long member,
            Model model) {
        Actor actor = currentActor.get();
        EngagementViews.Listing<EngagementViews.RecognitionRow> listing =
                engagement.recognitions(actor, filter, PageView.safePage(page));
        model.addAttribute("may", engagement.may(actor));
        model.addAttribute("page", listing.page());
        model.addAttribute("listing", listing);
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
                () -> list(RecognitionFilter.none(), 0, null, model));
    }

    @GetMapping("/recognitions/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        return correctionPages.edit(id, model);
    }

    @PostMapping("/recognitions/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("correction") RecognitionCorrection correction,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return correctionPages.update(id, correction, result, model, redirect);
    }

    @GetMapping("/recognitions/{id}/delete")
    String confirmRemoval(@PathVariable long id, Model model) {
        return correctionPages.confirmRemoval(id, model);
    }

    @PostMapping("/recognitions/{id}/delete")
    String remove(
            @PathVariable long id,
            @Valid @ModelAttribute RemovalForm removalForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return correctionPages.remove(id, removalForm, result, model, redirect, "/recognitions");
    }

    private List<UnitChoice> branches(Actor actor) {
        return organisation.choices(actor.scopePath(), EnumSet.copyOf(UnitKind.BRANCH_KINDS), true);
    }
}
