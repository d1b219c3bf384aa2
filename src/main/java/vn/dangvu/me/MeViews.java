package vn.dangvu.me;

import java.time.Instant;
import java.util.List;
import vn.dangvu.branchwork.BranchWorkViews;
import vn.dangvu.dues.MonthLine;
import vn.dangvu.member.MemberDetails;
import vn.dangvu.member.MemberSummary;

/** What the member's own pages and the secretary's corrections page show. */
public final class MeViews {

    private MeViews() {}

    /** One link of the member's home page: its label, the path it opens and a line under it. */
    public record Section(String labelKey, String path, String hintKey) {}

    public record Home(String fullName, String branchName, List<Section> sections) {}

    public record Correction(
            long id, String body, Instant requestedAt, String answer, Instant answeredAt, long version) {
        public boolean open() {
            return answeredAt == null;
        }

        public java.time.LocalDate requestedOn() {
            return requestedAt.atZone(java.time.ZoneId.systemDefault()).toLocalDate();
        }

        public java.time.LocalDate answeredOn() {
            return answeredAt == null
                    ? null
                    : answeredAt.atZone(java.time.ZoneId.systemDefault()).toLocalDate();
        }
    }

    public record Profile(MemberDetails member, List<Correction> corrections) {}

    public record Duties(int year, List<BranchWorkViews.DutyView> duties) {}

    public record Dues(int year, List<MonthLine> months) {}

    /** An open request with the member who made it, for the secretary. */
    public record OpenCorrection(MemberSummary member, Correction correction) {}

    public record Corrections(String branchName, List<OpenCorrection> open) {}
}
