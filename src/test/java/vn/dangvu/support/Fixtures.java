package vn.dangvu.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import vn.dangvu.account.AccountForm;
import vn.dangvu.account.AccountService;
import vn.dangvu.branchwork.AttendanceStatus;
import vn.dangvu.branchwork.DutyForm;
import vn.dangvu.branchwork.DutyService;
import vn.dangvu.evaluation.Rating;
import vn.dangvu.evaluation.loading.EvaluationLoader;
import vn.dangvu.member.CommitteeRole;
import vn.dangvu.member.MemberForm;
import vn.dangvu.member.loading.MemberLoader;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.organisation.loading.OrganisationLoader;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Role;

/** Builds small, known organisations inside the demo district, so tests do not depend on demo figures. */
@Component
public class Fixtures {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final OrganisationLoader organisation;
    private final MemberLoader members;
    private final EvaluationLoader evaluations;
    private final DemoData demo;
    private final DutyService duties;
    private final HeldMeetings meetings;
    private final AccountService accounts;

    Fixtures(
            OrganisationLoader organisation,
            MemberLoader members,
            EvaluationLoader evaluations,
            DemoData demo,
            DutyService duties,
            HeldMeetings meetings,
            AccountService accounts) {
        this.organisation = organisation;
        this.members = members;
        this.evaluations = evaluations;
        this.demo = demo;
        this.duties = duties;
        this.meetings = meetings;
        this.accounts = accounts;
    }

    /** A new commune of the demo district with an agency branch and {@code hamlets} hamlet branches. */
    public Commune commune(int hamlets) {
        int n = SERIAL.incrementAndGet();
        UnitView commune =
                organisation.registerChild(demo.unit("TH"), "FX" + n, "Xã Thử Nghiệm " + n, UnitKind.COMMUNE);
        UnitView agency =
                organisation.registerChild(commune.id(), "FX" + n + "-CQ", "Chi bộ Cơ quan xã", UnitKind.AGENCY);
        List<UnitView> hamletUnits = new ArrayList<>();
        for (int h = 1; h <= hamlets; h++) {
            hamletUnits.add(
                    organisation.registerChild(commune.id(), "FX" + n + "-A" + h, "Chi bộ Ấp " + h, UnitKind.HAMLET));
        }
        return new Commune(commune, agency, hamletUnits);
    }

    /** A member attending {@code branch} since 2010, living in {@code residence} (or nowhere recorded). */
    public long member(String name, UnitView branch, UnitView residence, Integer ratedYear) {
        MemberForm form = MemberForms.edit(
                MemberForms.form(name, branch.id()),
                d -> d.residenceBranchId = residence == null ? null : residence.id());
        long id = members.register(form, form.joinedBranchOn());
        if (ratedYear != null) {
            evaluations.recordRating(id, ratedYear, Rating.GOOD);
        }
        return id;
    }

    /**
     * A key commune leader and commune committee member attending {@code branch}, living in {@code
     * residence}: both periods at the branch's commune, from 01/01/2010 and still open.
     */
    public long leader(String name, UnitView branch, UnitView residence) {
        MemberForm form = MemberForms.edit(MemberForms.form(name, branch.id()), d -> {
            d.position = "Phó Chủ tịch UBND xã";
            d.residenceBranchId = residence.id();
        });
        long id = members.register(form, form.joinedBranchOn());
        LocalDate since = LocalDate.of(2010, 1, 1);
        members.recordCommitteePeriod(id, branch.parentId(), CommitteeRole.COMMITTEE_MEMBER, "2010–2015", since, null);
        members.recordCommitteePeriod(id, branch.parentId(), CommitteeRole.KEY_LEADER, null, since, null);
        return id;
    }

    /**
     * A new commune of one hamlet branch whose year has work to show, recorded through the app: three
     * members since 2010, the first given a duty for the year, and one meeting on {@code meetingOn} that
     * the first two attended and the third missed.
     */
    public Commune workedHamlet(Actor staff, LocalDate meetingOn) {
        Commune commune = commune(1);
        UnitView hamlet = commune.hamlet(0);
        long a = member("Tô Văn Có Việc", hamlet, hamlet, null);
        long b = member("Tô Văn Đi Họp", hamlet, hamlet, null);
        long c = member("Tô Thị Vắng", hamlet, hamlet, null);
        duties.assign(
                staff, hamlet.id(), meetingOn.getYear(), new DutyForm(a, null, "Dân vận", "Phụ trách tổ 1", null));
        meetings.held(
                staff,
                hamlet.id(),
                meetingOn,
                "Sinh hoạt thường kỳ",
                HeldMeetings.row(a, AttendanceStatus.PRESENT),
                HeldMeetings.row(b, AttendanceStatus.PRESENT),
                HeldMeetings.row(c, AttendanceStatus.ABSENT));
        return commune;
    }

    /** A new account of {@code role} scoped to {@code unit}; its username. */
    public String account(Actor staff, Role role, UnitView unit) {
        String username = "thu.nam" + SERIAL.incrementAndGet();
        accounts.create(
                staff, new AccountForm(username, "Tài khoản thử", role, unit.id(), "mat-khau-du-dai-123", null));
        return username;
    }

    public record Commune(UnitView commune, UnitView agency, List<UnitView> hamlets) {
        public UnitView hamlet(int i) {
            return hamlets.get(i);
        }
    }
}
