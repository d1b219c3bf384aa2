package vn.dangvu.support;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import vn.dangvu.member.Gender;
import vn.dangvu.member.MemberForm;
import vn.dangvu.member.MemberGroup;
import vn.dangvu.member.MemberStatus;

/** Valid member forms with unique ID numbers (prefix 0990, which the demo data does not use). */
public final class MemberForms {

    private static final AtomicLong SERIAL = new AtomicLong();

    private MemberForms() {}

    public static MemberForm form(String name, long branchId) {
        String idNumber = String.format("0990%08d", SERIAL.incrementAndGet());
        return new MemberForm(
                name,
                LocalDate.of(1980, 2, 3),
                Gender.MALE,
                idNumber,
                null,
                LocalDate.of(2005, 6, 7),
                LocalDate.of(2006, 6, 7),
                MemberGroup.COMMUNE_CIVIL_SERVANT,
                "Công chức",
                "UBND xã",
                branchId,
                LocalDate.of(2010, 1, 1),
                null,
                MemberStatus.ACTIVE,
                null);
    }

    public static MemberForm withIdNumber(MemberForm f, String idNumber) {
        return new MemberForm(
                f.fullName(),
                f.birthDate(),
                f.gender(),
                idNumber,
                f.partyCardNumber(),
                f.admittedOn(),
                f.fullMemberOn(),
                f.group(),
                f.position(),
                f.workplace(),
                f.branchId(),
                f.joinedBranchOn(),
                f.residenceBranchId(),
                f.status(),
                f.version());
    }
}
