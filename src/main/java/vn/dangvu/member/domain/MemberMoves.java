package vn.dangvu.member.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import vn.dangvu.member.MemberService;
import vn.dangvu.member.MemberStatus;

/**
 * Moves of many members at once (a campaign's batch), set-based: a few statements per batch of members
 * instead of a few per member, in the caller's transaction. The rules are the single move's
 * ({@link MemberService#checkMove}); the caller checks them first for the whole batch.
 */
@Component
@RequiredArgsConstructor
public class MemberMoves {

    private final JdbcClient jdbc;

    /** What a move's checks read of one member: status, branch and the start of the open period. */
    public record Mover(long id, String fullName, MemberStatus status, long branchId, LocalDate openSince) {}

    public Map<Long, Mover> movers(Collection<Long> memberIds) {
        Map<Long, Mover> movers = new HashMap<>();
        jdbc.sql("""
                        select m.id, m.full_name, m.status, m.branch_id, p.started_on
                        from member m
                        left join membership_period p on p.member_id = m.id and p.ended_on is null and p.kind = 'OFFICIAL'
                        where m.id = any(:ids)""")
                .param("ids", new SqlArrayValue("bigint", memberIds.toArray()))
                .query(rs -> {
                    movers.put(
                            rs.getLong(1),
                            new Mover(
                                    rs.getLong(1),
                                    rs.getString(2),
                                    MemberStatus.valueOf(rs.getString(3)),
                                    rs.getLong(4),
                                    rs.getObject(5, LocalDate.class)));
                });
        return movers;
    }

    /**
     * Closes each member's open period on {@code on}, opens the next in the target branch from that day
     * (with the transfer that moved them) and records the branch on the member: three statements. A member
     * whose open period or status changed since the check fails the whole batch.
     */
    public void move(List<MemberService.Move> moves, LocalDate on) {
        Long[] members = moves.stream().map(MemberService.Move::memberId).toArray(Long[]::new);
        Long[] targets = moves.stream().map(MemberService.Move::toBranchId).toArray(Long[]::new);
        Long[] transfers = moves.stream().map(MemberService.Move::transferId).toArray(Long[]::new);
        int closed = jdbc.sql("""
                        update membership_period p set ended_on = :on
                        from unnest(:members) as u(member_id)
                        where p.member_id = u.member_id and p.ended_on is null and p.kind = 'OFFICIAL' and p.started_on <= :on""")
                .param("on", on)
                .param("members", new SqlArrayValue("bigint", (Object[]) members))
                .update();
        int attending = jdbc.sql("""
                        update member m set branch_id = u.branch_id, updated_at = :now, version = m.version + 1
                        from unnest(:members, :targets) as u(member_id, branch_id)
                        where m.id = u.member_id and m.status <> 'LEFT'""")
                .param("now", Timestamp.from(Instant.now()))
                .param("members", new SqlArrayValue("bigint", (Object[]) members))
                .param("targets", new SqlArrayValue("bigint", (Object[]) targets))
                .update();
        if (closed != moves.size() || attending != moves.size()) {
            throw new OptimisticLockingFailureException("members changed during a batch move");
        }
        jdbc.sql("""
                        insert into membership_period (id, member_id, branch_id, started_on, transfer_id)
                        select nextval('membership_period_seq'), u.member_id, u.branch_id, :on, u.transfer_id
                        from unnest(:members, :targets, :transfers) as u(member_id, branch_id, transfer_id)""")
                .param("on", on)
                .param("members", new SqlArrayValue("bigint", (Object[]) members))
                .param("targets", new SqlArrayValue("bigint", (Object[]) targets))
                .param("transfers", new SqlArrayValue("bigint", (Object[]) transfers))
                .update();
    }
}
