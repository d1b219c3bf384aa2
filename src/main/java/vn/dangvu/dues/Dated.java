package vn.dangvu.dues;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a new dated row goes among the rows of its kind (a category's rates, a level's shares, a member's
 * categories): it holds from its day until the next row begins (or for good), and the row before it, if
 * it reached past that day, now ends there. Entering a rule's older rate later fills the gap before the
 * newer one; a second row from the same day is refused ({@code taken}).
 */
record Dated<T>(boolean taken, Optional<T> cut, LocalDate until) {

    static <T> Dated<T> place(List<T> rows, Function<T, LocalDate> from, Function<T, LocalDate> to, LocalDate day) {
        boolean taken = rows.stream().anyMatch(r -> from.apply(r).equals(day));
        Optional<T> before = rows.stream()
                .filter(r -> from.apply(r).isBefore(day))
                .max(Comparator.comparing(from))
                .filter(r -> to.apply(r) == null || to.apply(r).isAfter(day));
        LocalDate until = rows.stream()
                .map(from)
                .filter(d -> d.isAfter(day))
                .min(Comparator.naturalOrder())
                .orElse(null);
        return new Dated<>(taken, before, until);
    }
}
