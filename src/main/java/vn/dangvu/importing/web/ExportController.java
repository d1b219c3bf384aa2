package vn.dangvu.importing.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import vn.dangvu.importing.ImportFormat;
import vn.dangvu.importing.RegisterExport;
import vn.dangvu.member.MemberSearch;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.NotFoundException;

/** The member register (with the list's filters) and the branch list as .xlsx or .csv. */
@Controller
@RequiredArgsConstructor
class ExportController {

    private final RegisterExport export;
    private final CurrentActor currentActor;

    @GetMapping("/members/export.{format}")
    void members(
            @PathVariable String format, @ModelAttribute("search") MemberSearch search, HttpServletResponse response)
            throws IOException {
        ImportFormat f = format(format);
        ImportController.download(response, type(f), "dang-vien." + format);
        export.members(currentActor.get(), search, f, response.getOutputStream());
    }

    @GetMapping("/units/export.{format}")
    void branches(@PathVariable String format, HttpServletResponse response) throws IOException {
        ImportFormat f = format(format);
        ImportController.download(response, type(f), "chi-bo." + format);
        export.branches(currentActor.get(), f, response.getOutputStream());
    }

    private static ImportFormat format(String extension) {
        return switch (extension) {
            case "xlsx" -> ImportFormat.XLSX;
            case "csv" -> ImportFormat.CSV;
            default -> throw new NotFoundException();
        };
    }

    private static String type(ImportFormat format) {
        return format == ImportFormat.XLSX ? ImportController.XLSX : "text/csv;charset=UTF-8";
    }
}
