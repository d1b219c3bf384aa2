package vn.dangvu.branchwork;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record GuestForm(
        @NotNull GuestKind kind,
        @NotBlank @Size(max = 120) String name,
        @Size(max = 4000) String comment) {

    public static GuestForm empty() {
        return new GuestForm(GuestKind.COMMUNE_OFFICIAL, "", "");
    }
}
