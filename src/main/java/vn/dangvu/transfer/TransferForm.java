package vn.dangvu.transfer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A transfer of a member of this tree: to {@code toBranchId}, or, for an official or temporary transfer out
 * of the tree, to {@code otherOrganisation}. A blank {@code kind} takes the suggested one (internal within
 * one grassroots organisation, else official); a temporary one names its purpose and planned end.
 */
public record TransferForm(
        @NotNull Long memberId,
        TransferKind kind,
        Long toBranchId,
        @Size(max = 300) String otherOrganisation,
        @NotBlank @Size(max = 500) String reason,
        @Size(max = 60) String letterNumber,
        @PastOrPresent LocalDate letterDate,
        @PastOrPresent LocalDate decisionDate,
        TemporaryPurpose temporaryPurpose,
        LocalDate plannedEnd) {

    /** A transfer that is not temporary and names no decision date. */
    public TransferForm(
            Long memberId,
            TransferKind kind,
            Long toBranchId,
            String otherOrganisation,
            String reason,
            String letterNumber,
            LocalDate letterDate) {
        this(memberId, kind, toBranchId, otherOrganisation, reason, letterNumber, letterDate, null, null, null);
    }

    public static TransferForm forMember(long memberId) {
        return new TransferForm(memberId, null, null, "", "", "", LocalDate.now(), null, null, null);
    }

    public boolean leavesTheTree() {
        return (kind == TransferKind.OFFICIAL || kind == TransferKind.TEMPORARY) && toBranchId == null;
    }

    /** The same form with the kind chosen. */
    public TransferForm withKind(TransferKind chosen) {
        return new TransferForm(
                memberId,
                chosen,
                toBranchId,
                otherOrganisation,
                reason,
                letterNumber,
                letterDate,
                decisionDate,
                temporaryPurpose,
                plannedEnd);
    }
}
