package vn.dangvu.account;

import jakarta.validation.constraints.NotBlank;

/** A signed-in user's own password change: the current password, and the new one twice. */
public record OwnPasswordForm(
        @NotBlank String currentPassword,
        @NotBlank String password,
        @NotBlank String confirmation) {

    public static OwnPasswordForm empty() {
        return new OwnPasswordForm("", "", "");
    }
}
