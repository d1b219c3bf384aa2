package vn.dangvu.transfer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.dangvu.member.MemberForm;

/**
 * A member of a Party committee outside the tree who comes to a branch here: officially (registered as a
 * member on completion), or temporarily (a visitor who stays their own organisation's member, with the
 * purpose and planned end of a temporary stay). A blank {@code kind} is official.
 */
public record IncomingForm(
        @Valid @NotNull MemberForm member,
        @NotNull Long toBranchId,
        @NotBlank @Size(max = 300) String otherOrganisation,
        @NotBlank @Size(max = 500) String reason,
        @Size(max = 60) String letterNumber,
        @PastOrPresent LocalDate letterDate,
        TransferKind kind,
        TemporaryPurpose temporaryPurpose,
        LocalDate plannedEnd) {

    /** The kinds a transfer from outside may have: an internal one never crosses the tree's edge. */
    public static final List<TransferKind> KINDS = List.of(TransferKind.OFFICIAL, TransferKind.TEMPORARY);

    /** An official transfer in. */
    public IncomingForm(
            MemberForm member,
            Long toBranchId,
            String otherOrganisation,
            String reason,
            String letterNumber,
            LocalDate letterDate) {
        this(
                member,
                toBranchId,
                otherOrganisation,
                reason,
                letterNumber,
                letterDate,
                TransferKind.OFFICIAL,
                null,
                null);
    }

    public static IncomingForm empty() {
        return new IncomingForm(MemberForm.empty(), null, "", "", "", LocalDate.now());
    }

    /** The kind chosen, official when left blank. */
    public TransferKind kindOrOfficial() {
        return kind == null ? TransferKind.OFFICIAL : kind;
    }
}
