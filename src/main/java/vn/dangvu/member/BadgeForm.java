package vn.dangvu.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A Party badge award as typed: which badge (years of Party age), the award day and the decision behind it. */
public record BadgeForm(
        @NotNull Integer years,
        @NotNull LocalDate awardedOn,
        @NotBlank @Size(max = 60) String decisionNumber,
        @NotNull LocalDate decisionDate,
        @NotBlank @Size(max = 200) String decisionBody) {

    public static BadgeForm of(Integer years, LocalDate awardedOn) {
        return new BadgeForm(years, awardedOn, "", null, "");
    }

    BadgeViews.Award toAward() {
        return new BadgeViews.Award(years, awardedOn, decisionNumber.strip(), decisionDate, decisionBody.strip());
    }
}
