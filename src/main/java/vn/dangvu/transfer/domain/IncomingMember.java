package vn.dangvu.transfer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import vn.dangvu.member.Gender;
import vn.dangvu.member.MemberForm;
import vn.dangvu.member.MemberGroup;
import vn.dangvu.member.MemberStatus;

/** The member who comes from outside the district, kept on the transfer until it completes. */
@Embeddable
public class IncomingMember {

    @Column(name = "in_full_name")
    private String fullName;

    @Column(name = "in_birth_date")
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "in_gender")
    private Gender gender;

    @Column(name = "in_id_number")
    private String idNumber;

    @Column(name = "in_party_card_number")
    private String partyCardNumber;

    @Column(name = "in_admitted_on")
    private LocalDate admittedOn;

    @Column(name = "in_full_member_on")
    private LocalDate fullMemberOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "in_member_group")
    private MemberGroup group;

    @Column(name = "in_position")
    private String position;

    @Column(name = "in_workplace")
    private String workplace;

    @Column(name = "in_residence_id")
    private Long residenceId;

    protected IncomingMember() {}

    public static IncomingMember of(MemberForm form) {
        IncomingMember in = new IncomingMember();
        in.fullName = form.fullName().trim();
        in.birthDate = form.birthDate();
        in.gender = form.gender();
        in.idNumber = form.idNumber().trim();
        in.partyCardNumber = form.partyCardNumber();
        in.admittedOn = form.admittedOn();
        in.fullMemberOn = form.fullMemberOn();
        in.group = form.group();
        in.position = form.position();
        in.workplace = form.workplace();
        in.residenceId = form.residenceBranchId();
        return in;
    }

    public MemberForm toForm(long branchId, LocalDate joinedOn) {
        return new MemberForm(
                fullName,
                birthDate,
                gender,
                idNumber,
                partyCardNumber,
                admittedOn,
                fullMemberOn,
                group,
                position,
                workplace,
                branchId,
                joinedOn,
                residenceId,
                MemberStatus.ACTIVE,
                null);
    }

    public String getFullName() {
        return fullName;
    }
}
