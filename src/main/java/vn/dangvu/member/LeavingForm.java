package vn.dangvu.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A member's leaving of the Party as typed on its page: the kind, its ground (for a removal from the list),
 * the day, the decision (number, date, deciding body) and the version of the member the user saw.
 */
public record LeavingForm(
        @NotNull LeftReason reason,
        @Size(max = 500) String ground,
        @NotNull @PastOrPresent LocalDate leftOn,
        @Size(max = 60) String decisionNumber,
        @NotNull @PastOrPresent LocalDate decisionOn,
        @NotBlank @Size(max = 200) String decidedBy,
        Long version) {

    public static LeavingForm empty(String decidedBy, long version) {
        return new LeavingForm(null, "", null, "", null, decidedBy, version);
    }
}
