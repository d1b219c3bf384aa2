package vn.dangvu.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An exemption from Party work and meetings as typed on the member's page: the kind and reason, the
 * resolution (number, date, deciding body), the first day and, for another reason than age or health, the
 * last day planned.
 */
public record ExemptionForm(
        @NotNull ExemptionKind kind,
        @Size(max = 500) String reason,
        @NotBlank @Size(max = 60) String resolutionNumber,
        @NotNull @PastOrPresent LocalDate resolutionOn,
        @NotBlank @Size(max = 200) String decidedBy,
        @NotNull LocalDate startsOn,
        LocalDate endsOn) {

    public static ExemptionForm empty(String decidedBy) {
        return new ExemptionForm(null, "", "", null, decidedBy, null, null);
    }
}
