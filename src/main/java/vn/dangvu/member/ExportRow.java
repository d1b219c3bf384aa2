package vn.dangvu.member;

import java.time.LocalDate;

/** A member as the register's export writes them, with unit names in place of ids. */
public record ExportRow(
        String fullName,
        LocalDate birthDate,
        Gender gender,
        String idNumber,
        String partyCardNumber,
        LocalDate admittedOn,
        LocalDate fullMemberOn,
        String communeName,
        String branchName,
        String residenceName,
        String position,
        String workplace,
        MemberGroup group) {}
