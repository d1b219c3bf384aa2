package vn.dangvu.member;

import java.time.LocalDate;

/**
 * A member as the register's export writes them, with unit names in place of ids; the exemption that lasts
 * today (its columns empty when none does) and how the member left the Party (empty unless they did).
 */
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
        MemberGroup group,
        ExemptionKind exemptionKind,
        LocalDate exemptionFrom,
        LocalDate exemptionTo,
        String exemptionResolution,
        LocalDate exemptionResolutionOn,
        String exemptionDecidedBy,
        LeftReason leftReason,
        LocalDate leftOn,
        String leavingGround,
        String leavingDecision,
        LocalDate leavingDecisionOn,
        String leavingDecidedBy) {

    /** A member without an exemption today and who has not left (the import template's example). */
    public ExportRow(
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
            MemberGroup group) {
        this(
                fullName,
                birthDate,
                gender,
                idNumber,
                partyCardNumber,
                admittedOn,
                fullMemberOn,
                communeName,
                branchName,
                residenceName,
                position,
                workplace,
                group,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
