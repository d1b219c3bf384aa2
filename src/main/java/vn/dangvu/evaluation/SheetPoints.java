package vn.dangvu.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.Violation;

/**
 * The points given per criteria group of a member's score sheet, by the steps that score (table {@code
 * rating_group_points}, V47): checked against each group's maximum and summed into the step's total, read for
 * a whole screen in one statement.
 */
@Component
@RequiredArgsConstructor
class SheetPoints {

    /** The steps that score, by the names the table keeps. */
    enum Step {
        SELF,
        COMMUNE
    }

    private final JdbcClient jdbc;

    /**
     * The total of the points typed for the groups of {@code sheet}, in its order; null when none is typed (the
     * step is not scored by group). Every group must then have its points, from 0 to its maximum: each broken
     * one is reported on its field ({@code field[i]}), named, with {@code who} when the screen lists several
     * members.
     */
    static BigDecimal total(List<SheetGroup> sheet, List<BigDecimal> typed, String field, String who) {
        if (typed == null || typed.stream().allMatch(p -> p == null)) {
            return null;
        }
        List<Violation> broken = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < sheet.size(); i++) {
            SheetGroup group = sheet.get(i);
            BigDecimal points = i < typed.size() ? typed.get(i) : null;
            String name = field + "[" + i + "]";
            if (points == null) {
                broken.add(message(name, "evaluation.groupPoints.missing", who, group));
            } else if (points.signum() < 0 || points.compareTo(group.maxPoints()) > 0) {
                broken.add(message(name, "evaluation.groupPoints.outOfRange", who, group));
            } else {
                total = total.add(points);
            }
        }
        BusinessRuleException.throwIfAny(broken);
        return total;
    }

    private static Violation message(String field, String key, String who, SheetGroup group) {
        return who == null
                ? Violation.of(
                        field,
                        key,
                        group.title(),
                        group.maxPoints().stripTrailingZeros().toPlainString())
                : Violation.of(
                        field,
                        key + ".row",
                        group.title(),
                        group.maxPoints().stripTrailingZeros().toPlainString(),
                        who);
    }

    /** The step's points of one rating, replaced by those given (none: the step is not scored by group). */
    void replace(long ratingId, Step step, List<SheetGroup> sheet, List<BigDecimal> points) {
        jdbc.sql("delete from rating_group_points where rating_id = ? and stage = ?")
                .params(ratingId, step.name())
                .update();
        if (points == null || points.stream().allMatch(p -> p == null)) {
            return;
        }
        for (int i = 0; i < sheet.size(); i++) {
            SheetGroup group = sheet.get(i);
            jdbc.sql("""
                            insert into rating_group_points (rating_id, stage, form, valid_from, position, points)
                            values (?, ?, ?, ?, ?, ?)
                            """)
                    .params(ratingId, step.name(), group.form(), group.validFrom(), group.position(), points.get(i))
                    .update();
        }
    }

    /**
     * The members' points of a period by step and group position, in one statement (asked by member, as the
     * ratings themselves are, so that a screen runs it whether or not anyone is rated yet).
     */
    Map<Long, Map<Step, Map<Integer, BigDecimal>>> of(int year, RatingPeriod period, Collection<Long> memberIds) {
        Map<Long, Map<Step, Map<Integer, BigDecimal>>> found = new HashMap<>();
        if (memberIds.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        select r.member_id, g.stage, g.position, g.points
                        from rating_group_points g join member_rating r on r.id = g.rating_id
                        where r.year = :year and r.period = :period and r.member_id in (:members)
                        """)
                .param("year", year)
                .param("period", period.name())
                .param("members", memberIds)
                .query((rs, n) -> found.computeIfAbsent(rs.getLong(1), r -> new HashMap<>())
                        .computeIfAbsent(Step.valueOf(rs.getString(2)), s -> new HashMap<>())
                        .put(rs.getInt(3), rs.getBigDecimal(4)))
                .list();
        return found;
    }

    /** A step's points in the order of the sheet's groups, null where none was given. */
    static List<BigDecimal> inOrder(List<SheetGroup> sheet, Map<Integer, BigDecimal> points) {
        List<BigDecimal> ordered = new ArrayList<>();
        for (SheetGroup group : sheet) {
            ordered.add(points == null ? null : points.get(group.position()));
        }
        return ordered;
    }
}
