package vn.dangvu.shared.web;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form field path the binder refuses, such as {@code rows[257].memberId} past its limit of 256 rows
 * (which keeps a crafted index from growing a list without bound) or {@code rows[x]}, is a bad request
 * that no page of the app sends: it answers 400 with a message instead of a server error.
 */
@ControllerAdvice
class BadFormAdvice {

    @ExceptionHandler(InvalidPropertyException.class)
    ModelAndView badFieldPath() {
        ModelAndView page = new ModelAndView("error/400", HttpStatus.BAD_REQUEST);
        page.addObject("reasonKey", "error.400.formRows");
        page.addObject("reasonArguments", new Object[] {DataBinder.DEFAULT_AUTO_GROW_COLLECTION_LIMIT});
        return page;
    }
}
