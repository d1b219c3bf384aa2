package vn.dangvu.branchwork;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A meeting; a date in the future records a planned meeting (attendance is taken on the day). */
public record MeetingForm(
        @NotNull LocalDate heldOn,
        @NotNull MeetingKind kind,
        @NotBlank @Size(max = 300) String topic,
        @Size(max = 10000) String resolution) {

    public static MeetingForm today() {
        return new MeetingForm(LocalDate.now(), MeetingKind.REGULAR, "", "");
    }
}
