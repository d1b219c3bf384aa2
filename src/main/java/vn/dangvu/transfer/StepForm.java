package vn.dangvu.transfer;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A step on a transfer: the version the user saw, and a reason or a date where the step needs one. */
public record StepForm(
        @NotNull Long version,
        @Size(max = 500) String reason,
        @PastOrPresent LocalDate effectiveOn) {}
