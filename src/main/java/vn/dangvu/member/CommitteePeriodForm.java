package vn.dangvu.member;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A committee period as typed on the member's page: to add one, or to correct one (with the version seen).
 * {@code validTo} is the last day held, empty while it lasts.
 */
public record CommitteePeriodForm(
        @NotNull Long unitId,
        @NotNull CommitteeRole role,

        @Size(max = 20) @Pattern(regexp = "(\\d{4}\\s*[–-]\\s*\\d{4})?")
        String term,

        @NotNull LocalDate validFrom,
        LocalDate validTo,
        @Size(max = 200) String decision,
        Long version) {

    public static CommitteePeriodForm empty() {
        return new CommitteePeriodForm(null, null, "", null, null, "", null);
    }

    public static CommitteePeriodForm of(CommitteePeriod p) {
        return new CommitteePeriodForm(
                p.unit().id(), p.title(), p.term(), p.validFrom(), p.validTo(), p.decision(), p.version());
    }
}
