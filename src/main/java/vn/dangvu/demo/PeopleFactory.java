package vn.dangvu.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import vn.dangvu.member.Gender;
import vn.dangvu.member.MemberForm;
import vn.dangvu.member.MemberGroup;
import vn.dangvu.member.MemberStatus;

/** Fictional people with Vietnamese names, deterministic for a given seed. */
final class PeopleFactory {

    private static final List<String> FAMILY = List.of(
            "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
            "Lý", "Đoàn", "Trương", "Lâm", "Mai", "Châu");
    private static final List<String> MALE_MIDDLE = List.of("Văn", "Hữu", "Minh", "Thanh", "Quốc", "Công", "Thành");
    private static final List<String> FEMALE_MIDDLE = List.of("Thị", "Ngọc", "Kim", "Thị Thu", "Thị Mỹ", "Hồng");
    private static final List<String> MALE_GIVEN = List.of(
            "An", "Bình", "Cường", "Dũng", "Hùng", "Hải", "Long", "Minh", "Nam", "Phúc", "Quang", "Sơn", "Tâm", "Thắng",
            "Trung", "Tuấn", "Hiếu", "Khoa", "Lộc", "Nhân", "Tài", "Thịnh", "Đức", "Phước", "Nghĩa");
    private static final List<String> FEMALE_GIVEN = List.of(
            "Hạnh", "Hoa", "Lan", "Thảo", "Vân", "Xuân", "Yến", "Phương", "Nga", "Trang", "Hương", "Linh", "Mai",
            "Diễm", "Ánh", "Thủy", "Loan", "Oanh", "Kiều", "Đào");

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
        String name = pick(FAMILY) + " "
                + (gender == Gender.MALE
                        ? pick(MALE_MIDDLE) + " " + pick(MALE_GIVEN)
                        : pick(FEMALE_MIDDLE) + " " + pick(FEMALE_GIVEN));
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
                false,
                false,
                false,
                branchId,
                admitted,
                residenceId,
                MemberStatus.ACTIVE,
                null);
    }

    MemberForm withFlags(MemberForm form, String workplace, boolean communeCommittee, boolean keyLeader) {
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
                communeCommittee,
                keyLeader,
                form.districtCommittee(),
                form.branchId(),
                form.joinedBranchOn(),
                form.residenceBranchId(),
                form.status(),
                null);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
