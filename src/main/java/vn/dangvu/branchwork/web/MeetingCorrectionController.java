package vn.dangvu.branchwork.web;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.branchwork.BranchWorkViews;
import vn.dangvu.branchwork.MeetingForm;
import vn.dangvu.branchwork.MeetingKind;
import vn.dangvu.branchwork.MeetingService;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.web.FlashMessages;
import vn.dangvu.shared.web.FormErrors;
import vn.dangvu.shared.web.LocalDateFormatter;
import vn.dangvu.shared.web.RemovalForm;

/** Correcting a meeting that was typed wrong, and removing one (a page that asks for a reason first). */
@Controller
@RequiredArgsConstructor
class MeetingCorrectionController {

    private final MeetingService meetings;
    private final CurrentActor currentActor;

    @GetMapping("/meetings/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        var edit = meetings.edit(currentActor.get(), id);
        model.addAttribute("meetingForm", edit.form());
        return form(edit, edit.version(), model);
    }

    @PostMapping("/meetings/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute MeetingForm meetingForm,
            BindingResult result,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    meetings.update(currentActor.get(), id, meetingForm, version);
                    FlashMessages.success(redirect, "meeting.updated");
                    return "redirect:/meetings/" + id;
                },
                () -> form(meetings.edit(currentActor.get(), id), version, model));
    }

    @GetMapping("/meetings/{id}/delete")
    String removal(@PathVariable long id, Model model) {
        var removal = meetings.removal(currentActor.get(), id);
        return removalPage(removal).confirm(model, removal.version());
    }

    /** A GET never removes anything: only this POST, with a reason, does. */
    @PostMapping("/meetings/{id}/delete")
    String remove(
            @PathVariable long id,
            @Valid @ModelAttribute RemovalForm removalForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    var removed = meetings.remove(currentActor.get(), id, removalForm);
                    FlashMessages.success(
                            redirect, "meeting.removed", LocalDateFormatter.DISPLAY.format(removed.heldOn()));
                    return "redirect:/branches/" + removed.branch().id() + "/meetings";
                },
                () -> removalPage(meetings.removal(currentActor.get(), id)).show(model));
    }

    private String form(BranchWorkViews.MeetingEdit edit, Long version, Model model) {
        model.addAttribute("edit", edit);
        model.addAttribute("version", version);
        model.addAttribute("kinds", MeetingKind.values());
        return "branchwork/meeting-edit";
    }

    private static RemovalPage removalPage(BranchWorkViews.MeetingRemoval removal) {
        return new RemovalPage(
                "meeting", removal, "/meetings/" + removal.id() + "/delete", "/meetings/" + removal.id());
    }
}
