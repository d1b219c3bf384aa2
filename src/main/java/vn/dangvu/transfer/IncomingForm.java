package vn.dangvu.transfer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.dangvu.member.MemberForm;

/** A member who transfers in from a Party committee outside the district (OFFICIAL, incoming). */
public record IncomingForm(
        @Valid @NotNull MemberForm member,
        @NotNull Long toBranchId,
        @NotBlank @Size(max = 300) String otherOrganisation,
        @NotBlank @Size(max = 500) String reason,
        @Size(max = 60) String letterNumber,
        @PastOrPresent LocalDate letterDate) {

    public static IncomingForm empty() {
        return new IncomingForm(MemberForm.empty(), null, "", "", "", LocalDate.now());
    }
}
