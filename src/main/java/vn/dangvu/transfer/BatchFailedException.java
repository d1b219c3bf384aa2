package vn.dangvu.transfer;

import vn.dangvu.shared.BusinessRuleException;

/** A batch step stopped at one member; nothing of the batch was kept. */
public class BatchFailedException extends BusinessRuleException {

    private final String memberName;
    private final String causeKey;

    public BatchFailedException(String memberName, String causeKey) {
        super("campaign.batchFailed", memberName, "key:" + causeKey);
        this.memberName = memberName;
        this.causeKey = causeKey;
    }

    public String memberName() {
        return memberName;
    }

    public String causeKey() {
        return causeKey;
    }
}
