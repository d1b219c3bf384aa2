package vn.dangvu.member.domain;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dangvu.member.MemberForm;
import vn.dangvu.shared.Texts;

/**
 * Batched SQL writes of imported members and their first membership period, for rows that passed
 * {@link MemberRules}. An import writes only some fields of a stored member: {@link #merged} says which.
 */
@Component
@RequiredArgsConstructor
public class MemberImporter {

    private final JdbcTemplate jdbc;

    /** One row to write: the stored member's id, or null for a new member. */
    public record Write(Long id, MemberForm form) {}

    /**
     * A stored member's form after an import of {@code imported}: the fields a register file holds are
     * replaced (as they are stored), the branch (a transfer moves members) and status are kept. Committee
     * periods are not in a register file: they are kept as they are.
     */
    public static MemberForm merged(MemberForm stored, MemberForm imported) {
        return new MemberForm(
                Member.storedName(imported.fullName()),
                imported.birthDate(),
                imported.gender(),
                stored.idNumber(),
                Texts.blankToNull(imported.partyCardNumber()),
                imported.admittedOn(),
                imported.fullMemberOn(),
                imported.group(),
                Texts.blankToNull(imported.position()),
                Texts.blankToNull(imported.workplace()),
                stored.branchId(),
                stored.joinedBranchOn(),
                imported.residenceBranchId(),
                stored.status(),
                stored.version());
    }

    /** Writes the rows and returns the ids of the new members, in the rows' order. */
    public List<Long> write(List<Write> batch) {
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> periods = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<Long> ids = batch.stream().anyMatch(i -> i.id() == null) ? newIds(batch) : List.of();
        int next = 0;
        for (Write row : batch) {
            MemberForm f = row.form();
            if (row.id() == null) {
                long id = ids.get(next++);
                inserts.add(new Object[] {
                    id,
                    Member.storedName(f.fullName()),
                    Date.valueOf(f.birthDate()),
                    f.gender().name(),
                    f.idNumber().trim(),
                    Texts.blankToNull(f.partyCardNumber()),
                    Date.valueOf(f.admittedOn()),
                    date(f.fullMemberOn()),
                    f.group().name(),
                    Texts.blankToNull(f.position()),
                    Texts.blankToNull(f.workplace()),
                    f.branchId(),
                    f.residenceBranchId()
                });
                periods.add(new Object[] {id, f.branchId(), Date.valueOf(f.admittedOn())});
            } else {
                updates.add(new Object[] {
                    Member.storedName(f.fullName()),
                    Date.valueOf(f.birthDate()),
                    f.gender().name(),
                    Texts.blankToNull(f.partyCardNumber()),
                    Date.valueOf(f.admittedOn()),
                    date(f.fullMemberOn()),
                    f.group().name(),
                    Texts.blankToNull(f.position()),
                    Texts.blankToNull(f.workplace()),
                    f.residenceBranchId(),
                    row.id()
                });
            }
        }
        jdbc.batchUpdate("""
                insert into member (id, full_name, birth_date, gender, id_number, party_card_number, admitted_on,
                    full_member_on, member_group, position, workplace, branch_id, residence_branch_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", inserts);
        jdbc.batchUpdate("""
                insert into membership_period (id, member_id, branch_id, started_on)
                values (nextval('membership_period_seq'), ?, ?, ?)""", periods);
        jdbc.batchUpdate("""
                update member set full_name = ?, birth_date = ?, gender = ?, party_card_number = ?, admitted_on = ?,
                    full_member_on = ?, member_group = ?, position = ?, workplace = ?,
                    residence_branch_id = ?, updated_at = now(), version = version + 1
                where id = ?""", updates);
        return ids;
    }

    private List<Long> newIds(List<Write> batch) {
        long count = batch.stream().filter(i -> i.id() == null).count();
        return jdbc.queryForList("select nextval('member_seq') from generate_series(1, ?)", Long.class, count);
    }

    private static Date date(java.time.LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
