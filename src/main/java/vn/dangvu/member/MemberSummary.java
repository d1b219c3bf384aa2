package vn.dangvu.member;

/** What other modules need to know of a member. */
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
        boolean communeCommittee) {

    /** Commune leaders and committee members: the report's first weakness is about them. */
    public boolean leader() {
        return keyLeader || communeCommittee;
    }

    public boolean hasLeft() {
        return status == MemberStatus.LEFT;
    }
}
