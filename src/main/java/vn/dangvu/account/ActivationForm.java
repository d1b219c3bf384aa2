package vn.dangvu.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A member's first sign-in: their username, the code on their slip, and the password they choose, twice. */
public record ActivationForm(
        @NotBlank @Size(max = 60) String username,
        @NotBlank @Size(max = 40) String code,
        @NotBlank String password,
        @NotBlank String confirmation) {

    public static ActivationForm empty() {
        return new ActivationForm("", "", "", "");
    }
}
