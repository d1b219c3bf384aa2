package vn.dangvu.importing.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import vn.dangvu.shared.web.Commands;
import vn.dangvu.shared.web.FlashMessages;

/**
 * Upload a register, see every row's outcome, confirm or cancel; download the template. The check and the
 * write run as jobs: both posts answer with the job's page.
 */
@Controller
@RequiredArgsConstructor
class ImportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ImportService imports;
    private final RegisterExport export;
    private final CurrentActor currentActor;
    private final Commands commands;

    @GetMapping("/import")
    String form(Model model) {
        model.addAttribute("kinds", imports.kinds(currentActor.get()));
        model.addAttribute(
                "runningImport", imports.runningJob(currentActor.get()).orElse(null));
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
            return commands.startJob(
                    redirect,
                    () -> {
                        try {
                            return imports.startCheck(currentActor.get(), kind, file.getOriginalFilename(), in);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    },
                    "/import");
        } catch (UncheckedIOException e) {
            throw e.getCause();
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
            return uploadPage(e, model);
        } catch (ImportFailedException e) {
            return uploadPage(e, model);
        }
    }

    private String uploadPage(ImportFailedException e, Model model) {
        model.addAttribute("flashError", new FlashMessages.FlashMessage(e.messageKey(), e.arguments()));
        return form(model);
    }

    @PostMapping("/import/{token}/commit")
    String commit(@PathVariable String token, RedirectAttributes redirect) {
        return commands.startJob(redirect, () -> imports.startCommit(currentActor.get(), token), "/import");
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
