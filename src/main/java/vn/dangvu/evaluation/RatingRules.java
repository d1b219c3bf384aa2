package vn.dangvu.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The dated rules of rating (table {@code rating_rule}) and the score sheet (table {@code rating_sheet_group}). */
@Component
@RequiredArgsConstructor
class RatingRules {

    private final JdbcClient jdbc;

    /** The rule in force for a year; a year before the first row follows the first row's quota, with no basis. */
    RatingRule forYear(int year) {
        List<RatingRule> rules = jdbc.sql("""
                        select valid_from_year, basis, scored, quota_share, quota_base, quota_source, confirmed,
                               dissolution_needs_rating
                        from rating_rule
                        order by (valid_from_year <= :year) desc,
                                 case when valid_from_year <= :year then -valid_from_year else valid_from_year end
                        limit 1
                        """)
                .param("year", year)
                .query((rs, n) -> new RatingRule(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getBoolean(3),
                        rs.getBigDecimal(4),
                        RatingRule.QuotaBase.valueOf(rs.getString(5)),
                        rs.getString(6),
                        rs.getBoolean(7),
                        rs.getBoolean(8)))
                .list();
        RatingRule rule = rules.get(0);
        if (rule.validFromYear() > year) {
            return new RatingRule(
                    year, null, false, rule.quotaShare(), rule.quotaBase(), rule.quotaSource(), false, false);
        }
        return rule;
    }

    /** The criteria groups of every form of the score sheet in force on a day, in order, in one statement. */
    Map<String, List<SheetGroup>> sheets(LocalDate on) {
        Map<String, List<SheetGroup>> sheets = new TreeMap<>();
        jdbc.sql("""
                        select g.form, g.position, g.title, g.max_points, g.confirmed, g.valid_from from rating_sheet_group g
                        where g.valid_from = (select max(valid_from) from rating_sheet_group
                                              where form = g.form and valid_from <= :on)
                        order by g.form, g.position
                        """)
                .param("on", on)
                .query((rs, n) -> sheets.computeIfAbsent(rs.getString(1), f -> new ArrayList<>())
                        .add(new SheetGroup(
                                rs.getInt(2),
                                rs.getString(3),
                                rs.getBigDecimal(4),
                                rs.getBoolean(5),
                                rs.getString(1),
                                rs.getObject(6, LocalDate.class))))
                .list();
        return sheets;
    }
}
