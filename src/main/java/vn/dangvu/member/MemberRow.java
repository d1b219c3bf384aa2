package vn.dangvu.member;

import java.time.LocalDate;

/** One line of the member list; {@code keyLeader} and {@code committee} as of today. */
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
        String communeName) {}
