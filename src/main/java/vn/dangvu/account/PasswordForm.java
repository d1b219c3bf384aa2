package vn.dangvu.account;

import jakarta.validation.constraints.NotBlank;

public record PasswordForm(
        @NotBlank String password, @NotBlank String confirmation) {}
