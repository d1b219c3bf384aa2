package vn.dangvu.member.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dangvu.member.LeavingForm;
import vn.dangvu.member.LeftReason;
import vn.dangvu.shared.Texts;
import vn.dangvu.shared.Violation;

/** A member's leaving of the Party (giảm đảng viên) and the decision behind it; one per member, never changed. */
@Entity
@Table(name = "member_leaving")
public class MemberLeaving {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_leaving_seq")
    @SequenceGenerator(name = "member_leaving_seq", sequenceName = "member_leaving_seq", allocationSize = 50)
    private Long id;

    private Long memberId;

    @Enumerated(EnumType.STRING)
    private LeftReason reason;

    private String ground;
    private LocalDate leftOn;
    private String decisionNumber;
    private LocalDate decisionOn;
    private String decidedBy;
    private String recordedBy;
    private Instant recordedAt;

    protected MemberLeaving() {}

    /**
     * The rules of a leaving: a kind of leaving the Party (a transfer out is not one), the ground of a
     * removal from the list, a decision number except for a death (reported, not decided), a decision not
     * before the member's admission and a leaving day not before it. Nulls are left to the form's own rules.
     */
    public static List<Violation> violations(LeavingForm form, LocalDate admittedOn) {
        List<Violation> found = new ArrayList<>();
        if (form.reason() == LeftReason.TRANSFERRED_OUT) {
            found.add(Violation.of("reason", "leaving.transferIsNotLeaving"));
        }
        if (form.reason() == LeftReason.REMOVED && Texts.blankToNull(form.ground()) == null) {
            found.add(Violation.of("ground", "leaving.groundRequired"));
        }
        if (form.reason() != null
                && form.reason() != LeftReason.DECEASED
                && Texts.blankToNull(form.decisionNumber()) == null) {
            found.add(Violation.of("decisionNumber", "leaving.decisionRequired"));
        }
        if (form.leftOn() != null && form.leftOn().isBefore(admittedOn)) {
            found.add(Violation.of("leftOn", "leaving.beforeAdmission"));
        }
        if (form.decisionOn() != null && form.decisionOn().isBefore(admittedOn)) {
            found.add(Violation.of("decisionOn", "leaving.beforeAdmission"));
        }
        return found;
    }

    public static MemberLeaving of(long memberId, LeavingForm form, String recordedBy) {
        MemberLeaving leaving = new MemberLeaving();
        leaving.memberId = memberId;
        leaving.reason = form.reason();
        leaving.ground = Texts.blankToNull(form.ground());
        leaving.leftOn = form.leftOn();
        leaving.decisionNumber = Texts.blankToNull(form.decisionNumber());
        leaving.decisionOn = form.decisionOn();
        leaving.decidedBy = form.decidedBy().trim();
        leaving.recordedBy = recordedBy;
        leaving.recordedAt = Instant.now();
        return leaving;
    }

    public Long getId() {
        return id;
    }

    public Long getMemberId() {
        return memberId;
    }

    public LeftReason getReason() {
        return reason;
    }

    public String getGround() {
        return ground;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public LocalDate getDecisionOn() {
        return decisionOn;
    }

    public String getDecidedBy() {
        return decidedBy;
    }
}
