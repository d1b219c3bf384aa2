package vn.dangvu.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** A justified exception: how many more excellent ratings (quota only), why, and the body that decided it. */
public record OverrideForm(
        @Min(1) @Max(1000) Integer extra,
        @Size(max = 500) String reason,
        @Size(max = 200) String decidingBody) {}
