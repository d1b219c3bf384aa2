package vn.dangvu.member.domain;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dangvu.member.MemberForm;
import vn.dangvu.member.MemberService;
import vn.dangvu.shared.Texts;

/** Batched SQL writes of imported members and their first membership period. */
@Component
public class MemberImporter {

    private final JdbcTemplate jdbc;

    MemberImporter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void write(List<MemberService.Imported> batch) {
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> periods = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<Long> ids = batch.stream().anyMatch(i -> i.id() == null) ? newIds(batch) : List.of();
        int next = 0;
        for (MemberService.Imported row : batch) {
            MemberForm f = row.form();
            if (row.id() == null) {
                long id = ids.get(next++);
                inserts.add(new Object[] {
                    id,
                    f.fullName().trim(),
                    Date.valueOf(f.birthDate()),
                    f.gender().name(),
                    f.idNumber(),
                    Texts.blankToNull(f.partyCardNumber()),
                    Date.valueOf(f.admittedOn()),
                    date(f.fullMemberOn()),
                    f.group().name(),
                    Texts.blankToNull(f.position()),
                    Texts.blankToNull(f.workplace()),
                    f.communeCommittee(),
                    f.keyLeader(),
                    f.branchId(),
                    f.residenceBranchId()
                });
                periods.add(new Object[] {id, f.branchId(), Date.valueOf(f.admittedOn())});
            } else {
                updates.add(new Object[] {
                    f.fullName().trim(),
                    Date.valueOf(f.birthDate()),
                    f.gender().name(),
                    Texts.blankToNull(f.partyCardNumber()),
                    Date.valueOf(f.admittedOn()),
                    date(f.fullMemberOn()),
                    f.group().name(),
                    Texts.blankToNull(f.position()),
                    Texts.blankToNull(f.workplace()),
                    f.communeCommittee(),
                    f.keyLeader(),
                    f.residenceBranchId(),
                    row.id()
                });
            }
        }
        jdbc.batchUpdate("""
                insert into member (id, full_name, birth_date, gender, id_number, party_card_number, admitted_on,
                    full_member_on, member_group, position, workplace, commune_committee, key_leader, branch_id,
                    residence_branch_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", inserts);
        jdbc.batchUpdate("""
                insert into membership_period (id, member_id, branch_id, started_on)
                values (nextval('membership_period_seq'), ?, ?, ?)""", periods);
        jdbc.batchUpdate("""
                update member set full_name = ?, birth_date = ?, gender = ?, party_card_number = ?, admitted_on = ?,
                    full_member_on = ?, member_group = ?, position = ?, workplace = ?, commune_committee = ?,
                    key_leader = ?, residence_branch_id = ?, updated_at = now(), version = version + 1
                where id = ?""", updates);
    }

    private List<Long> newIds(List<MemberService.Imported> batch) {
        long count = batch.stream().filter(i -> i.id() == null).count();
        return jdbc.queryForList("select nextval('member_seq') from generate_series(1, ?)", Long.class, count);
    }

    private static Date date(java.time.LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
