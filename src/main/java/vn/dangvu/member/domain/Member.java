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
import vn.dangvu.member.Gender;
import vn.dangvu.member.LeftReason;
import vn.dangvu.member.MemberForm;
import vn.dangvu.member.MemberGroup;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.Texts;
import vn.dangvu.shared.Violations;

/**
 * A Party member. {@code branchId} is the branch of the open membership period (the last one for a
 * member who left); the periods themselves are the history.
 */
@Entity
@Table(name = "member")
public class Member {

    /** The Party Charter admits from 18 years of age. */
    private static final int MINIMUM_AGE = 18;

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
    private LocalDate admittedOn;
    private LocalDate fullMemberOn;

    @Enumerated(EnumType.STRING)
    private MemberGroup memberGroup;

    private String position;
    private String workplace;
    private boolean communeCommittee;
    private boolean keyLeader;
    private boolean districtCommittee;
    private Long branchId;
    private Long residenceBranchId;

    @Enumerated(EnumType.STRING)
    private MemberStatus status = MemberStatus.ACTIVE;

    @Enumerated(EnumType.STRING)
    private LeftReason leftReason;

    private LocalDate leftOn;
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
     * The rules that span several fields of a member's form, all of them; a rule whose date is missing
     * (unreadable on the form) is not checked. {@code current} is the stored member's status (ACTIVE
     * for a new one).
     */
    public static void check(MemberForm form, MemberStatus current, Violations violations) {
        if (form.fullMemberOn() != null
                && form.admittedOn() != null
                && form.fullMemberOn().isBefore(form.admittedOn())) {
            violations.onField("fullMemberOn", "member.fullBeforeAdmission");
        }
        if (form.admittedOn() != null
                && form.birthDate() != null
                && form.admittedOn().isBefore(form.birthDate().plusYears(MINIMUM_AGE))) {
            violations.onField("admittedOn", "member.tooYoungAtAdmission", MINIMUM_AGE);
        }
        if (current != MemberStatus.LEFT && form.status() == MemberStatus.LEFT) {
            violations.onField("status", "member.leftNeedsProcedure");
        }
    }

    /** Copies the editable fields, keeping the rules that span several of them. */
    public void apply(MemberForm form) {
        Violations violations = new Violations();
        check(form, status, violations);
        violations.throwIfAny();
        this.fullName = form.fullName().trim().replaceAll("\\s+", " ");
        this.birthDate = form.birthDate();
        this.gender = form.gender();
        this.idNumber = form.idNumber().trim();
        this.partyCardNumber = Texts.blankToNull(form.partyCardNumber());
        this.admittedOn = form.admittedOn();
        this.fullMemberOn = form.fullMemberOn();
        this.memberGroup = form.group();
        this.position = Texts.blankToNull(form.position());
        this.workplace = Texts.blankToNull(form.workplace());
        this.communeCommittee = form.communeCommittee();
        this.keyLeader = form.keyLeader();
        this.districtCommittee = form.districtCommittee();
        this.residenceBranchId = form.residenceBranchId();
        if (status != MemberStatus.LEFT && form.status() != null) {
            this.status = form.status();
        }
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
                communeCommittee,
                keyLeader,
                districtCommittee,
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

    public boolean isCommuneCommittee() {
        return communeCommittee;
    }

    public boolean isKeyLeader() {
        return keyLeader;
    }

    public boolean isDistrictCommittee() {
        return districtCommittee;
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

    public long getVersion() {
        return version;
    }
}
