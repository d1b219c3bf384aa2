package vn.dangvu.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record RenameForm(
        @NotBlank @Size(max = 200) String name, @NotNull Long version) {}
