package vn.dangvu.transfer;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A step on a transfer: the version the user saw, and what the step needs: a reason, the effective date, a
 * temporary stay's new planned end, the day the member came back with the host's comments, the day the
 * letter was presented.
 */
public record StepForm(
        @NotNull Long version,
        @Size(max = 500) String reason,
        @PastOrPresent LocalDate effectiveOn,
        LocalDate plannedEnd,
        @PastOrPresent LocalDate returnedOn,
        @Size(max = 1000) String comments,
        @PastOrPresent LocalDate presentedOn)
        implements java.io.Serializable {

    public StepForm(Long version, String reason, LocalDate effectiveOn) {
        this(version, reason, effectiveOn, null, null, null, null);
    }
}
