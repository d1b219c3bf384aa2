package vn.dangvu.dues;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A new dated share kept by a level (the branch of what it collects, the grassroots of what it receives). */
public record ShareForm(
        @NotNull ShareLevel level,
        @NotBlank @Size(max = 20) String percent,
        @NotNull LocalDate validFrom) {

    public static ShareForm empty() {
        return new ShareForm(ShareLevel.BRANCH, "", null);
    }
}
