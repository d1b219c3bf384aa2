package vn.dangvu.member;

import java.time.LocalDate;

/** One line of the member list. */
public record MemberRow(
        long id,
        String fullName,
        LocalDate birthDate,
        String idNumber,
        MemberGroup group,
        MemberStatus status,
        boolean keyLeader,
        boolean communeCommittee,
        long branchId,
        String branchName,
        String communeName) {}
