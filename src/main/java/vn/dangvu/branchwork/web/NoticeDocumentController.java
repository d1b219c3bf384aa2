package vn.dangvu.branchwork.web;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.branchwork.NoticeDownloads;
import vn.dangvu.branchwork.NoticeService;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.web.Commands;

/** A notice's documents: adding them, sending one, removing one. */
@Controller
@RequiredArgsConstructor
class NoticeDocumentController {

    private final NoticeService notices;
    private final CurrentActor currentActor;
    private final Commands commands;

    @PostMapping("/notices/{id}/documents")
    String add(
            @PathVariable long id,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            RedirectAttributes redirect) {
        commands.run(
                redirect,
                () -> notices.addDocuments(currentActor.get(), id, Uploads.of(files)),
                "notice.document.added");
        return "redirect:/notices/" + id + "#documents";
    }

    /** Always a download ({@link NoticeDownloads}): never shown inside the app's pages. */
    @GetMapping("/notices/{id}/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId) {
        return NoticeDownloads.attachment(notices.document(currentActor.get(), id, documentId));
    }

    @PostMapping("/notices/{id}/documents/{documentId}/delete")
    String remove(@PathVariable long id, @PathVariable long documentId, RedirectAttributes redirect) {
        commands.run(
                redirect, () -> notices.removeDocument(currentActor.get(), id, documentId), "notice.document.removed");
        return "redirect:/notices/" + id + "#documents";
    }
}
