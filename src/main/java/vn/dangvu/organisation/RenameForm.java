package vn.dangvu.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A new name from a date (today when none is given), by a decision: the old name stays the unit's name
 * before that date.
 */
public record RenameForm(
        @NotBlank @Size(max = 200) String name,
        @NotNull Long version,
        LocalDate effectiveOn,
        @Size(max = 100) String decision) {

    public RenameForm(String name, Long version) {
        this(name, version, LocalDate.now(), null);
    }
}
