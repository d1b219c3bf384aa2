package vn.dangvu.shared.jobs;

import vn.dangvu.shared.BusinessRuleException;

/**
 * A rule stopped a job's work, and a page shows why in detail (the rows of an import that stopped its
 * commit): the job's page reads the message and links there.
 */
public class JobFailedException extends BusinessRuleException {

    private final String resultPath;

    public JobFailedException(String resultPath, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.resultPath = resultPath;
    }

    public String resultPath() {
        return resultPath;
    }
}
