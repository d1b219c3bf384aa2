package vn.dangvu.transfer.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.dangvu.shared.BusinessRuleException;

/**
 * A member of a campaign's cohort: where they attend, the branch they should move to (their residence,
 * or one staff chose by hand), or why they are left out, and the transfer once proposed.
 */
@Entity
@Table(name = "campaign_member")
public class CampaignMember {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_member_seq")
    @SequenceGenerator(name = "campaign_member_seq", sequenceName = "campaign_member_seq", allocationSize = 50)
    private Long id;

    private long campaignId;
    private long memberId;
    private long fromBranchId;
    private Long targetBranchId;
    private boolean targetManual;
    private boolean excluded;
    private String exclusionReason;
    private Long transferId;

    @Version
    private long version;

    protected CampaignMember() {}

    public CampaignMember(long campaignId, long memberId, long fromBranchId, Long residenceTarget) {
        this.campaignId = campaignId;
        this.memberId = memberId;
        this.fromBranchId = fromBranchId;
        this.targetBranchId = residenceTarget;
    }

    public void chooseTarget(long branchId) {
        requireNotProposed();
        this.targetBranchId = branchId;
        this.targetManual = true;
    }

    /** The residence changed: follow it unless staff chose the target by hand. */
    public void residenceChanged(Long residenceTarget) {
        if (!targetManual && transferId == null) {
            this.targetBranchId = residenceTarget;
        }
    }

    public void exclude(String reason) {
        requireNotProposed();
        if (reason == null || reason.isBlank()) {
            throw BusinessRuleException.onField("reason", "campaign.exclusionReasonRequired");
        }
        this.excluded = true;
        this.exclusionReason = reason.trim();
    }

    public void include() {
        this.excluded = false;
        this.exclusionReason = null;
    }

    public void proposedAs(long transferId) {
        this.transferId = transferId;
    }

    /** A rejected or cancelled transfer frees the member to be proposed again. */
    public void transferClosed() {
        this.transferId = null;
    }

    private void requireNotProposed() {
        if (transferId != null) {
            throw new BusinessRuleException("campaign.alreadyProposed");
        }
    }

    public Long getId() {
        return id;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public long getMemberId() {
        return memberId;
    }

    public long getFromBranchId() {
        return fromBranchId;
    }

    public Long getTargetBranchId() {
        return targetBranchId;
    }

    public boolean isExcluded() {
        return excluded;
    }

    public Long getTransferId() {
        return transferId;
    }
}
