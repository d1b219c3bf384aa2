package vn.dangvu.member;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How each member attending a branch on a day stood in it, for the totals of a meeting's minutes (biên bản
 * sinh hoạt chi bộ): attending temporarily from elsewhere, probationary, away on a temporary transfer.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class BranchRoll {

    private final JdbcClient jdbc;

    /**
     * {@code temporary}: attends on a temporary period only (sinh hoạt tạm thời), not counted in the branch's
     * members; {@code probationary}: admitted by that day and not yet a full member; {@code away}: an
     * official member of the branch attending another branch temporarily that day.
     */
    public record Standing(long memberId, boolean temporary, boolean probationary, boolean away) {}

    /** Every member with a period in the branch covering {@code day}, by member (one statement). */
    public Map<Long, Standing> on(long branchId, LocalDate day) {
        Map<Long, Standing> found = new HashMap<>();
        jdbc.sql("""
                        select p.member_id as "memberId",
                               not bool_or(p.kind = 'OFFICIAL') as temporary,
                               (m.admitted_on <= :day and (m.full_member_on is null or m.full_member_on > :day)) as probationary,
                               bool_or(p.kind = 'OFFICIAL') and exists (
                                   select 1 from membership_period t
                                   where t.member_id = p.member_id and t.kind = 'TEMPORARY' and t.branch_id <> :branch
                                     and t.started_on <= :day and (t.ended_on is null or t.ended_on > :day)) as away
                        from membership_period p join member m on m.id = p.member_id
                        where p.branch_id = :branch and p.started_on <= :day and (p.ended_on is null or p.ended_on > :day)
                        group by p.member_id, m.admitted_on, m.full_member_on""")
                .param("branch", branchId)
                .param("day", day)
                .query(Standing.class)
                .list()
                .forEach(s -> found.put(s.memberId(), s));
        return found;
    }
}
