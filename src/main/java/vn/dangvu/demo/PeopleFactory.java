package vn.dangvu.demo;

import java.time.LocalDate;
import java.util.Random;
import vn.dangvu.member.Gender;
import vn.dangvu.member.MemberForm;
import vn.dangvu.member.MemberGroup;
import vn.dangvu.member.MemberStatus;

/** Fictional people with Vietnamese names, deterministic for a given seed. */
final class PeopleFactory {

    private final Random random;
    private int serial;

    PeopleFactory(long seed) {
        this.random = new Random(seed);
    }

    /** A member form for someone admitted between the given years, attending {@code branchId}. */
    MemberForm person(
            MemberGroup group, String position, int admittedFrom, int admittedTo, long branchId, Long residenceId) {
        serial++;
        Gender gender = random.nextInt(100) < 62 ? Gender.MALE : Gender.FEMALE;
        String name = VietnameseNames.fullName(random, gender);
        LocalDate admitted = LocalDate.of(
                admittedFrom + random.nextInt(admittedTo - admittedFrom + 1),
                1 + random.nextInt(12),
                1 + random.nextInt(28));
        LocalDate birth = admitted.minusYears(19 + random.nextInt(14)).minusDays(random.nextInt(300));
        LocalDate full = admitted.plusYears(1).plusDays(random.nextInt(20));
        String idNumber = "087"
                + (gender == Gender.MALE ? (birth.getYear() < 2000 ? "0" : "2") : (birth.getYear() < 2000 ? "1" : "3"))
                + String.format("%02d", birth.getYear() % 100) + String.format("%06d", 100000 + serial * 7);
        String card = String.format("%08d", 30000000 + serial * 13);
        return new MemberForm(
                name,
                birth,
                gender,
                idNumber,
                card,
                admitted,
                full,
                group,
                position,
                null,
                branchId,
                admitted,
                residenceId,
                MemberStatus.ACTIVE,
                null);
    }

    /** The same person under another name (of the same gender, which the ID number encodes). */
    static MemberForm named(MemberForm form, String fullName) {
        return new MemberForm(
                fullName,
                form.birthDate(),
                form.gender(),
                form.idNumber(),
                form.partyCardNumber(),
                form.admittedOn(),
                form.fullMemberOn(),
                form.group(),
                form.position(),
                form.workplace(),
                form.branchId(),
                form.joinedBranchOn(),
                form.residenceBranchId(),
                form.status(),
                null);
    }

    MemberForm atWork(MemberForm form, String workplace) {
        return new MemberForm(
                form.fullName(),
                form.birthDate(),
                form.gender(),
                form.idNumber(),
                form.partyCardNumber(),
                form.admittedOn(),
                form.fullMemberOn(),
                form.group(),
                form.position(),
                workplace,
                form.branchId(),
                form.joinedBranchOn(),
                form.residenceBranchId(),
                form.status(),
                null);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }
}
