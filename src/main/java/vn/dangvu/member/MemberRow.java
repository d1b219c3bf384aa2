package vn.dangvu.member;

import java.time.LocalDate;

/**
 * One line of the member list; {@code keyLeader}, {@code committee} and the status (EXEMPT while an exemption
 * lasts) as of today; {@code probationary}: not yet a full member. {@code stay}: null, or {@code VISITING} on
 * the host branch's list of a member who attends there temporarily (not counted in its totals), or
 * {@code AWAY} for a member of this branch attending elsewhere temporarily. {@code leftReason} and
 * {@code leftOn}: how and when a member who left did so (null otherwise).
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
        boolean probationary,
        String stay,
        LeftReason leftReason,
        LocalDate leftOn) {}
