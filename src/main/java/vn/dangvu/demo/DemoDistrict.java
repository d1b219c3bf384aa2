package vn.dangvu.demo;

import java.util.List;

/**
 * The shape of the demo district: Tân Hồng's nine units with fictional hamlets and quarters. The
 * numbers are the seed report's: 285 agency members moved into 38 hamlet/quarter branches by
 * 20/01/2019 (under 21-HD/BTCTU), and 54 non-regular commune police in 2021 (under 314-CV/TU).
 */
final class DemoDistrict {

    static final String DISTRICT_CODE = "TH";
    static final String DISTRICT_NAME = "Đảng bộ huyện Tân Hồng";

    /**
     * A commune: its hamlets (or quarters), how many of them received agency members in 2019, the
     * agency branch's members, and the non-regular police who moved in 2021.
     */
    record Commune(
            String code,
            String name,
            boolean town,
            List<String> hamlets,
            int receivingHamlets,
            int agencyMembers,
            int police) {}

    static final List<Commune> COMMUNES = List.of(
            new Commune(
                    "SR", "Thị trấn Sa Rài", true, List.of("Khóm 1", "Khóm 2", "Khóm 3", "Khóm 4", "Khóm 5"), 5, 35, 0),
            new Commune(
                    "THC",
                    "Tân Hộ Cơ",
                    false,
                    List.of("Ấp Bình Hòa", "Ấp Chiến Thắng", "Ấp Thống Nhất", "Ấp Tân Hòa", "Ấp Gò Gòn"),
                    4,
                    32,
                    7),
            new Commune(
                    "TB",
                    "Thông Bình",
                    false,
                    List.of("Ấp Bình Thạnh", "Ấp Cả Găng", "Ấp Thông Nhựt", "Ấp Bình Hòa Trung", "Ấp Long Sơn"),
                    4,
                    31,
                    7),
            new Commune(
                    "TTA",
                    "Tân Thành A",
                    false,
                    List.of("Ấp Tân Bảnh", "Ấp Tân Hòa A", "Ấp Tân Thuận", "Ấp Gò Bói"),
                    4,
                    30,
                    6),
            new Commune(
                    "TTB",
                    "Tân Thành B",
                    false,
                    List.of("Ấp Tân Thành", "Ấp Tân Dinh", "Ấp Sở Thượng", "Ấp Cả Sáo", "Ấp Bàu Sen"),
                    4,
                    33,
                    7),
            new Commune(
                    "TP",
                    "Tân Phước",
                    false,
                    List.of("Ấp Phước Lập", "Ấp Phước Tiên", "Ấp Phước Xuyên", "Ấp Phước Thạnh", "Ấp Phước Hòa"),
                    5,
                    30,
                    7),
            new Commune(
                    "TCC",
                    "Tân Công Chí",
                    false,
                    List.of("Ấp Công Tạo", "Ấp Công Hòa", "Ấp Chí Mỹ", "Ấp Chí Thành"),
                    4,
                    32,
                    6),
            new Commune(
                    "AP",
                    "An Phước",
                    false,
                    List.of("Ấp An Lạc", "Ấp An Thạnh", "Ấp An Hòa", "Ấp An Thịnh", "Ấp Phước An"),
                    4,
                    31,
                    7),
            new Commune(
                    "BP",
                    "Bình Phú",
                    false,
                    List.of("Ấp Bình Thành", "Ấp Bình Tây", "Ấp Bình Định", "Ấp Bình Trung"),
                    4,
                    31,
                    7));

    private DemoDistrict() {}
}
