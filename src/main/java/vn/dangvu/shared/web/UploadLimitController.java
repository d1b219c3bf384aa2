package vn.dangvu.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;

/** The page an upload over the size limit is sent to (see {@link UploadLimitFilter}). */
@Controller
class UploadLimitController {

    private final DataSize limit;

    UploadLimitController(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize limit) {
        this.limit = limit;
    }

    @GetMapping(UploadLimitFilter.PAGE)
    String tooLarge(Model model) {
        model.addAttribute("limitMegabytes", limit.toMegabytes());
        return "error/upload-too-large";
    }
}
