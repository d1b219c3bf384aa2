package vn.dangvu.importing.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.importing.ImportFailedException;
import vn.dangvu.importing.ImportKind;
import vn.dangvu.importing.ImportService;
import vn.dangvu.importing.PreviewExpiredException;
import vn.dangvu.importing.RegisterExport;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.web.FlashMessages;

/** Upload a register, see every row's outcome, confirm or cancel; download the template. */
@Controller
@RequiredArgsConstructor
class ImportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ImportService imports;
    private final RegisterExport export;
    private final CurrentActor currentActor;

    @GetMapping("/import")
    String form(Model model) {
        model.addAttribute("kinds", imports.kinds(currentActor.get()));
        return "importing/upload";
    }

    @PostMapping("/import")
    String upload(@RequestParam ImportKind kind, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        if (file.isEmpty()) {
            FlashMessages.error(redirect, "import.noFile");
            return "redirect:/import";
        }
        try (InputStream in = file.getInputStream()) {
            var preview = imports.upload(currentActor.get(), kind, file.getOriginalFilename(), in);
            return "redirect:/import/" + preview.token();
        } catch (ImportFailedException e) {
            FlashMessages.error(redirect, e.messageKey(), e.arguments());
            return "redirect:/import";
        }
    }

    /** A preview that is gone answers 404 with the upload page, which asks for the file again. */
    @GetMapping("/import/{token}")
    String preview(
            @PathVariable String token,
            @RequestParam(required = false) Integer page,
            @RequestParam(defaultValue = "false") boolean errors,
            Model model,
            HttpServletResponse response) {
        try {
            model.addAttribute("preview", imports.preview(currentActor.get(), token, PageView.safePage(page), errors));
            return "importing/preview";
        } catch (PreviewExpiredException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("flashError", new FlashMessages.FlashMessage(e.messageKey(), e.arguments()));
            model.addAttribute("kinds", imports.kinds(currentActor.get()));
            return "importing/upload";
        }
    }

    @PostMapping("/import/{token}/commit")
    String commit(@PathVariable String token, RedirectAttributes redirect) throws IOException {
        try {
            long written = imports.commit(currentActor.get(), token);
            FlashMessages.success(redirect, "import.done", written);
            return "redirect:/import";
        } catch (PreviewExpiredException e) {
            FlashMessages.error(redirect, e.messageKey());
            return "redirect:/import";
        } catch (ImportFailedException e) {
            FlashMessages.error(redirect, e.messageKey(), e.arguments());
            return "redirect:/import/" + token + "?errors=true";
        }
    }

    @PostMapping("/import/{token}/cancel")
    String cancel(@PathVariable String token, RedirectAttributes redirect) {
        imports.cancel(currentActor.get(), token);
        FlashMessages.success(redirect, "import.cancelled");
        return "redirect:/import";
    }

    @GetMapping("/import/template/{kind}.xlsx")
    void template(@PathVariable String kind, HttpServletResponse response) throws IOException {
        ImportKind importKind = switch (kind) {
            case "branches" -> ImportKind.BRANCHES;
            case "dues" -> ImportKind.DUES;
            default -> ImportKind.MEMBERS;
        };
        download(response, XLSX, "mau-" + kind + ".xlsx");
        export.template(importKind, response.getOutputStream());
    }

    static void download(HttpServletResponse response, String type, String filename) {
        response.setContentType(type);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename).build().toString());
    }
}
