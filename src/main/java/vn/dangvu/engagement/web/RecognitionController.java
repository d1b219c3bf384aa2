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
        RecognitionCorrection form = corrections.recognitionForm(currentActor.get(), id);
        model.addAttribute("correction", form);
        return editPage(id, form.version(), null, model);
    }

    @PostMapping("/recognitions/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("correction") RecognitionCorrection correction,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    corrections.correctRecognition(currentActor.get(), id, correction);
                    FlashMessages.success(redirect, "recognition.updated");
                    return "redirect:/recognitions";
                },
                () -> editPage(id, correction.version(), result, model));
    }

    /** The form again; after a change made meanwhile, with what is stored now and its version to save over. */
    private String editPage(long id, Long version, BindingResult result, Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("shown", corrections.recognitionShown(actor, id));
        model.addAttribute("version", version);
        if (Conflicts.met(result)) {
            RecognitionCorrection current = corrections.recognitionForm(actor, id);
            model.addAttribute("current", current);
            model.addAttribute("version", current.version());
        }
        model.addAttribute("kinds", RecognitionKind.values());
        model.addAttribute("branches", branches(actor));
        return "engagement/recognition-edit";
    }

    @GetMapping("/recognitions/{id}/delete")
    String confirmRemoval(@PathVariable long id, Model model) {
        EngagementViews.ToRemove<EngagementViews.RecognitionRow> shown =
                corrections.recognitionShown(currentActor.get(), id);
        model.addAttribute("removalForm", RemovalForm.of(shown.version()));
        return removalPage(shown, model);
    }

    @PostMapping("/recognitions/{id}/delete")
    String remove(
            @PathVariable long id,
            @Valid @ModelAttribute RemovalForm removalForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return removalPage(corrections.recognitionShown(currentActor.get(), id), model);
        }
        commands.run(
                redirect,
                () -> corrections.removeRecognition(currentActor.get(), id, removalForm),
                "recognition.removed");
        return "redirect:/recognitions";
    }

    private static String removalPage(EngagementViews.ToRemove<EngagementViews.RecognitionRow> shown, Model model) {
        model.addAttribute("shown", shown);
        return "engagement/recognition-remove";
    }

    private List<UnitChoice> branches(Actor actor) {
        return organisation.choices(actor.scopePath(), EnumSet.copyOf(UnitKind.BRANCH_KINDS), true);
    }
}
