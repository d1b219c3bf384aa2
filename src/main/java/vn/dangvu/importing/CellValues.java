package vn.dangvu.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import vn.dangvu.member.Gender;
import vn.dangvu.member.MemberGroup;
import vn.dangvu.shared.Dates;
import vn.dangvu.shared.Texts;

/** Turns the cells people type into values: dates in every common form, yes/no, gender, member group. */
final class CellValues {

    private final Map<String, MemberGroup> groups;

    private final MessageSource messageSource;

    CellValues(MessageSource messages) {
        this.messageSource = messages;
        this.groups = Stream.of(MemberGroup.values())
                .flatMap(g -> Stream.of(
                        Map.entry(RegisterColumns.key(g.name()), g),
                        Map.entry(RegisterColumns.key(label(messages, g, "vi")), g),
                        Map.entry(RegisterColumns.key(label(messages, g, "en")), g)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    /**
     * A value of an enum from its name or its label in either language ({@code enum.<Type>.<VALUE>}), or
     * the error {@code errorKey}.
     */
    <E extends Enum<E>> E labelled(Class<E> type, Object cell, String errorKey) {
        String key = RegisterColumns.key(text(cell));
        for (E value : type.getEnumConstants()) {
            String code = "enum." + type.getSimpleName() + "." + value.name();
            if (key.equals(RegisterColumns.key(value.name()))
                    || key.equals(
                            RegisterColumns.key(messageSource.getMessage(code, null, "", Locale.forLanguageTag("vi"))))
                    || key.equals(RegisterColumns.key(messageSource.getMessage(code, null, "", Locale.ENGLISH)))) {
                return value;
            }
        }
        throw new IllegalArgumentException(errorKey);
    }

    /** A value's label as a Vietnamese register writes it. */
    static String labelOf(MessageSource messageSource, Enum<?> value) {
        return value == null
                ? ""
                : messageSource.getMessage(
                        "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name(),
                        null,
                        value.name(),
                        Locale.forLanguageTag("vi"));
    }

    static String label(MessageSource messages, MemberGroup group, String language) {
        return messages.getMessage(
                "enum.MemberGroup." + group.name(), null, group.name(), Locale.forLanguageTag(language));
    }

    /** A date from a date cell or text; two-digit years fall in the last hundred years. */
    static LocalDate date(Object cell) {
        if (cell instanceof LocalDate date) {
            return date;
        }
        String text = text(cell);
        if (text.isEmpty()) {
            return null;
        }
        return Dates.parseWithTwoDigitYears(text, LocalDate.now())
                .orElseThrow(problem -> new IllegalArgumentException("import.error.date"));
    }

    static Boolean yesNo(Object cell) {
        String key = RegisterColumns.key(text(cell));
        return switch (key) {
            case "", "khong", "k", "no", "false", "0" -> false;
            case "co", "c", "x", "yes", "true", "1" -> true;
            default -> throw new IllegalArgumentException("import.error.yesNo");
        };
    }

    static Gender gender(Object cell) {
        return switch (RegisterColumns.key(text(cell))) {
            case "nam", "male", "m" -> Gender.MALE;
            case "nu", "female", "f" -> Gender.FEMALE;
            default -> throw new IllegalArgumentException("import.error.gender");
        };
    }

    MemberGroup group(Object cell) {
        MemberGroup group = groups.get(RegisterColumns.key(text(cell)));
        if (group == null) {
            throw new IllegalArgumentException("import.error.group");
        }
        return group;
    }

    static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        return cell instanceof LocalDate date
                ? date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                : cell.toString().trim();
    }

    /** A name without the words that prefix units ("Xã", "Chi bộ", "Ấp"…), folded, for matching. */
    static String unitKey(String name) {
        String folded = " " + Texts.fold(name) + " ";
        for (String prefix : List.of(" dang bo ", " thi tran ", " xa ", " phuong ", " chi bo ", " ap ", " khom ")) {
            folded = folded.replace(prefix, " ");
        }
        return RegisterColumns.key(folded);
    }

    static <T> Map<String, T> index(List<T> values, Function<T, String> name) {
        return values.stream().collect(Collectors.toMap(v -> unitKey(name.apply(v)), v -> v, (a, b) -> a));
    }
}
