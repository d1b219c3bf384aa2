package vn.dangvu.member.domain;

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
import java.util.ArrayList;
import java.util.List;
import vn.dangvu.member.Gender;
import vn.dangvu.member.LeftReason;
import vn.dangvu.member.MemberForm;
import vn.dangvu.member.MemberGroup;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.Texts;
import vn.dangvu.shared.Violation;

/**
 * A Party member. {@code branchId} is the branch of the open membership period (the last one for a
 * member who left); the periods themselves are the history.
 */
@Entity
@Table(name = "member")
public class Member {

    /** The Party Charter admits from 18 years of age. */
    public static final int MINIMUM_AGE = 18;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_seq")
    @SequenceGenerator(name = "member_seq", sequenceName = "member_seq", allocationSize = 50)
    private Long id;

    private String fullName;
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    private String idNumber;
    private String partyCardNumber;
    private String fileNumber;
    private String registerNumber;
    private LocalDate admittedOn;
    private LocalDate fullMemberOn;

    @Enumerated(EnumType.STRING)
    private MemberGroup memberGroup;

    private String position;
    private String workplace;
    private Long branchId;
    private Long residenceBranchId;

    @Enumerated(EnumType.STRING)
    private MemberStatus status = MemberStatus.ACTIVE;

    @Enumerated(EnumType.STRING)
    private LeftReason leftReason;

    private LocalDate leftOn;
    private String fullMemberDecision;
    private LocalDate fullMemberDecisionOn;
    private String fullMemberDecidedBy;
    private Instant updatedAt;

    @Version
    private long version;

    protected Member() {}

    public static Member create(MemberForm form, long branchId) {
        Member member = new Member();
        member.branchId = branchId;
        member.apply(form);
        return member;
    }

    /**
     * The rules that span several fields of a form, for a member now in {@code currentStatus} (ACTIVE for
     * a new one). A missing date breaks no rule here: the form's own constraints report it.
     */
    public static List<Violation> violations(MemberForm form, MemberStatus currentStatus) {
        List<Violation> found = new ArrayList<>();
        if (form.fullMemberOn() != null
                && form.admittedOn() != null
                && form.fullMemberOn().isBefore(form.admittedOn())) {
            found.add(Violation.of("fullMemberOn", "member.fullBeforeAdmission"));
        }
        if (form.admittedOn() != null
                && form.birthDate() != null
                && form.admittedOn().isBefore(form.birthDate().plusYears(MINIMUM_AGE))) {
            found.add(Violation.of("admittedOn", "member.tooYoungAtAdmission", MINIMUM_AGE));
        }
        return found;
    }

    /** A name as it is stored: trimmed, one space between words. */
    public static String storedName(String fullName) {
        return fullName == null ? null : fullName.trim().replaceAll("\\s+", " ");
    }

    /** Copies the editable fields, keeping the rules that span several of them. */
    public void apply(MemberForm form) {
        BusinessRuleException.throwIfAny(violations(form, status));
        this.fullName = storedName(form.fullName());
        this.birthDate = form.birthDate();
        this.gender = form.gender();
        this.idNumber = form.idNumber().trim();
        this.partyCardNumber = Texts.blankToNull(form.partyCardNumber());
        this.admittedOn = form.admittedOn();
        this.fullMemberOn = form.fullMemberOn();
        this.memberGroup = form.group();
        this.position = Texts.blankToNull(form.position());
        this.workplace = Texts.blankToNull(form.workplace());
        this.residenceBranchId = form.residenceBranchId();
        this.updatedAt = Instant.now();
    }

    /** Records that the member now attends another branch (the caller closes and opens the periods). */
    public void attend(long newBranchId) {
        if (status == MemberStatus.LEFT) {
            throw new BusinessRuleException("member.hasLeft");
        }
        this.branchId = newBranchId;
        this.updatedAt = Instant.now();
    }

    public void leave(LeftReason reason, LocalDate on) {
        if (status == MemberStatus.LEFT) {
            throw new BusinessRuleException("member.hasLeft");
        }
        this.status = MemberStatus.LEFT;
        this.leftReason = reason;
        this.leftOn = on;
        this.updatedAt = Instant.now();
    }

    /** A probationary member recognised as a full member from {@code on}, by a decision. */
    public void recognise(LocalDate on, String decision, LocalDate decisionOn, String decidedBy) {
        if (status == MemberStatus.LEFT) {
            throw new BusinessRuleException("member.hasLeft");
        }
        if (fullMemberOn != null) {
            throw new BusinessRuleException("probation.alreadyFull");
        }
        if (on.isBefore(admittedOn)) {
            throw BusinessRuleException.onField("fullMemberOn", "member.fullBeforeAdmission");
        }
        this.fullMemberOn = on;
        this.fullMemberDecision = decision;
        this.fullMemberDecisionOn = decisionOn;
        this.fullMemberDecidedBy = decidedBy;
        this.updatedAt = Instant.now();
    }

    /** The member's current Party card is now this number (the card's history is kept beside it). */
    public void carry(String cardNumber) {
        this.partyCardNumber = cardNumber;
        this.updatedAt = Instant.now();
    }

    /** The numbers of the member's paper file: Số LL (file) and SĐV (member register); blank clears one. */
    public void numberFile(String fileNumber, String registerNumber) {
        this.fileNumber = Texts.blankToNull(fileNumber == null ? null : fileNumber.trim());
        this.registerNumber = Texts.blankToNull(registerNumber == null ? null : registerNumber.trim());
        this.updatedAt = Instant.now();
    }

    /** Whether the member is on probation (đảng viên dự bị): admitted, not yet a full member, not left. */
    public boolean probationary() {
        return status != MemberStatus.LEFT && fullMemberOn == null;
    }

    public void setResidence(Long residenceBranchId) {
        this.residenceBranchId = residenceBranchId;
        this.updatedAt = Instant.now();
    }

    public MemberForm toForm() {
        return new MemberForm(
                fullName,
                birthDate,
                gender,
                idNumber,
                partyCardNumber,
                admittedOn,
                fullMemberOn,
                memberGroup,
                position,
                workplace,
                branchId,
                null,
                residenceBranchId,
                status,
                version);
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Gender getGender() {
        return gender;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getPartyCardNumber() {
        return partyCardNumber;
    }

    public String getFileNumber() {
        return fileNumber;
    }

    public String getRegisterNumber() {
        return registerNumber;
    }

    public LocalDate getAdmittedOn() {
        return admittedOn;
    }

    public LocalDate getFullMemberOn() {
        return fullMemberOn;
    }

    public MemberGroup getMemberGroup() {
        return memberGroup;
    }

    public String getPosition() {
        return position;
    }

    public String getWorkplace() {
        return workplace;
    }

    public Long getBranchId() {
        return branchId;
    }

    public Long getResidenceBranchId() {
        return residenceBranchId;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public LeftReason getLeftReason() {
        return leftReason;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public String getFullMemberDecision() {
        return fullMemberDecision;
    }

    public LocalDate getFullMemberDecisionOn() {
        return fullMemberDecisionOn;
    }

    public String getFullMemberDecidedBy() {
        return fullMemberDecidedBy;
    }

    public long getVersion() {
        return version;
    }
}
