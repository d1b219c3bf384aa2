package vn.dangvu.branchwork;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record DutyProgressForm(
        @NotNull DutyStatus status,
        @Size(max = 4000) String resultNote,
        @Size(max = 4000) String assessment,
        @NotNull Long version) {}
