package vn.dangvu.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Before a form whose binding failed is shown again: checks everything it holds (a sub-form whose own
 * values were fine is otherwise never validated, e.g. the member on the incoming-transfer form) and puts
 * the form, built with the unreadable values left null, back into the model, where Spring leaves null.
 * The page then knows the form's type, which marks its required fields.
 */
class PartialForms implements HandlerInterceptor {

    private final SpringValidatorAdapter validator;

    PartialForms(jakarta.validation.Validator validator) {
        this.validator = new SpringValidatorAdapter(validator);
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        @SuppressWarnings("unchecked")
        List<WebDataBinder> binders = (List<WebDataBinder>) request.getAttribute(FormBindingAdvice.FORM_BINDERS);
        if (binders == null
                || page == null
                || page.getViewName() == null
                || page.getViewName().startsWith("redirect:")) {
            return;
        }
        for (WebDataBinder binder : binders) {
            Object form = binder.getTarget();
            BindingResult result = binder.getBindingResult();
            if (form == null || result.getTarget() != null) {
                continue;
            }
            BindingResult whole = new BeanPropertyBindingResult(form, result.getObjectName());
            validator.validate(form, whole);
            for (FieldError error : whole.getFieldErrors()) {
                if (!result.hasFieldErrors(error.getField())) {
                    result.addError(error);
                }
            }
            if (page.getModel().get(result.getObjectName()) == null) {
                page.addObject(result.getObjectName(), form);
            }
        }
    }
}
