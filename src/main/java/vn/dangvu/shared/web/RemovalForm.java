package vn.dangvu.shared.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Why a record is removed, and the version of it that the user saw when they confirmed. */
public record RemovalForm(
        @NotBlank @Size(max = 500) String reason, @NotNull Long version) {

    public static RemovalForm of(long version) {
        return new RemovalForm("", version);
    }
}
