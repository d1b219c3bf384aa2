package vn.dangvu.transfer.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.PagedSql;
import vn.dangvu.shared.Scope;
import vn.dangvu.transfer.TransferFilter;
import vn.dangvu.transfer.TransferKind;
import vn.dangvu.transfer.TransferRow;
import vn.dangvu.transfer.TransferState;

/**
 * The transfer list in two statements (rows and count), limited to transfers that touch the scope. Columns
 * are named after the record components they fill (docs/scale.md, "Rows become records").
 */
@Component
@RequiredArgsConstructor
public class TransferQueries {

    private final JdbcClient jdbc;

    /** What a transfer letter says of its member. */
    public record LetterMember(
            long id,
            String fullName,
            java.time.LocalDate birthDate,
            java.time.LocalDate admittedOn,
            java.time.LocalDate fullMemberOn,
            String partyCardNumber,
            String fileNumber,
            String registerNumber) {}

    /** The letters' members in one statement, by id. */
    public Map<Long, LetterMember> letterMembers(java.util.Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select id, full_name as "fullName", birth_date as "birthDate", admitted_on as "admittedOn",
                               full_member_on as "fullMemberOn", party_card_number as "partyCardNumber",
                               file_number as "fileNumber", register_number as "registerNumber"
                        from member where id in (:ids)""").param("ids", memberIds).query(LetterMember.class).list().stream()
                .collect(java.util.stream.Collectors.toMap(LetterMember::id, m -> m));
    }

    public PageView<TransferRow> list(Scope scope, TransferFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder(
                " where (" + scope.where("f.path", "scope") + " or " + scope.where("t2.path", "scope") + ")");
        Map<String, Object> params = new HashMap<>(scope.params("scope"));
        if (filter.state() != null) {
            where.append(" and t.state = :state");
            params.put("state", filter.state().name());
        }
        if (filter.kind() != null) {
            where.append(" and t.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.campaign() != null) {
            where.append(" and t.campaign_id = :campaign");
            params.put("campaign", filter.campaign());
        }
        String from = " " + """
                 from transfer t
                 left join member m on m.id = t.member_id
                 left join org_unit f on f.id = t.from_branch_id
                 left join org_unit t2 on t2.id = t.to_branch_id""";
        return PagedSql.page(jdbc, """
                        t.id, coalesce(m.full_name, t.in_full_name) as "memberName", t.kind, t.direction, t.state,
                               coalesce(f.name, t.other_organisation) as "fromName",
                               coalesce(t2.name, t.other_organisation) as "toName", t.letter_date as "letterDate",
                               t.effective_on as "effectiveOn\"""", from + where, "t.id desc", params, TransferRow.class, page, size);
    }

    /** A transfer that may be past one of its deadlines, touching the scope at its origin and/or destination. */
    public record Candidate(
            long id,
            String memberName,
            TransferKind kind,
            TransferState state,
            String fromName,
            String toName,
            LocalDate decisionDate,
            LocalDate letterDate,
            boolean outgoing,
            boolean incoming) {}

    /**
     * Transfers of the scope that may be overdue, in one statement: not yet proposed although decided at least
     * {@code startCut} ago, or approved with a letter dated at least {@code presentCut} ago and not yet
     * presented (the caller counts the working days). Incoming records from outside are made when the letter
     * is presented.
     */
    public List<Candidate> overdueCandidates(Scope scope, LocalDate startCut, LocalDate presentCut, int limit) {
        return jdbc.sql(scope.render("""
                        select t.id, coalesce(m.full_name, t.in_full_name) as "memberName", t.kind, t.state,
                               coalesce(f.name, t.other_organisation) as "fromName",
                               coalesce(t2.name, t.other_organisation) as "toName",
                               t.decision_date as "decisionDate", t.letter_date as "letterDate",
                               coalesce({f.path in scope}, false) as outgoing,
                               coalesce({t2.path in scope}, false) as incoming
                        from transfer t
                        left join member m on m.id = t.member_id
                        left join org_unit f on f.id = t.from_branch_id
                        left join org_unit t2 on t2.id = t.to_branch_id
                        where ({f.path in scope} or {t2.path in scope})
                          and ((t.state = 'DRAFT' and t.decision_date <= :startCut)
                            or (t.state = 'APPROVED' and t.direction <> 'IN' and t.letter_presented_on is null
                                and t.letter_date <= :presentCut))
                        order by t.id limit :limit""", "scope"))
                .params(scope.params("scope"))
                .param("startCut", startCut)
                .param("presentCut", presentCut)
                .param("limit", limit)
                .query(Candidate.class)
                .list();
    }

    /** Whether the member is away on a temporary transfer (completed and not yet back). */
    public boolean isAway(long memberId) {
        return jdbc.sql("""
                        select exists (select 1 from transfer t where t.member_id = :member and t.kind = 'TEMPORARY'
                                       and t.state = 'COMPLETED' and t.returned_on is null)""").param("member", memberId).query(Boolean.class).single();
    }
}
