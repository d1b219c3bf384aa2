package vn.dangvu.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a user types to create or edit a member. {@code branchId} and {@code joinedBranchOn} are used
 * on creation only: later moves are transfers. Committee seats are dated periods of their own
 * ({@link CommitteePeriodForm}), not fields of this form.
 */
public record MemberForm(
        @NotBlank @Size(max = 120) String fullName,
        @NotNull @PastOrPresent LocalDate birthDate,
        @NotNull Gender gender,

        @NotBlank @Pattern(regexp = "\\d{12}") String idNumber,

        @Size(max = 20) @Pattern(regexp = "[0-9A-Za-z./-]*") String partyCardNumber,

        @NotNull @PastOrPresent LocalDate admittedOn,
        @PastOrPresent LocalDate fullMemberOn,
        @NotNull MemberGroup group,
        @Size(max = 200) String position,
        @Size(max = 200) String workplace,
        Long branchId,
        @PastOrPresent LocalDate joinedBranchOn,
        Long residenceBranchId,
        MemberStatus status,
        Long version) {

    public static MemberForm empty() {
        return new MemberForm(
                "",
                null,
                null,
                "",
                "",
                null,
                null,
                null,
                "",
                "",
                null,
                LocalDate.now(),
                null,
                MemberStatus.ACTIVE,
                null);
    }
}
