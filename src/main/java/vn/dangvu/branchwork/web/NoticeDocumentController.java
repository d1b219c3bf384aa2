package vn.dangvu.branchwork.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.branchwork.NoticeService;
import vn.dangvu.branchwork.NoticeViews;
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

    /**
     * Always a download, under the type the upload check found: a browser never shows an uploaded file
     * inside the app's pages, nor guesses another type for it, nor runs anything in it.
     */
    @GetMapping("/notices/{id}/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId) {
        NoticeViews.DocumentFile file = notices.document(currentActor.get(), id, documentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.content().length)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .cacheControl(CacheControl.noStore())
                .body(file.content());
    }

    @PostMapping("/notices/{id}/documents/{documentId}/delete")
    String remove(@PathVariable long id, @PathVariable long documentId, RedirectAttributes redirect) {
        commands.run(
                redirect, () -> notices.removeDocument(currentActor.get(), id, documentId), "notice.document.removed");
        return "redirect:/notices/" + id + "#documents";
    }
}
