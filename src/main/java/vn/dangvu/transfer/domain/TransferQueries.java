package vn.dangvu.transfer.domain;

import java.util.HashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.PagedSql;
import vn.dangvu.shared.Scope;
import vn.dangvu.transfer.TransferFilter;
import vn.dangvu.transfer.TransferRow;

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
            String partyCardNumber) {}

    /** The letters' members in one statement, by id. */
    public Map<Long, LetterMember> letterMembers(java.util.Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select id, full_name as "fullName", birth_date as "birthDate", admitted_on as "admittedOn",
                               full_member_on as "fullMemberOn", party_card_number as "partyCardNumber"
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
}
