package vn.dangvu.branchwork;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** The attendance screen: one row per member listed for the meeting. */
public record AttendanceForm(@NotNull Long version, @Valid List<Row> rows) {

    public AttendanceForm {
        rows = rows == null ? new ArrayList<>() : rows;
    }

    public record Row(
            @NotNull Long memberId,
            @NotNull AttendanceStatus status,
            boolean spoke,
            boolean contributed,
            boolean directingTone,
            @Size(max = 500) String note) {}
}
