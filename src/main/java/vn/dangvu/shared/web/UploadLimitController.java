package vn.dangvu.shared.web;

import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page an upload over the size limit is sent to (see {@link UploadLimitFilter}). */
@Controller
@RequiredArgsConstructor
class UploadLimitController {

    @Value("${spring.servlet.multipart.max-file-size:1MB}")
    private final DataSize limit;

    @GetMapping(UploadLimitFilter.PAGE)
    String tooLarge(@RequestParam(required = false) String back, Model model) {
        model.addAttribute("limitMegabytes", limit.toMegabytes());
        model.addAttribute("back", UploadLimitFilter.safeBack(back));
        return "error/upload-too-large";
    }
}
