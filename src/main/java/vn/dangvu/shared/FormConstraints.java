package vn.dangvu.shared;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * A form record's bean-validation constraints checked outside a web request (a service, an import row),
 * with the same message codes and arguments as the form's binding result, so that a rule reads the
 * same wherever it is broken.
 */
@Component
public class FormConstraints {

    private final SpringValidatorAdapter validator;

    /**
     * The application's validator (same constraints, messages and codes as the forms'), except that every
     * property is reachable: a form record is no JPA entity, and asking JPA whether each property of each
     * imported row is loaded took most of the validation's time.
     */
    FormConstraints(ValidatorFactory factory) {
        this.validator = new SpringValidatorAdapter(
                factory.usingContext().traversableResolver(new Reachable()).getValidator());
    }

    private static final class Reachable implements TraversableResolver {
        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }
    }

    /**
     * The constraints {@code form} breaks; {@code formName} is the name a page binds it under
     * ("memberForm"), which the message codes include.
     */
    public List<Violation> check(Object form, String formName) {
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, formName);
        validator.validate(form, errors);
        List<Violation> found = new ArrayList<>();
        for (FieldError error : errors.getFieldErrors()) {
            List<Object> arguments = new ArrayList<>();
            for (Object argument : Objects.requireNonNullElse(error.getArguments(), new Object[0])) {
                // plain values, for messages kept apart from the form: a resolvable's default is its text
                // (the field's name, a pattern), an array (a pattern's flags) its elements
                arguments.add(
                        argument instanceof MessageSourceResolvable r
                                ? r.getDefaultMessage()
                                : argument instanceof Object[] values ? Arrays.toString(values) : argument);
            }
            found.add(new Violation(error.getField(), error.getCode(), List.of(error.getCodes()), arguments));
        }
        return found;
    }
}
