package vn.dangvu.importing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import vn.dangvu.shared.Violation;

/**
 * Turns a broken rule of a form into a row error with the message the form shows: the most specific of
 * the rule's message codes that the messages define (both languages define the same keys).
 */
@RequiredArgsConstructor
final class RuleMessages {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;
    private final Map<String, Boolean> defined = new ConcurrentHashMap<>();

    RowOutcome.RowError rowError(String column, Violation violation) {
        String key =
                violation.codes().stream().filter(this::isDefined).findFirst().orElse(violation.code());
        List<String> arguments =
                violation.arguments().stream().map(String::valueOf).toList();
        return new RowOutcome.RowError(column, key, arguments);
    }

    private boolean isDefined(String code) {
        return defined.computeIfAbsent(code, c -> messages.getMessage(c, null, null, VIETNAMESE) != null);
    }
}
