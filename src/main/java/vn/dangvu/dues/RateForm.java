package vn.dangvu.dues;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A new dated rate for a category: a percent of the base ("1", "0,5") or an amount in đồng ("5.000"), the
 * rule it comes from, and the day it holds from (the category's current rate ends that day).
 */
public record RateForm(
        @NotBlank @Size(max = 40) String category,
        @NotBlank @Size(max = 200) String rule,
        @NotNull RateKind kind,
        @NotBlank @Size(max = 20) String value,
        @NotNull LocalDate validFrom,
        @Size(max = 500) String note) {

    public static RateForm empty() {
        return new RateForm("", "", RateKind.PERCENT, "", null, "");
    }
}
