package vn.dangvu.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A reorganisation's title, effective date and decision (số, ngày, cơ quan ban hành). */
public record ReorganisationForm(
        @NotBlank @Size(max = 200) String title,
        @NotNull LocalDate effectiveOn,
        @Size(max = 100) String decisionNumber,
        LocalDate decisionDate,
        @Size(max = 200) String decisionBody,
        Long version) {

    public static ReorganisationForm empty() {
        return new ReorganisationForm("", null, "", null, "", null);
    }

    Decision decision() {
        return new Decision(blankToNull(decisionNumber), decisionDate, blankToNull(decisionBody));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
