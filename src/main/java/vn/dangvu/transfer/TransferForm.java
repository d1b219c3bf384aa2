package vn.dangvu.transfer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A transfer of a member of this tree: to {@code toBranchId}, or, for an OFFICIAL transfer out of the
 * district, to {@code otherOrganisation}.
 */
public record TransferForm(
        @NotNull Long memberId,
        @NotNull TransferKind kind,
        Long toBranchId,
        @Size(max = 300) String otherOrganisation,
        @NotBlank @Size(max = 500) String reason,
        @Size(max = 60) String letterNumber,
        @PastOrPresent LocalDate letterDate) {

    public static TransferForm forMember(long memberId) {
        return new TransferForm(memberId, TransferKind.INTERNAL, null, "", "", "", LocalDate.now());
    }

    public boolean leavesTheTree() {
        return kind == TransferKind.OFFICIAL && toBranchId == null;
    }
}
