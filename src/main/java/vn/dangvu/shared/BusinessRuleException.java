package vn.dangvu.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * A command broke a rule of the domain. Carries a message key (and its arguments) that the web layer
 * shows to the user, who keeps what they typed. A command that checks several rules at once reports
 * every one it found ({@link #all()}), so that a form shows them together instead of one per attempt.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final List<Object> arguments;
    private final List<BusinessRuleException> others;

    public BusinessRuleException(String messageKey, Object... arguments) {
        this(null, messageKey, List.of(arguments), List.of());
    }

    private BusinessRuleException(
            String field, String messageKey, List<Object> arguments, List<BusinessRuleException> others) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.others = others;
    }

    /** A rule about one form field, shown beside it. */
    public static BusinessRuleException onField(String field, String messageKey, Object... arguments) {
        return new BusinessRuleException(field, messageKey, List.of(arguments), List.of());
    }

    /** Several broken rules reported together; the first one is the exception's own message. */
    public static BusinessRuleException all(List<BusinessRuleException> broken) {
        if (broken.isEmpty()) {
            throw new IllegalArgumentException("no broken rule to report");
        }
        List<BusinessRuleException> flat = new ArrayList<>();
        broken.forEach(e -> flat.addAll(e.all()));
        BusinessRuleException first = flat.get(0);
        return new BusinessRuleException(
                first.field, first.messageKey, first.arguments, List.copyOf(flat.subList(1, flat.size())));
    }

    /** The same rule about a field of a sub-form, e.g. {@code fullName} of the form's {@code member}. */
    public BusinessRuleException under(String prefix) {
        return new BusinessRuleException(
                field == null ? null : prefix + "." + field,
                messageKey,
                arguments,
                others.stream().map(o -> o.under(prefix)).toList());
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }

    /** This rule and the others found with it. */
    public List<BusinessRuleException> all() {
        List<BusinessRuleException> all = new ArrayList<>();
        all.add(new BusinessRuleException(field, messageKey, arguments, List.of()));
        all.addAll(others);
        return all;
    }
}
