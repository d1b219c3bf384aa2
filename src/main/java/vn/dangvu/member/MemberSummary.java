package vn.dangvu.member;

import java.time.LocalDate;

/**
 * What other modules need to know of a member. {@code keyLeader} and {@code committee} hold on the day the
 * summary was read for (see {@link CommitteeMemberships#standingOn}).
 */
public record MemberSummary(
        long id,
        String fullName,
        String idNumber,
        MemberGroup group,
        MemberStatus status,
        long branchId,
        Long residenceBranchId,
        String position,
        boolean keyLeader,
        boolean committee,
        LocalDate birthDate) {

    /** Shown beside the name wherever members are listed to choose from, to tell apart two of the same name. */
    public Integer birthYear() {
        return birthDate == null ? null : birthDate.getYear();
    }

    /** Commune leaders and committee members: the report's first weakness is about them. */
    public boolean leader() {
        return keyLeader || committee;
    }

    public boolean hasLeft() {
        return status == MemberStatus.LEFT;
    }
}
