package vn.dangvu.member;

import java.time.LocalDate;

/**
 * One line of the member list; {@code keyLeader} and {@code committee} as of today. {@code stay}: null, or
 * {@code VISITING} on the host branch's list of a member who attends there temporarily (not counted in its
 * totals), or {@code AWAY} for a member of this branch attending elsewhere temporarily.
 */
public record MemberRow(
        long id,
        String fullName,
        LocalDate birthDate,
        String idNumber,
        MemberGroup group,
        MemberStatus status,
        boolean keyLeader,
        boolean committee,
        long branchId,
        String branchName,
        String communeName,
        String stay) {

    public MemberRow(
            long id,
            String fullName,
            LocalDate birthDate,
            String idNumber,
            MemberGroup group,
            MemberStatus status,
            boolean keyLeader,
            boolean committee,
            long branchId,
            String branchName,
            String communeName) {
        this(
                id,
                fullName,
                birthDate,
                idNumber,
                group,
                status,
                keyLeader,
                committee,
                branchId,
                branchName,
                communeName,
                null);
    }
}
