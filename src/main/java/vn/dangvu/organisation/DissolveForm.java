package vn.dangvu.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The decision that dissolves a branch (số quyết định, ngày). */
public record DissolveForm(
        @NotBlank @Size(max = 100) String decision,
        @NotNull @PastOrPresent LocalDate dissolvedOn) {}
