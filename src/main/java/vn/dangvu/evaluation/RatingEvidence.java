package vn.dangvu.evaluation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The evidence of a member's year that each rating step sees beside the rating (duties and their results,
 * attendance, recognitions), supplied by the modules that record it: they depend on this one, so the
 * evaluation screen reads them through this interface without depending on them.
 */
public interface RatingEvidence {

    /**
     * Lines of evidence per member id for the reviewed period [{@code from}, {@code to}] of {@code year}, read
     * for all the members together; a member without any has no entry.
     */
    Map<Long, List<Line>> of(Collection<Long> memberIds, int year, LocalDate from, LocalDate to);

    /** Adds a line to a member's evidence in the map a source builds. */
    static void add(Map<Long, List<Line>> lines, long memberId, String key, Object... arguments) {
        lines.computeIfAbsent(memberId, m -> new java.util.ArrayList<>()).add(new Line(key, List.of(arguments)));
    }

    /** One line of evidence: a message key and its arguments, rendered in the reader's language. */
    record Line(String key, List<Object> arguments) {

        public Object[] args() {
            return arguments.toArray();
        }
    }
}
