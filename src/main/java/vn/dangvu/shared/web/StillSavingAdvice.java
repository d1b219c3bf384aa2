package vn.dangvu.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A repeat of a form whose first submission is still at work after a long wait: say so, save nothing. */
@ControllerAdvice
class StillSavingAdvice {

    @ExceptionHandler(FormSubmissionGuard.StillSavingException.class)
    ModelAndView stillSaving() {
        return new ModelAndView("error/still-saving", HttpStatus.CONFLICT);
    }
}
