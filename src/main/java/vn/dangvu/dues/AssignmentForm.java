package vn.dangvu.dues;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A member's category and base from a month ("03/2026"): the base in đồng for a percent category, a
 * hardship reduction (0, 30, 50, 70%) that needs its last month, at most 12 months after the first.
 */
public record AssignmentForm(
        @NotBlank @Size(max = 40) String category,
        @Size(max = 20) String base,
        Integer reductionPercent,
        @NotBlank @Size(max = 10) String fromMonth,
        @Size(max = 10) String toMonth) {

    public static AssignmentForm empty() {
        return new AssignmentForm("", "", 0, "", "");
    }
}
