package vn.dangvu.branchwork;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A duty to give a member: from a template, or written by the secretary (field and title). */
public record DutyForm(
        @NotNull Long memberId,
        Long templateId,
        @Size(max = 100) String field,
        @Size(max = 300) String title,
        @Size(max = 4000) String description) {}
