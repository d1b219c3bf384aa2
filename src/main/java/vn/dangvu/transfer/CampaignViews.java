package vn.dangvu.transfer;

import java.time.LocalDate;
import java.util.List;
import vn.dangvu.member.MemberGroup;

/** The read models of the campaign pages. */
public final class CampaignViews {

    private CampaignViews() {}

    public record Summary(
            long id,
            String name,
            String directiveNumber,
            LocalDate deadline,
            CohortKind cohortKind,
            MemberGroup memberGroup,
            long cohort,
            long moved,
            long receivingBranches) {}

    public record Campaign(
            long id,
            String name,
            DirectiveView directive,
            LocalDate deadline,
            CohortKind cohortKind,
            MemberGroup memberGroup,
            int ratingYear,
            List<String> communeNames) {}

    /** A cohort member, with what staff must resolve before the batch can go through. */
    public record CohortRow(
            long id,
            long memberId,
            String memberName,
            String fromName,
            String communeName,
            Long targetId,
            String targetName,
            String residenceName,
            boolean residenceOutsideCommune,
            boolean rated,
            boolean excluded,
            String exclusionReason,
            Long transferId,
            TransferState transferState) {

        public boolean noResidence() {
            return residenceName == null;
        }

        public boolean flagged() {
            return !excluded && (targetId == null || residenceName == null || residenceOutsideCommune || !rated);
        }
    }

    public record CohortCounts(
            long total, long excluded, long flagged, long waiting, long proposed, long approved, long completed) {}

    /** Progress of one commune (or the total), as of a date, from the transfer history. */
    public record Progress(
            Long communeId,
            String communeName,
            long agencyBranches,
            long agencyDissolved,
            long cohort,
            long moved,
            long receivingBranches) {}

    public record ProgressReport(LocalDate asOf, List<Progress> communes, Progress total) {}

    public record Page(
            Campaign campaign,
            ProgressReport progress,
            CohortCounts counts,
            vn.dangvu.shared.PageView<CohortRow> cohort,
            List<AgencyBranch> agencies,
            May may) {}

    /** Run the campaign (its batch steps, cohort entries, agency dissolutions); other modules' links. */
    public record May(boolean run, List<vn.dangvu.shared.RecordLink> links) {}

    /** A directive's page: its campaigns are empty for those who do not read campaigns. */
    public record DirectivePage(DirectiveView directive, List<Summary> campaigns, TransferPolicy.DirectiveMay may) {}

    /** The campaigns page; {@code totalMoved}: members moved by all of them. */
    public record ListPage(List<Summary> campaigns, long totalMoved) {}

    /** A new campaign's form: its directive and the active communes it may cover. */
    public record FormPage(DirectiveView directive, List<vn.dangvu.organisation.UnitView> communes) {}

    /** An agency branch of the campaign's communes, and whether it can be dissolved now. */
    public record AgencyBranch(long id, String name, String communeName, boolean active, long activeMembers) {}
}
