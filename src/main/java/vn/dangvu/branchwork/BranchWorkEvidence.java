package vn.dangvu.branchwork;

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
 * A member's duties of the year and their attendance in the reviewed period, as the rating steps see them:
 * two statements for the whole screen. Committee meetings count in no attendance (họp chi ủy).
 */
@Component
@Order(1)
@RequiredArgsConstructor
class BranchWorkEvidence implements RatingEvidence {

    private final JdbcClient jdbc;

    @Override
    public Map<Long, List<Line>> of(Collection<Long> memberIds, int year, LocalDate from, LocalDate to) {
        Map<Long, List<Line>> lines = new HashMap<>();
        jdbc.sql("""
                        select member_id, count(*) as given, count(*) filter (where status = 'DONE') as done,
                               count(*) filter (where status = 'NOT_DONE') as not_done
                        from duty where member_id in (:ids) and year = :year and removed_at is null
                        group by member_id""")
                .param("ids", memberIds)
                .param("year", year)
                .query((rs, n) -> {
                    RatingEvidence.add(
                            lines,
                            rs.getLong("member_id"),
                            "evaluation.evidence.duties",
                            rs.getLong("given"),
                            rs.getLong("done"),
                            rs.getLong("not_done"));
                    return n;
                })
                .list();
        jdbc.sql("""
                        select a.member_id, count(*) filter (where a.status <> 'EXEMPT') as listed,
                               count(*) filter (where a.status = 'PRESENT') as present,
                               count(*) filter (where a.status = 'ABSENT') as unexcused,
                               count(*) filter (where a.spoke) as spoke,
                               count(*) filter (where a.contributed) as contributed
                        from attendance a join meeting m on m.id = a.meeting_id
                        where a.member_id in (:ids) and m.held_on between :from and :to and m.removed_at is null
                          and m.kind <> 'COMMITTEE'
                        group by a.member_id""")
                .param("ids", memberIds)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> {
                    RatingEvidence.add(
                            lines,
                            rs.getLong("member_id"),
                            "evaluation.evidence.meetings",
                            rs.getLong("present"),
                            rs.getLong("listed"),
                            rs.getLong("unexcused"),
                            rs.getLong("spoke"),
                            rs.getLong("contributed"));
                    return n;
                })
                .list();
        return lines;
    }
}
