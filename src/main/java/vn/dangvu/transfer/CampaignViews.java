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
            long receivingBranches,
            LocalDate startedOn) {

        /** A campaign starts with its directive: before the directive was issued it did not exist. */
        public boolean startedBy(LocalDate date) {
            return !startedOn.isAfter(date);
        }
    }

    public record Campaign(
            long id,
            String name,
            DirectiveView directive,
            LocalDate deadline,
            CohortKind cohortKind,
            MemberGroup memberGroup,
            int ratingYear,
            List<String> communeNames) {

        /** Whether the campaign had started by {@code date}: its directive had been issued. */
        public boolean startedBy(LocalDate date) {
            return !directive.issuedOn().isAfter(date);
        }
    }

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
            boolean away,
            boolean excluded,
            String exclusionReason,
            Long transferId,
            TransferState transferState) {

        public boolean noResidence() {
            return residenceName == null;
        }

        public boolean flagged() {
            return !excluded
                    && (targetId == null || residenceName == null || residenceOutsideCommune || !rated || away);
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

    /**
     * {@code run}: the actor runs campaigns (their letters, transfers, cohort entries); {@code batch}: and
     * the page shows today, where the batch steps and dissolutions act (a past date's page only reads);
     * other modules' links.
     */
    public record May(boolean run, boolean batch, List<vn.dangvu.shared.RecordLink> links) {}

    /** A directive's page: its campaigns are empty for those who do not read campaigns. */
    public record DirectivePage(DirectiveView directive, List<Summary> campaigns, TransferPolicy.DirectiveMay may) {}

    /**
     * The campaigns page as of a date: the campaigns started by then; {@code totalMoved}: members moved
     * by all of them; {@code later}: how many campaigns started after the date.
     */
    public record ListPage(List<Summary> campaigns, long totalMoved, long later) {}

    /** A new campaign's form: its directive and the active communes it may cover. */
    public record FormPage(DirectiveView directive, List<vn.dangvu.organisation.UnitView> communes) {}

    /** An agency branch of the campaign's communes, and whether it can be dissolved now. */
    public record AgencyBranch(long id, String name, String communeName, boolean active, long activeMembers) {}
}
