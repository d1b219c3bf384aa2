package vn.dangvu.shared;

import java.text.Normalizer;
import java.util.Locale;

/** Text helpers that match how the database compares names (see dv_unaccent in V1). */
public final class Texts {

    private Texts() {}

    /** Lower case, without Vietnamese diacritics ("Đặng Thị Ánh" becomes "dang thi anh"). */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd');
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replaceAll("\\s+", " ").trim();
    }

    /** Escapes LIKE wildcards so that user input matches literally. */
    public static String likeContains(String text) {
        String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /** Trims, and turns a blank string into null. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
