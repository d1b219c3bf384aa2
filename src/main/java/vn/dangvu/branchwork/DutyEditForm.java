package vn.dangvu.branchwork;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a duty is, corrected: its field, title and description (its progress has a form of its own). */
public record DutyEditForm(
        @NotBlank @Size(max = 100) String field,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 4000) String description,
        Long version) {}
