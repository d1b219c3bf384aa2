package vn.dangvu.organisation;

import java.util.List;
import java.util.Locale;

/**
 * The name of a Party body, built from a unit's data (its name and kind on a day) with a message pattern
 * ({@code key}, one argument: the place name), so that "Ban Tổ chức Huyện ủy Tân Hồng" before 1/7/2025
 * and "Ban Tổ chức Tỉnh ủy Đồng Tháp" after come from the units, never from a literal. Templates show it
 * with {@code #messages.msg(b.key(), b.place())}.
 */
public record BodyName(String key, String place) {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** Words a unit's name starts with that name its kind, not its place ("Đảng bộ huyện", "Xã", "Thị trấn"). */
    private static final List<String> KIND_WORDS =
            List.of("tỉnh ", "thành phố ", "huyện ", "quận ", "thị xã ", "thị trấn ", "xã ", "phường ", "đặc khu ");

    static BodyName committeeOf(UnitOnDay unit) {
        return new BodyName("body.committee." + group(unit.kind()), place(unit));
    }

    /**
     * The Party body a unit's users work for: the unit's name when it already names a Party organisation
     * ("Đảng bộ tỉnh Đồng Tháp", "Chi bộ Ấp Bình Thạnh"), else its committee ("Xã Tân Thành" → "Đảng ủy xã
     * Tân Thành").
     */
    static BodyName partyBodyOf(UnitOnDay unit) {
        String name = unit.name().trim();
        String lower = name.toLowerCase(VIETNAMESE);
        if (lower.startsWith("đảng bộ ") || lower.startsWith("chi bộ ")) {
            return new BodyName("body.named", name);
        }
        return committeeOf(unit);
    }

    static BodyName organisationBodyOf(UnitOnDay unit) {
        if (unit.level() == LevelRole.GRASSROOTS || unit.level() == LevelRole.BRANCH) {
            return committeeOf(unit);
        }
        return new BodyName("body.board." + group(unit.kind()), place(unit));
    }

    /** Kinds whose committees are named alike share a pattern; branches are named by their own name. */
    private static String group(UnitKind kind) {
        return kind.isBranch() ? "BRANCH" : kind.name();
    }

    /** The place a unit is named after: its name without the words that name its kind. */
    static String place(UnitOnDay unit) {
        if (unit.kind().isBranch()) {
            return unit.name();
        }
        String place = strip(unit.name().trim(), List.of("đảng bộ "));
        return strip(place, KIND_WORDS);
    }

    private static String strip(String name, List<String> words) {
        for (String word : words) {
            if (name.length() > word.length()
                    && name.substring(0, word.length()).toLowerCase(VIETNAMESE).equals(word)) {
                return name.substring(word.length()).trim();
            }
        }
        return name;
    }
}
