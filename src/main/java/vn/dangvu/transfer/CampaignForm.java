package vn.dangvu.transfer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.dangvu.member.MemberGroup;

public record CampaignForm(
        @NotNull Long directiveId,
        @NotBlank @Size(max = 300) String name,
        @NotNull LocalDate deadline,
        @NotNull CohortKind cohortKind,
        MemberGroup memberGroup,
        @NotEmpty List<Long> communeIds) {

    public static CampaignForm under(long directiveId) {
        return new CampaignForm(directiveId, "", null, CohortKind.AGENCY_BRANCHES, null, List.of());
    }
}
