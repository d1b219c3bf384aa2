package vn.dangvu.branchwork.web;

import jakarta.validation.Valid;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.branchwork.MeetingKind;
import vn.dangvu.branchwork.NoticeForm;
import vn.dangvu.branchwork.NoticeService;
import vn.dangvu.branchwork.NoticeViews;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.web.FlashMessages;
import vn.dangvu.shared.web.FormErrors;
import vn.dangvu.shared.web.RemovalForm;

/** Meeting notices: a branch's coming meetings, a new notice with its documents, changing and cancelling one. */
@Controller
@RequiredArgsConstructor
class NoticeController {

    /** A branch meeting is announced; its committee's meetings are not. */
    private static final MeetingKind[] KINDS = {MeetingKind.REGULAR, MeetingKind.THEMATIC};

    private final NoticeService notices;
    private final CurrentActor currentActor;

    @GetMapping("/branches/{id}/notices")
    String list(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        var notices = this.notices.listPage(currentActor.get(), id, PageView.safePage(page));
        model.addAttribute("branch", notices.branch());
        model.addAttribute("page", notices.notices());
        model.addAttribute("announce", notices.announce());
        return "branchwork/notices";
    }

    @GetMapping("/branches/{id}/notices/new")
    String newNotice(@PathVariable long id, Model model) {
        model.addAttribute("noticeForm", NoticeForm.blank());
        return form(notices.newNotice(currentActor.get(), id), null, model);
    }

    /** A file refused (too large, of another type) brings the form back with what was typed, and says why. */
    @PostMapping("/branches/{id}/notices")
    String create(
            @PathVariable long id,
            @Valid @ModelAttribute NoticeForm noticeForm,
            BindingResult result,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    long notice = notices.create(currentActor.get(), id, noticeForm, Uploads.of(files));
                    FlashMessages.success(redirect, "notice.created");
                    return "redirect:/notices/" + notice;
                },
                () -> form(notices.newNotice(currentActor.get(), id), null, model));
    }

    @GetMapping("/notices/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("notice", notices.get(currentActor.get(), id));
        return "branchwork/notice";
    }

    /** A cancelled notice is kept as it was: its page says so instead. */
    @GetMapping("/notices/{id}/edit")
    String edit(@PathVariable long id, Model model, RedirectAttributes redirect) {
        NoticeViews.NoticeEdit edit = notices.edit(currentActor.get(), id);
        if (edit.cancelled()) {
            return alreadyCancelled(id, redirect);
        }
        model.addAttribute("noticeForm", edit.form());
        return editForm(id, edit.branch(), edit.version(), model);
    }

    @PostMapping("/notices/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute NoticeForm noticeForm,
            BindingResult result,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> notices.update(currentActor.get(), id, noticeForm, version),
                redirect,
                "notice.updated",
                "/notices/" + id,
                () -> editForm(id, notices.edit(currentActor.get(), id).branch(), version, model));
    }

    @GetMapping("/notices/{id}/cancel")
    String cancellation(@PathVariable long id, Model model, RedirectAttributes redirect) {
        NoticeViews.NoticeEdit cancel = notices.edit(currentActor.get(), id);
        if (cancel.cancelled()) {
            return alreadyCancelled(id, redirect);
        }
        model.addAttribute("removalForm", RemovalForm.of(cancel.version()));
        model.addAttribute("cancel", cancel);
        return "branchwork/notice-cancel";
    }

    /** A GET never cancels anything: only this POST, with a reason, does. */
    @PostMapping("/notices/{id}/cancel")
    String cancel(
            @PathVariable long id,
            @Valid @ModelAttribute RemovalForm removalForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> notices.cancel(currentActor.get(), id, removalForm),
                redirect,
                "notice.cancelled.done",
                "/notices/" + id,
                () -> {
                    model.addAttribute("cancel", notices.edit(currentActor.get(), id));
                    return "branchwork/notice-cancel";
                });
    }

    /** The form of a notice being changed, with the version the user started from. */
    private static String editForm(long id, UnitView branch, Long version, Model model) {
        model.addAttribute("noticeId", id);
        return form(branch, version, model);
    }

    private static String alreadyCancelled(long id, RedirectAttributes redirect) {
        FlashMessages.error(redirect, "notice.cancelled");
        return "redirect:/notices/" + id;
    }

    private static String form(UnitView branch, Long version, Model model) {
        model.addAttribute("branch", branch);
        model.addAttribute("version", version);
        model.addAttribute("kinds", KINDS);
        return "branchwork/notice-form";
    }
}
