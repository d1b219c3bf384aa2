package vn.dangvu.transfer.domain;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import vn.dangvu.transfer.TransferDirection;
import vn.dangvu.transfer.TransferKind;
import vn.dangvu.transfer.TransferState;

/**
 * A campaign's batch steps in SQL, set-based: a few statements per step and per chunk of members,
 * in the caller's transaction (one per step). Issue 25: saving one transfer entity per member made
 * Hibernate flush before every query, and a step for 20,000 members took longer than anyone waits.
 * The rows written are those the single-transfer code writes ({@link Transfer}'s lifecycle), with the
 * same states, stamps and versions.
 */
@Component
@RequiredArgsConstructor
public class CampaignBatch {

    private final JdbcClient jdbc;
    private final EntityManager entities;

    /**
     * Locks the campaign's row: two batch steps of one campaign take turns. First writes what the
     * transaction holds unwritten (a cohort just built, in the demo), which plain SQL would not see.
     */
    public void lock(long campaignId) {
        entities.flush();
        jdbc.sql("select id from campaign where id = :id for update")
                .param("id", campaignId)
                .query(Long.class)
                .single();
    }

    /** A cohort entry not yet proposed nor excluded. */
    public record Waiting(long entryId, long memberId, String memberName, long memberBranchId, Long targetBranchId) {}

    /** The entries waiting, in the cohort's order, with the member's name and the branch they attend now. */
    public List<Waiting> waiting(long campaignId) {
        return jdbc.sql("""
                        select cm.id, cm.member_id, m.full_name, m.branch_id, cm.target_branch_id
                        from campaign_member cm join member m on m.id = cm.member_id
                        where cm.campaign_id = :campaign and not cm.excluded and cm.transfer_id is null
                        order by cm.id""")
                .param("campaign", campaignId)
                .query((rs, n) -> new Waiting(
                        rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), (Long) rs.getObject(5)))
                .list();
    }

    /** The members among these who have a transfer still open (draft, proposed or approved). */
    public Set<Long> withOpenTransfer(Collection<Long> memberIds) {
        return new HashSet<>(jdbc.sql("""
                        select member_id from transfer
                        where member_id = any(:ids) and state in ('DRAFT', 'PROPOSED', 'APPROVED')""")
                .param("ids", new SqlArrayValue("bigint", memberIds.toArray()))
                .query(Long.class)
                .list());
    }

    /** Which of these members are away on a temporary transfer (completed, not returned). */
    public Set<Long> awayOnTemporaryTransfer(Collection<Long> memberIds) {
        return new HashSet<>(jdbc.sql("""
                        select member_id from transfer
                        where member_id = any(:ids) and kind = 'TEMPORARY' and state = 'COMPLETED'
                          and returned_on is null""")
                .param("ids", new SqlArrayValue("bigint", memberIds.toArray()))
                .query(Long.class)
                .list());
    }

    /** A campaign transfer to create, already proposed. */
    public record Proposal(long entryId, long memberId, long fromBranchId, long toBranchId) {}

    /**
     * Creates the proposed transfers of one chunk and links them to their cohort entries; returns their
     * ids in the chunk's order. As {@code Transfer.within(…)} then {@code propose(…)}: created and
     * proposed by the same user at the same moment, version 1 (one update after the insert).
     */
    public List<Long> propose(
            List<Proposal> chunk, long campaignId, TransferKind kind, String reason, String by, Instant at) {
        List<Long> ids = jdbc.sql("select nextval('transfer_seq') from generate_series(1, :n)")
                .param("n", chunk.size())
                .query(Long.class)
                .list();
        Timestamp now = Timestamp.from(at);
        jdbc.sql("""
                        insert into transfer (id, kind, direction, member_id, from_branch_id, to_branch_id, campaign_id,
                            reason, state, created_by, created_at, proposed_by, proposed_at, version)
                        select u.id, :kind, :direction, u.member_id, u.from_branch_id, u.to_branch_id, :campaign,
                            :reason, :state, :by, :at, :by, :at, 1
                        from unnest(:ids, :members, :froms, :tos) as u(id, member_id, from_branch_id, to_branch_id)""")
                .param("kind", kind.name())
                .param("direction", TransferDirection.WITHIN.name())
                .param("campaign", campaignId)
                .param("reason", reason.trim())
                .param("state", TransferState.PROPOSED.name())
                .param("by", by)
                .param("at", now)
                .param("ids", array(ids))
                .param("members", array(chunk.stream().map(Proposal::memberId).toList()))
                .param("froms", array(chunk.stream().map(Proposal::fromBranchId).toList()))
                .param("tos", array(chunk.stream().map(Proposal::toBranchId).toList()))
                .update();
        int linked = jdbc.sql("""
                        update campaign_member cm set transfer_id = u.transfer_id, version = cm.version + 1
                        from unnest(:entries, :ids) as u(entry_id, transfer_id)
                        where cm.id = u.entry_id and cm.transfer_id is null""")
                .param("entries", array(chunk.stream().map(Proposal::entryId).toList()))
                .param("ids", array(ids))
                .update();
        requireAll(linked, chunk.size());
        return ids;
    }

    /** A campaign transfer in a state, locked until the step's transaction ends. */
    public record Locked(long id, long memberId, long toBranchId) {}

    public List<Locked> lockInState(long campaignId, TransferState state) {
        return inState(campaignId, state, " for update");
    }

    /** The same, without locking them: what the page checks before it starts the step. */
    public List<Locked> inState(long campaignId, TransferState state) {
        return inState(campaignId, state, "");
    }

    private List<Locked> inState(long campaignId, TransferState state, String lock) {
        return jdbc.sql("""
                        select id, member_id, to_branch_id from transfer
                        where campaign_id = :campaign and state = :state order by id""" + lock)
                .param("campaign", campaignId)
                .param("state", state.name())
                .query((rs, n) -> new Locked(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .list();
    }

    /** As {@code Transfer.approve(by)} on each: PROPOSED → APPROVED. */
    public void approve(List<Long> ids, String by, Instant at) {
        int approved = jdbc.sql("""
                        update transfer set state = 'APPROVED', approved_by = :by, approved_at = :at,
                            version = version + 1
                        where id = any(:ids) and state = 'PROPOSED'""")
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("ids", array(ids))
                .update();
        requireAll(approved, ids.size());
    }

    /** As {@code Transfer.complete(by, on)} on each: APPROVED → COMPLETED, effective on a day. */
    public void complete(List<Long> ids, String by, Instant at, LocalDate on) {
        int completed = jdbc.sql("""
                        update transfer set state = 'COMPLETED', effective_on = :on, completed_by = :by,
                            completed_at = :at, version = version + 1
                        where id = any(:ids) and state = 'APPROVED'""")
                .param("on", on)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("ids", array(ids))
                .update();
        requireAll(completed, ids.size());
    }

    /**
     * Forgets the entities the transaction had loaded: the step changed their rows behind them, and a
     * stale copy saved later would undo the step (or fail on its version).
     */
    public void written() {
        entities.flush();
        entities.clear();
    }

    private static SqlArrayValue array(List<Long> values) {
        return new SqlArrayValue("bigint", values.toArray());
    }

    private static void requireAll(int written, int expected) {
        if (written != expected) {
            throw new OptimisticLockingFailureException(
                    "a campaign's rows changed during a batch step: " + written + " of " + expected);
        }
    }
}
