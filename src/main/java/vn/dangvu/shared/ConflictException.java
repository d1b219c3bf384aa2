package vn.dangvu.shared;

/** Someone else changed the record since the user opened it. */
public class ConflictException extends BusinessRuleException {
    public ConflictException() {
        super("error.conflict");
    }
}
