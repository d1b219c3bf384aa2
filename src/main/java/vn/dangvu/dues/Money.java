package vn.dangvu.dues;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Whole đồng as people write them and as pages show them: "25.000 đ" (Vietnamese), "25,000 đ" (English).
 * Typed amounts may have dots, commas or spaces between thousands and a trailing "đ"; a decimal part is
 * refused (there is no fraction of a đồng). Templates use it as {@code @duesMoney}.
 */
@Component("duesMoney")
public class Money {

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([.,]\\d{3})+|\\d{1,3}( \\d{3})+");
    private static final Pattern PLAIN = Pattern.compile("\\d{1,12}");
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})(?:[.,](\\d{1,2}))?");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    public String format(Long amount) {
        return amount == null ? "" : grouped(amount) + " đ";
    }

    public String number(Long amount) {
        return amount == null ? "" : grouped(amount);
    }

    public String month(YearMonth month) {
        return month == null ? "" : MONTH.format(month);
    }

    /** Basis points as a percent: 50 → "0,5%" (Vietnamese) or "0.5%". */
    public String percent(Integer basisPoints) {
        if (basisPoints == null) {
            return "";
        }
        String whole = String.valueOf(basisPoints / 100);
        int rest = basisPoints % 100;
        if (rest == 0) {
            return whole + "%";
        }
        String fraction = rest % 10 == 0 ? String.valueOf(rest / 10) : String.format("%02d", rest);
        return whole + (vietnamese() ? "," : ".") + fraction + "%";
    }

    private static String grouped(long amount) {
        String digits = String.valueOf(Math.abs(amount));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(vietnamese() ? '.' : ',');
            }
            out.append(digits.charAt(i));
        }
        return (amount < 0 ? "-" : "") + out;
    }

    private static boolean vietnamese() {
        return !Locale.ENGLISH
                .getLanguage()
                .equals(LocaleContextHolder.getLocale().getLanguage());
    }

    /** A typed amount in whole đồng; empty when it is not one. */
    public static Optional<Long> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip().replaceFirst("(?i)\\s*(đ|d|đồng|vnd)$", "").strip();
        if (PLAIN.matcher(text).matches()) {
            return Optional.of(Long.parseLong(text));
        }
        if (GROUPED.matcher(text).matches() && text.length() <= 16) {
            return Optional.of(Long.parseLong(text.replaceAll("[., ]", "")));
        }
        return Optional.empty();
    }

    /** A typed percent ("1", "0,5", "0.5%") in basis points; empty when it is not one or above 100%. */
    public static Optional<Integer> parsePercent(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        var m = PERCENT.matcher(typed.strip().replaceFirst("\\s*%$", ""));
        if (!m.matches()) {
            return Optional.empty();
        }
        int whole = Integer.parseInt(m.group(1));
        String fraction = m.group(2) == null ? "0" : (m.group(2) + "0").substring(0, 2);
        int points = whole * 100 + Integer.parseInt(fraction);
        return points > 10_000 ? Optional.empty() : Optional.of(points);
    }

    /** A typed month: "03/2026", "3/2026" or a day of it ("15/03/2026"); empty when it is not one. */
    public static Optional<YearMonth> parseMonth(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        var m = Pattern.compile("(\\d{1,2})[/.-](\\d{4})").matcher(typed.strip());
        if (m.matches()) {
            int month = Integer.parseInt(m.group(1));
            int year = Integer.parseInt(m.group(2));
            return month >= 1 && month <= 12 && year >= 1930 && year <= 2200
                    ? Optional.of(YearMonth.of(year, month))
                    : Optional.empty();
        }
        var day = vn.dangvu.shared.Dates.parse(typed.strip());
        return day.ok() && day.date().getYear() >= 1930 && day.date().getYear() <= 2200
                ? Optional.of(YearMonth.from(day.date()))
                : Optional.empty();
    }
}
