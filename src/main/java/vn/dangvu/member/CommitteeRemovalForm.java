package vn.dangvu.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a committee period entered by mistake is removed, and the version of it the user saw. */
public record CommitteeRemovalForm(
        @NotBlank @Size(max = 500) String reason, Long version) {}
