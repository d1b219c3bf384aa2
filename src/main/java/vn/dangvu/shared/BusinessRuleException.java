package vn.dangvu.shared;

import java.util.List;

/**
 * A command broke a rule of the domain. Carries a message key (and its arguments) that the web layer
 * shows to the user, who keeps what they typed.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final List<Object> arguments;

    public BusinessRuleException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private BusinessRuleException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    /** A rule about one form field, shown beside it. */
    public static BusinessRuleException onField(String field, String messageKey, Object... arguments) {
        return new BusinessRuleException(field, messageKey, arguments);
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
}
