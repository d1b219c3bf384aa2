package vn.dangvu.member;

import java.time.LocalDate;

/**
 * A member as the register's export writes them, with unit names in place of ids; the exemption that lasts
 * today (its fields null when none does) and how the member left the Party (null unless they did).
 */
public record ExportRow(Person person, Exemption exemption, Leaving leaving) {

    /** A member without an exemption today and who has not left (the import template's example). */
    public static ExportRow of(Person person) {
        return new ExportRow(
                person,
                new Exemption(null, null, null, null, null, null),
                new Leaving(null, null, null, null, null, null));
    }

    /** The columns an import reads. */
    public record Person(
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

    // the components are named as the export query's columns, which one row holds side by side
    public record Exemption(
            ExemptionKind exemptionKind,
            LocalDate exemptionFrom,
            LocalDate exemptionTo,
            String exemptionResolution,
            LocalDate exemptionResolutionOn,
            String exemptionDecidedBy) {}

    public record Leaving(
            LeftReason leftReason,
            LocalDate leftOn,
            String leavingGround,
            String leavingDecision,
            LocalDate leavingDecisionOn,
            String leavingDecidedBy) {}
}
