package vn.dangvu.me.web;

import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dangvu.branchwork.NoticeDownloads;
import vn.dangvu.me.MeRecordsService;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.web.Periods;

/** A member's own pages about their branch's meetings: the coming ones with their documents, and their attendance. */
@Controller
@RequiredArgsConstructor
class MeMeetingsController {

    private final MeRecordsService me;
    private final CurrentActor currentActor;

    @GetMapping("/me/meetings")
    String meetings(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("page", me.meetings(currentActor.get(), PageView.safePage(page)));
        return "me/meetings";
    }

    @GetMapping("/me/notices/{id}")
    String notice(@PathVariable long id, Model model) {
        model.addAttribute("notice", me.notice(currentActor.get(), id));
        return "me/notice";
    }

    /** Sent as the staff's download is: always an attachment, never shown inside the app. */
    @GetMapping("/me/notices/{id}/documents/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long documentId) {
        return NoticeDownloads.attachment(me.document(currentActor.get(), id, documentId));
    }

    /** The year asked for; one that cannot be used shows this year, and the page says why. */
    @GetMapping("/me/attendance")
    String attendance(
            @RequestParam(required = false) String year, @RequestParam(required = false) Integer page, Model model) {
        Periods.Year input = Periods.year(year, LocalDate.now().getYear());
        model.addAttribute("yearInput", input);
        model.addAttribute("page", me.attendance(currentActor.get(), input.year(), PageView.safePage(page)));
        return "me/attendance";
    }
}
