package vn.dangvu.transfer;

import java.time.Instant;
import java.time.LocalDate;
import vn.dangvu.organisation.UnitView;

/** Everything the transfer page and its letter show, and which steps the viewer may take. */
public record TransferDetails(
        long id,
        TransferKind kind,
        TransferDirection direction,
        TransferState state,
        Long memberId,
        String memberName,
        LocalDate memberBirthDate,
        LocalDate memberAdmittedOn,
        LocalDate memberFullMemberOn,
        String memberPartyCard,
        // the numbers of the member's paper file (Số LL, SĐV), null while not recorded: the letter prints dots
        String memberFileNumber,
        String memberRegisterNumber,
        UnitView from,
        UnitView fromCommune,
        UnitView to,
        UnitView toCommune,
        String otherOrganisation,
        Long campaignId,
        String reason,
        String letterNumber,
        LocalDate letterDate,
        LocalDate effectiveOn,
        String stateReason,
        Trail trail,
        boolean notRatedLastYear,
        TransferHandling handling,
        Steps steps,
        May may,
        long version,
        Letter letter,
        Stay stay,
        Deadlines deadlines) {

    /** Whether we print a letter for it: not for a member coming from outside, who brings one. */
    public boolean hasLetter() {
        return direction != TransferDirection.IN;
    }

    /**
     * A temporary transfer's stay (null for other kinds): purpose, planned end with its extensions, and the
     * return with the host's comments.
     */
    public record Stay(
            TemporaryPurpose purpose,
            LocalDate plannedEnd,
            java.util.List<Extension> extensions,
            LocalDate returnedOn,
            String returnComments,
            String returnedBy,
            boolean away) {}

    public record Extension(LocalDate previousEnd, LocalDate plannedEnd, String reason, String by, Instant at) {}

    /**
     * The origin and destination the letter names, as named on its day (its date, else the day the transfer
     * took effect, else today): a 2019 letter says "Xã Thông Bình, Đảng bộ huyện Tân Hồng" after the 2025
     * reform. A place is null for the other organisation of a transfer in or out.
     */
    /**
     * {@code registerNumber}/{@code registerYear}: the letter's number in its issuer's register (Sổ giới thiệu
     * sinh hoạt đảng), given when the transfer is approved (null before, and for an incoming record).
     * {@code paidThrough}: the last month whose Party dues are fully paid, printed as "đã đóng đảng phí hết
     * tháng …" (null: not known, a dotted line). {@code signer}: for whom it is signed, by the handling
     * committee's level on the transfer's date.
     */
    public record Letter(
            LocalDate day,
            vn.dangvu.organisation.UnitPlace from,
            vn.dangvu.organisation.UnitPlace to,
            Integer registerNumber,
            Integer registerYear,
            java.time.YearMonth paidThrough,
            LetterSigner signer) {}

    /** Who did each step, and when. */
    public record Trail(
            String createdBy,
            Instant createdAt,
            String proposedBy,
            Instant proposedAt,
            String approvedBy,
            Instant approvedAt,
            String completedBy,
            Instant completedAt,
            String closedBy,
            Instant closedAt) {}

    /** Open the member's page, the transfer's campaign; other modules' links (its audit trail). */
    public record May(boolean member, boolean campaign, java.util.List<vn.dangvu.shared.RecordLink> links) {}

    /**
     * The steps the viewer may take now; {@code extend} and {@code returned} on a temporary stay under way (at
     * its host), {@code presented}: record the day the letter reached the receiving committee.
     */
    public record Steps(
            boolean propose,
            boolean approve,
            boolean complete,
            boolean reject,
            boolean cancel,
            boolean extend,
            boolean returned,
            boolean presented) {

        public Steps(boolean propose, boolean approve, boolean complete, boolean reject, boolean cancel) {
            this(propose, approve, complete, reject, cancel, false, false, false);
        }

        public boolean any() {
            return propose || approve || complete || reject || cancel || extend || returned || presented;
        }
    }
}
