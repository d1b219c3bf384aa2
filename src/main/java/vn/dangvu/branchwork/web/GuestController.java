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
import vn.dangvu.branchwork.GuestForm;
import vn.dangvu.branchwork.GuestKind;
import vn.dangvu.branchwork.MeetingService;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.web.FlashMessages;
import vn.dangvu.shared.web.FormErrors;
import vn.dangvu.shared.web.RemovalForm;

/** Correcting and removing a meeting's guest entry (a liaison corrects their own comments). */
@Controller
@RequiredArgsConstructor
class GuestController {

    private final MeetingService meetings;
    private final CurrentActor currentActor;

    @GetMapping("/guests/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        var record = meetings.guest(currentActor.get(), id);
        var guest = record.guest();
        model.addAttribute("guestForm", new GuestForm(guest.kind(), guest.name(), guest.comment()));
        return form(record, record.version(), model);
    }

    @PostMapping("/guests/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute GuestForm guestForm,
            BindingResult result,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    long meeting = meetings.correctGuest(currentActor.get(), id, guestForm, version);
                    FlashMessages.success(redirect, "meeting.guestUpdated");
                    return "redirect:/meetings/" + meeting + "#guests";
                },
                () -> form(meetings.guest(currentActor.get(), id), version, model));
    }

    @GetMapping("/guests/{id}/delete")
    String removal(@PathVariable long id, Model model) {
        var guest = meetings.guest(currentActor.get(), id);
        return removalPage(guest).confirm(model, guest.version());
    }

    /** A GET never removes anything: only this POST, with a reason, does. */
    @PostMapping("/guests/{id}/delete")
    String remove(
            @PathVariable long id,
            @Valid @ModelAttribute RemovalForm removalForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    long meeting = meetings.removeGuest(currentActor.get(), id, removalForm);
                    FlashMessages.success(redirect, "meeting.guestRemoved");
                    return "redirect:/meetings/" + meeting + "#guests";
                },
                () -> removalPage(meetings.guest(currentActor.get(), id)).show(model));
    }

    private String form(BranchWorkViews.GuestRecord record, Long version, Model model) {
        model.addAttribute("record", record);
        model.addAttribute("version", version);
        model.addAttribute("guestKinds", new GuestKind[] {GuestKind.COMMUNE_OFFICIAL, GuestKind.OTHER});
        return "branchwork/guest-edit";
    }

    private static RemovalPage removalPage(BranchWorkViews.GuestRecord guest) {
        return new RemovalPage(
                "guest",
                guest,
                "/guests/" + guest.guest().id() + "/delete",
                "/meetings/" + guest.meetingId() + "#guests");
    }
}
