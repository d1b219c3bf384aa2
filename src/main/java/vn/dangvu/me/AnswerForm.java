package vn.dangvu.me;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The secretary's answer to a correction request, which closes it. */
public record AnswerForm(
        @NotBlank @Size(max = 2000) String answer, @NotNull Long version) {}
