package vn.dangvu.demo;

import java.util.List;
import java.util.Random;
import vn.dangvu.member.Gender;

/** Fictional Vietnamese full names (family name, middle name, given name), picked by a seeded random. */
final class VietnameseNames {

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

    private VietnameseNames() {}

    static String fullName(Random random, Gender gender) {
        return pick(random, FAMILY) + " "
                + (gender == Gender.MALE
                        ? pick(random, MALE_MIDDLE) + " " + pick(random, MALE_GIVEN)
                        : pick(random, FEMALE_MIDDLE) + " " + pick(random, FEMALE_GIVEN));
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
