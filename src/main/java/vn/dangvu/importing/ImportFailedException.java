package vn.dangvu.importing;

import vn.dangvu.shared.BusinessRuleException;

/** The file as a whole cannot be imported (wrong type, unreadable, missing headers, errors on commit). */
public class ImportFailedException extends BusinessRuleException {
    public ImportFailedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
