package vn.dangvu.engagement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.evaluation.RatingEvidence;

/**
 * A member's commendations and reminders, and the residents' concerns they brought, in the reviewed period,
 * as the rating steps see them: one statement for the whole screen.
 */
@Component
@Order(2)
@RequiredArgsConstructor
class EngagementEvidence implements RatingEvidence {

    private final JdbcClient jdbc;

    @Override
    public Map<Long, List<Line>> of(Collection<Long> memberIds, int year, LocalDate from, LocalDate to) {
        Map<Long, List<Line>> lines = new HashMap<>();
        jdbc.sql("""
                        select member_id,
                               sum(commended) as commended, sum(reminded) as reminded, sum(concerns) as concerns
                        from (select member_id, (kind = 'COMMENDATION')::int as commended,
                                     (kind = 'REMINDER')::int as reminded, 0 as concerns
                              from recognition
                              where member_id in (:ids) and decided_on between :from and :to and removed_at is null
                              union all
                              select member_id, 0, 0, 1
                              from concern
                              where member_id in (:ids) and raised_on between :from and :to and removed_at is null) e
                        group by member_id""")
                .param("ids", memberIds)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> {
                    RatingEvidence.add(
                            lines,
                            rs.getLong("member_id"),
                            "evaluation.evidence.engagement",
                            rs.getLong("commended"),
                            rs.getLong("reminded"),
                            rs.getLong("concerns"));
                    return n;
                })
                .list();
        return lines;
    }
}
