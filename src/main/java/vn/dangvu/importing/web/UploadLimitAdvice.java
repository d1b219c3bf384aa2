package vn.dangvu.importing.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.shared.web.FlashMessages;

/** An upload over the size limit gets a clear message on the upload page, not an error page. */
@ControllerAdvice
class UploadLimitAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(RedirectAttributes redirect) {
        FlashMessages.error(redirect, "import.tooLarge");
        return "redirect:/import";
    }
}
