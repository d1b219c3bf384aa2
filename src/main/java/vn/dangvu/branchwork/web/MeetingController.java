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
import vn.dangvu.branchwork.AttendanceForm;
import vn.dangvu.branchwork.AttendanceStatus;
import vn.dangvu.branchwork.GuestForm;
import vn.dangvu.branchwork.GuestKind;
import vn.dangvu.branchwork.LiaisonService;
import vn.dangvu.branchwork.MeetingForm;
import vn.dangvu.branchwork.MeetingKind;
import vn.dangvu.branchwork.MeetingService;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.web.Commands;
import vn.dangvu.shared.web.FlashMessages;
import vn.dangvu.shared.web.FormErrors;

/** Branch meetings: the list, a new one, and one meeting's attendance, guests and liaison comments. */
@Controller
@RequiredArgsConstructor
class MeetingController {

    private final MeetingService meetings;
    private final LiaisonService liaisons;
    private final CurrentActor currentActor;
    private final Commands commands;

    @GetMapping("/branches/{id}/meetings")
    String list(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        if (!model.containsAttribute("meetingForm")) {
            model.addAttribute("meetingForm", MeetingForm.today());
        }
        return listPage(id, page, model);
    }

    @PostMapping("/branches/{id}/meetings")
    String create(
            @PathVariable long id,
            @Valid @ModelAttribute MeetingForm meetingForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    long meeting = meetings.create(currentActor.get(), id, meetingForm);
                    FlashMessages.success(redirect, "meeting.created");
                    return "redirect:/meetings/" + meeting;
                },
                () -> {
                    model.addAttribute("formAgain", true);
                    return listPage(id, 0, model);
                });
    }

    /** {@code present=all}: the attendance form with everyone present, to change the few who were not. */
    @GetMapping("/meetings/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) String present, Model model) {
        var minutes = meetings.minutes(currentActor.get(), id, "all".equals(present));
        var meeting = minutes.meeting();
        model.addAttribute("meeting", meeting);
        model.addAttribute("totals", minutes.totals());
        model.addAttribute("statuses", AttendanceStatus.values());
        model.addAttribute("guestKinds", new GuestKind[] {GuestKind.COMMUNE_OFFICIAL, GuestKind.OTHER});
        model.addAttribute("guestForm", GuestForm.empty());
        model.addAttribute("future", meeting.heldOn().isAfter(java.time.LocalDate.now()));
        return "branchwork/meeting";
    }

    /** The printable minutes (biên bản sinh hoạt chi bộ): the meeting, its totals and who was absent and why. */
    @GetMapping("/meetings/{id}/minutes")
    String minutes(@PathVariable long id, Model model) {
        var minutes = meetings.minutes(currentActor.get(), id, false);
        model.addAttribute("meeting", minutes.meeting());
        model.addAttribute("totals", minutes.totals());
        return "branchwork/minutes";
    }

    @PostMapping("/meetings/{id}/attendance")
    String attendance(
            @PathVariable long id,
            @Valid @ModelAttribute AttendanceForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        commands.runValid(
                result,
                "meeting.attendanceInvalid",
                redirect,
                () -> meetings.saveAttendance(currentActor.get(), id, form),
                "meeting.attendanceSaved");
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/meetings/{id}/guests")
    String guest(
            @PathVariable long id,
            @Valid @ModelAttribute GuestForm guestForm,
            BindingResult result,
            RedirectAttributes redirect) {
        commands.runValid(
                result,
                "meeting.guestInvalid",
                redirect,
                () -> meetings.addGuest(currentActor.get(), id, guestForm),
                "meeting.guestAdded");
        return "redirect:/meetings/" + id + "#guests";
    }

    @PostMapping("/meetings/{id}/liaison-comment")
    String liaisonComment(@PathVariable long id, @RequestParam String comment, RedirectAttributes redirect) {
        commands.run(redirect, () -> liaisons.comment(currentActor.get(), id, comment), "meeting.commentAdded");
        return "redirect:/meetings/" + id + "#guests";
    }

    private String listPage(long id, Integer page, Model model) {
        var meetingsPage = meetings.listPage(currentActor.get(), id, PageView.safePage(page));
        model.addAttribute("branch", meetingsPage.branch());
        model.addAttribute("page", meetingsPage.meetings());
        model.addAttribute("may", meetingsPage.may());
        model.addAttribute("kinds", MeetingKind.values());
        return "branchwork/meetings";
    }
}
