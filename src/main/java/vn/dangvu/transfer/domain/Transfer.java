package vn.dangvu.transfer.domain;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.transfer.HandlingBasis;
import vn.dangvu.transfer.TemporaryPurpose;
import vn.dangvu.transfer.TransferDirection;
import vn.dangvu.transfer.TransferKind;
import vn.dangvu.transfer.TransferState;

/**
 * A transfer of a member's Party activity (chuyển sinh hoạt đảng), with its lifecycle:
 * DRAFT → PROPOSED → APPROVED → COMPLETED, or REJECTED / CANCELLED with a reason. The entity knows
 * its legal steps; who may take them is the service's business.
 */
@Entity
@Table(name = "transfer")
public class Transfer {

    private static final Map<TransferState, Set<TransferState>> STEPS = Map.of(
            TransferState.DRAFT, EnumSet.of(TransferState.PROPOSED, TransferState.CANCELLED),
            TransferState.PROPOSED, EnumSet.of(TransferState.APPROVED, TransferState.REJECTED, TransferState.CANCELLED),
            TransferState.APPROVED,
                    EnumSet.of(TransferState.COMPLETED, TransferState.REJECTED, TransferState.CANCELLED),
            TransferState.COMPLETED, EnumSet.noneOf(TransferState.class),
            TransferState.REJECTED, EnumSet.noneOf(TransferState.class),
            TransferState.CANCELLED, EnumSet.noneOf(TransferState.class));

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "transfer_seq")
    @SequenceGenerator(name = "transfer_seq", sequenceName = "transfer_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    private TransferKind kind;

    @Enumerated(EnumType.STRING)
    private TransferDirection direction;

    private Long memberId;
    private Long fromBranchId;
    private Long toBranchId;
    private String otherOrganisation;
    private Long campaignId;
    private String reason;
    private String letterNumber;
    private LocalDate letterDate;
    private LocalDate effectiveOn;

    @Enumerated(EnumType.STRING)
    private TransferState state = TransferState.DRAFT;

    private String stateReason;
    private String createdBy;
    private Instant createdAt;
    private String proposedBy;
    private Instant proposedAt;
    private String approvedBy;
    private Instant approvedAt;
    private String completedBy;
    private Instant completedAt;
    private String closedBy;
    private Instant closedAt;

    private Long handledByUnitId;

    @Enumerated(EnumType.STRING)
    private HandlingBasis handledBasis;

    private LocalDate levelsOn;

    @Embedded
    private IncomingMember incoming;

    @Enumerated(EnumType.STRING)
    private TemporaryPurpose temporaryPurpose;

    private LocalDate plannedEnd;
    private LocalDate returnedOn;
    private String returnComments;
    private String returnedBy;
    private Instant returnedAt;
    private LocalDate decisionDate;
    private LocalDate letterPresentedOn;
    private Long registerUnitId;
    private Integer registerYear;
    private Integer registerNumber;

    @Version
    private long version;

    protected Transfer() {}

    private Transfer(TransferKind kind, TransferDirection direction, Letter letter, String by) {
        this.kind = kind;
        this.direction = direction;
        this.reason = letter.reason().trim();
        this.letterNumber = letter.number();
        this.letterDate = letter.date();
        this.createdBy = by;
        this.createdAt = Instant.now();
    }

    /** Reason and the letter (giấy giới thiệu) that goes with a transfer. */
    public record Letter(String reason, String number, LocalDate date) {}

    public static Transfer within(
            TransferKind kind,
            long memberId,
            long fromBranchId,
            long toBranchId,
            Long campaignId,
            Letter letter,
            String by) {
        Transfer t = new Transfer(kind, TransferDirection.WITHIN, letter, by);
        t.memberId = memberId;
        t.fromBranchId = fromBranchId;
        t.toBranchId = toBranchId;
        t.campaignId = campaignId;
        return t;
    }

    public static Transfer out(long memberId, long fromBranchId, String destination, Letter letter, String by) {
        return out(TransferKind.OFFICIAL, memberId, fromBranchId, destination, letter, by);
    }

    /** To an organisation outside the tree, named as text: officially, or temporarily (the member stays here). */
    public static Transfer out(
            TransferKind kind, long memberId, long fromBranchId, String destination, Letter letter, String by) {
        Transfer t = new Transfer(kind, TransferDirection.OUT, letter, by);
        t.memberId = memberId;
        t.fromBranchId = fromBranchId;
        t.otherOrganisation = destination.trim();
        return t;
    }

    public static Transfer in(IncomingMember member, long toBranchId, String origin, Letter letter, String by) {
        return in(TransferKind.OFFICIAL, member, toBranchId, origin, letter, by);
    }

    /**
     * From an organisation outside the tree, named as text: officially (the member is registered here on
     * completion), or temporarily (a visitor who stays a member of their own organisation: nobody is
     * registered, and the stay has its purpose, planned end, extensions and return like any other).
     */
    public static Transfer in(
            TransferKind kind, IncomingMember member, long toBranchId, String origin, Letter letter, String by) {
        if (kind == TransferKind.INTERNAL) {
            throw BusinessRuleException.onField("kind", "transfer.incomingInternal");
        }
        Transfer t = new Transfer(kind, TransferDirection.IN, letter, by);
        t.incoming = member;
        t.toBranchId = toBranchId;
        t.otherOrganisation = origin.trim();
        return t;
    }

    /**
     * A temporary transfer's purpose and planned end (RULES.md, Transfers: residence or work 3 months to under
     * a year, study 3 months to 2 years), counted from {@code from} (its letter's date, or the day it is made).
     */
    public void temporary(TemporaryPurpose purpose, LocalDate plannedEnd, LocalDate from) {
        if (kind != TransferKind.TEMPORARY) {
            throw new BusinessRuleException("transfer.temporaryOnly");
        }
        TemporaryPurpose.check(purpose, plannedEnd, from);
        this.temporaryPurpose = purpose;
        this.plannedEnd = plannedEnd;
    }

    /** The date of the decision or move the procedure follows: its 60 working days run from it. */
    public void decidedOn(LocalDate decisionDate) {
        if (decisionDate != null && letterDate != null && decisionDate.isAfter(letterDate)) {
            throw BusinessRuleException.onField("decisionDate", "transfer.decisionAfterLetter");
        }
        this.decisionDate = decisionDate;
    }

    /** The day the member presented the letter to the receiving committee (30 working days from its date). */
    public void presentedOn(LocalDate on) {
        if (on == null) {
            throw BusinessRuleException.onField("presentedOn", "transfer.presentedOnRequired");
        }
        if (letterPresentedOn != null) {
            throw new BusinessRuleException("transfer.alreadyPresented");
        }
        if (!state.isOpen() && state != TransferState.COMPLETED) {
            throw new BusinessRuleException("transfer.closedCannotPresent");
        }
        if (letterDate != null && on.isBefore(letterDate)) {
            throw BusinessRuleException.onField("presentedOn", "transfer.presentedBeforeLetter");
        }
        this.letterPresentedOn = on;
    }

    /** Whether the member is now attending at the host of this temporary transfer (completed, not yet back). */
    public boolean isAway() {
        return kind == TransferKind.TEMPORARY && state == TransferState.COMPLETED && returnedOn == null;
    }

    /** An extension asked at the host (and reported to the origin): a later planned end, with its reason. */
    public TransferExtension extend(LocalDate newEnd, String why, String by) {
        if (!isAway()) {
            throw new BusinessRuleException("transfer.notAway");
        }
        if (why == null || why.isBlank()) {
            throw BusinessRuleException.onField("reason", "transfer.reasonRequired");
        }
        if (newEnd == null || !newEnd.isAfter(plannedEnd)) {
            throw BusinessRuleException.onField("plannedEnd", "transfer.extensionNotLater");
        }
        TransferExtension extension = new TransferExtension(id, plannedEnd, newEnd, why.trim(), by);
        this.plannedEnd = newEnd;
        return extension;
    }

    /** The member came back; the host's comments go with it. The caller closes the temporary period. */
    public void returned(LocalDate on, String comments, String by) {
        if (!isAway()) {
            throw new BusinessRuleException("transfer.notAway");
        }
        if (on == null) {
            throw BusinessRuleException.onField("returnedOn", "transfer.returnedOnRequired");
        }
        if (on.isBefore(effectiveOn)) {
            throw BusinessRuleException.onField("returnedOn", "transfer.returnedBeforeStart");
        }
        if (comments == null || comments.isBlank()) {
            throw BusinessRuleException.onField("comments", "transfer.commentsRequired");
        }
        this.returnedOn = on;
        this.returnComments = comments.trim();
        this.returnedBy = by;
        this.returnedAt = Instant.now();
    }

    /**
     * Records who handles the transfer and why, as the level roles stood on {@code levelsOn}: kept with
     * the transfer, so that a later reorganisation does not change who handled it.
     */
    public void handledBy(long unitId, HandlingBasis basis, LocalDate levelsOn) {
        this.handledByUnitId = unitId;
        this.handledBasis = basis;
        this.levelsOn = levelsOn;
    }

    /** The day whose tree decides the transfer's rules: its letter's date, the day it took effect, or the day it was made. */
    public LocalDate rulesDay() {
        if (levelsOn != null) {
            return levelsOn;
        }
        if (letterDate != null) {
            return letterDate;
        }
        if (effectiveOn != null) {
            return effectiveOn;
        }
        return (createdAt == null ? Instant.now() : createdAt)
                .atZone(java.time.ZoneId.systemDefault())
                .toLocalDate();
    }

    /**
     * The letter's number in its issuer's register (Sổ giới thiệu sinh hoạt đảng), given once: a member coming
     * from outside brings a letter issued elsewhere.
     */
    public void registered(long issuerUnitId, int year, int number) {
        if (direction == TransferDirection.IN) {
            throw new IllegalStateException("an incoming transfer has no letter of ours");
        }
        if (registerNumber != null) {
            throw new IllegalStateException("transfer " + id + " already has register number " + registerNumber);
        }
        this.registerUnitId = issuerUnitId;
        this.registerYear = year;
        this.registerNumber = number;
    }

    /** The year whose register numbers the letter: its date's, or the day it is approved. */
    public int registerYearOn(LocalDate approvedOn) {
        return (letterDate != null ? letterDate : approvedOn).getYear();
    }

    public void propose(String by) {
        step(TransferState.PROPOSED);
        proposedBy = by;
        proposedAt = Instant.now();
    }

    public void approve(String by) {
        step(TransferState.APPROVED);
        approvedBy = by;
        approvedAt = Instant.now();
    }

    /** The caller moves the membership in the same transaction. */
    public void complete(String by, LocalDate on) {
        if (on == null) {
            throw BusinessRuleException.onField("effectiveOn", "transfer.effectiveOnRequired");
        }
        if (kind == TransferKind.TEMPORARY && plannedEnd != null && !on.isBefore(plannedEnd)) {
            throw BusinessRuleException.onField("effectiveOn", "transfer.startsAfterPlannedEnd");
        }
        step(TransferState.COMPLETED);
        effectiveOn = on;
        completedBy = by;
        completedAt = Instant.now();
    }

    public void reject(String by, String why) {
        close(TransferState.REJECTED, by, why);
    }

    public void cancel(String by, String why) {
        close(TransferState.CANCELLED, by, why);
    }

    /** The member an incoming transfer registered on completion. */
    public void registeredAs(long newMemberId) {
        this.memberId = newMemberId;
    }

    public boolean canStep(TransferState next) {
        return STEPS.get(state).contains(next);
    }

    private void close(TransferState next, String by, String why) {
        if (why == null || why.isBlank()) {
            throw BusinessRuleException.onField("reason", "transfer.reasonRequired");
        }
        step(next);
        stateReason = why.trim();
        closedBy = by;
        closedAt = Instant.now();
    }

    private void step(TransferState next) {
        if (!canStep(next)) {
            throw new BusinessRuleException("transfer.illegalStep", state.name(), next.name());
        }
        state = next;
    }

    public Long getId() {
        return id;
    }

    public TransferKind getKind() {
        return kind;
    }

    public TransferDirection getDirection() {
        return direction;
    }

    public Long getMemberId() {
        return memberId;
    }

    public Long getFromBranchId() {
        return fromBranchId;
    }

    public Long getToBranchId() {
        return toBranchId;
    }

    public String getOtherOrganisation() {
        return otherOrganisation;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public String getReason() {
        return reason;
    }

    public String getLetterNumber() {
        return letterNumber;
    }

    public LocalDate getLetterDate() {
        return letterDate;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public TransferState getState() {
        return state;
    }

    public String getStateReason() {
        return stateReason;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getCompletedBy() {
        return completedBy;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Long getHandledByUnitId() {
        return handledByUnitId;
    }

    public HandlingBasis getHandledBasis() {
        return handledBasis;
    }

    public IncomingMember getIncoming() {
        return incoming;
    }

    public TemporaryPurpose getTemporaryPurpose() {
        return temporaryPurpose;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public LocalDate getReturnedOn() {
        return returnedOn;
    }

    public String getReturnComments() {
        return returnComments;
    }

    public String getReturnedBy() {
        return returnedBy;
    }

    public Instant getReturnedAt() {
        return returnedAt;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public LocalDate getLetterPresentedOn() {
        return letterPresentedOn;
    }

    public Long getRegisterUnitId() {
        return registerUnitId;
    }

    public Integer getRegisterYear() {
        return registerYear;
    }

    public Integer getRegisterNumber() {
        return registerNumber;
    }

    public long getVersion() {
        return version;
    }
}
