package vn.dangvu.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The outcome of a member's probation: recognised as a full member from {@code fullMemberOn}, or not
 * recognised (removed from the list: xóa tên), by a decision (number, date, deciding body).
 */
public record RecognitionForm(
        @NotNull ProbationOutcome outcome,
        LocalDate fullMemberOn,
        @Size(max = 500) String ground,
        @NotBlank @Size(max = 60) String decisionNumber,
        @NotNull @PastOrPresent LocalDate decisionOn,
        @NotBlank @Size(max = 200) String decidedBy,
        Long version) {

    public static RecognitionForm empty(LocalDate probationEnds, String decidedBy, long version) {
        return new RecognitionForm(null, probationEnds, "", "", null, decidedBy, version);
    }
}
