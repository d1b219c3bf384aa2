package vn.dangvu.member;

/** What other modules need to know of a member. */
public record MemberSummary(
        long id,
        String fullName,
        String idNumber,
        MemberGroup group,
        MemberStatus status,
        long branchId,
        Long residenceBranchId) {

    public boolean hasLeft() {
        return status == MemberStatus.LEFT;
    }
}
