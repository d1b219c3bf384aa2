package vn.dangvu.backup;

import java.util.Arrays;
import vn.dangvu.shared.BusinessRuleException;

/** A backup could not be written, or a restore was refused or failed; a failed restore changed nothing. */
public class BackupException extends BusinessRuleException {

    public BackupException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    /** The key and its arguments, for logs; people read the message the key stands for. */
    @Override
    public String getMessage() {
        return messageKey() + " " + Arrays.toString(arguments());
    }

    BackupException withCause(Throwable cause) {
        initCause(cause);
        return this;
    }
}
