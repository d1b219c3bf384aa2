package vn.dangvu.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a prepared reorganisation is cancelled. */
public record ReorganisationCancelForm(
        @NotBlank @Size(max = 500) String reason) {}
