package vn.dangvu.member.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.dangvu.member.PeriodKind;
import vn.dangvu.shared.BusinessRuleException;

/**
 * A member's stay in one branch, from {@code startedOn} (inclusive) to {@code endedOn} (exclusive): the
 * official membership, or a temporary attendance at a host beside it (a temporary transfer keeps the official
 * membership at the origin). Only official periods count in member totals.
 */
@Entity
@Table(name = "membership_period")
public class MembershipPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "membership_period_seq")
    @SequenceGenerator(name = "membership_period_seq", sequenceName = "membership_period_seq", allocationSize = 50)
    private Long id;

    private Long memberId;
    private Long branchId;
    private LocalDate startedOn;
    private LocalDate endedOn;
    private Long transferId;

    @Enumerated(EnumType.STRING)
    private PeriodKind kind = PeriodKind.OFFICIAL;

    protected MembershipPeriod() {}

    MembershipPeriod(Long memberId, Long branchId, LocalDate startedOn, Long transferId) {
        this.memberId = memberId;
        this.branchId = branchId;
        this.startedOn = startedOn;
        this.transferId = transferId;
    }

    public static MembershipPeriod open(long memberId, long branchId, LocalDate startedOn, Long transferId) {
        return new MembershipPeriod(memberId, branchId, startedOn, transferId);
    }

    /** A temporary attendance at a host branch, beside the official period that stays open at the origin. */
    public static MembershipPeriod temporary(long memberId, long branchId, LocalDate startedOn, long transferId) {
        MembershipPeriod period = new MembershipPeriod(memberId, branchId, startedOn, transferId);
        period.kind = PeriodKind.TEMPORARY;
        return period;
    }

    public void close(LocalDate on) {
        if (endedOn != null) {
            throw new BusinessRuleException("member.periodClosed");
        }
        if (on.isBefore(startedOn)) {
            throw new BusinessRuleException("member.periodEndsBeforeStart");
        }
        this.endedOn = on;
    }

    public Long getMemberId() {
        return memberId;
    }

    public Long getBranchId() {
        return branchId;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public Long getTransferId() {
        return transferId;
    }

    public PeriodKind getKind() {
        return kind;
    }
}
