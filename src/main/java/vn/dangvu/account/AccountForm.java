package vn.dangvu.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.dangvu.shared.Role;

/** A user account as staff create or edit it; the password only on creation. */
public record AccountForm(
        @NotBlank @Size(min = 3, max = 60) @Pattern(regexp = "[A-Za-z0-9._-]+")
        String username,

        @NotBlank @Size(max = 120) String fullName,
        @NotNull Role role,
        @NotNull Long scopeUnitId,
        String password,
        Long version) {

    public static AccountForm empty() {
        return new AccountForm("", "", Role.BRANCH_SECRETARY, null, "", null);
    }
}
