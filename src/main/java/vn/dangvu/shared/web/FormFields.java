package vn.dangvu.shared.web;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Conventions;
import org.springframework.stereotype.Component;

/**
 * What the form fragments ask about a field ({@code ${@formFields.required(#object, 'fullName')}}):
 * whether the form's record declares it required (a {@code @NotNull}, {@code @NotBlank} or
 * {@code @NotEmpty} constraint), and the name the error summary gives it.
 */
@Component("formFields")
@RequiredArgsConstructor
public class FormFields {

    private static final Set<Class<? extends Annotation>> REQUIRING =
            Set.of(NotNull.class, NotBlank.class, NotEmpty.class);

    private final Validator validator;
    private final MessageSource messages;
    private final Map<String, Boolean> required = new ConcurrentHashMap<>();

    /** Whether {@code path} ("fullName", or "member.fullName" in a sub-form) of the form must be filled. */
    public boolean required(Object form, String path) {
        if (form == null || path == null) {
            return false;
        }
        return required.computeIfAbsent(
                form.getClass().getName() + "#" + path, key -> requiredIn(form.getClass(), path));
    }

    /** Whether the form has any required field (and so needs the legend that explains the mark). */
    public boolean anyRequired(Object form) {
        if (form == null || !form.getClass().isRecord()) {
            return false;
        }
        for (RecordComponent component : form.getClass().getRecordComponents()) {
            if (required(form, component.getName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * How the error summary names a field: the message {@code <form>.<field>} (e.g. {@code
     * memberForm.birthDate}), else the field's own path as a message key (e.g. {@code member.fullName}
     * on the incoming-transfer form), else nothing.
     */
    public String label(Object form, String path) {
        String objectName = form == null ? null : Conventions.getVariableName(form);
        var locale = LocaleContextHolder.getLocale();
        String label = objectName == null ? null : messages.getMessage(objectName + "." + path, null, null, locale);
        return label != null ? label : messages.getMessage(path, null, null, locale);
    }

    /** The id the field's input has: its path without brackets, as Thymeleaf's {@code th:field} writes it. */
    public String anchor(String path) {
        return path.replace("[", "").replace("]", "");
    }

    private boolean requiredIn(Class<?> type, String path) {
        int dot = path.indexOf('.');
        String name = dot < 0 ? path : path.substring(0, dot);
        BeanDescriptor bean = validator.getConstraintsForClass(type);
        PropertyDescriptor property = bean.getConstraintsForProperty(name);
        if (dot >= 0) {
            Class<?> nested = property == null ? componentType(type, name) : property.getElementClass();
            return nested != null && requiredIn(nested, path.substring(dot + 1));
        }
        return property != null
                && property.getConstraintDescriptors().stream()
                        .anyMatch(c -> REQUIRING.contains(c.getAnnotation().annotationType()));
    }

    private static Class<?> componentType(Class<?> type, String name) {
        if (!type.isRecord()) {
            return null;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component.getType();
            }
        }
        return null;
    }
}
