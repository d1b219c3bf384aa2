package vn.dangvu.branchwork;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A meeting announced to the branch ahead of time: its day (and hour and place, when known), its kind, its
 * topic and what members should prepare. Only a branch meeting is announced (regular or thematic).
 */
public record NoticeForm(
        @NotNull LocalDate meetsOn,
        @DateTimeFormat(pattern = "H:mm") LocalTime startsAt,
        @Size(max = 200) String place,
        @NotNull MeetingKind kind,
        @NotBlank @Size(max = 300) String topic,
        @Size(max = 4000) String agenda) {

    /** A new notice: the branch's regular meeting, on a day still to be chosen. */
    public static NoticeForm blank() {
        return new NoticeForm(null, null, "", MeetingKind.REGULAR, "", "");
    }
}
