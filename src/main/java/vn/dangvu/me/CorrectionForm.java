package vn.dangvu.me;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a member asks to be corrected in their record, in their own words. */
public record CorrectionForm(@NotBlank @Size(max = 2000) String body) {

    public static CorrectionForm empty() {
        return new CorrectionForm("");
    }
}
