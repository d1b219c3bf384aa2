package vn.dangvu.branchwork;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.branchwork.domain.BranchWorkReports;
import vn.dangvu.dues.DuesService;
import vn.dangvu.evaluation.EvaluationService;
import vn.dangvu.member.MemberDetails;
import vn.dangvu.member.MemberService;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Scope;

/** The commune and district views of branch work, and a member's year on one page. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class BranchWorkOverview {

    /** The sortable columns of the overview, by the name a link carries. */
    public static final Map<String, ToLongFunction<BranchWorkViews.BranchFigures>> COLUMNS = Map.of(
            "members", BranchWorkViews.BranchFigures::members,
            "withoutDuty", BranchWorkViews.BranchFigures::withoutDuty,
            "leadersWithoutDuty", BranchWorkViews.BranchFigures::leadersWithoutDuty,
            "meetings", BranchWorkViews.BranchFigures::meetings,
            "attendanceRate", BranchWorkViews.BranchFigures::attendanceRate,
            "liaisonVisits", BranchWorkViews.BranchFigures::liaisonVisits,
            "directingTone", BranchWorkViews.BranchFigures::directingTone);

    private final BranchWorkReports queries;
    private final OrganisationService organisation;
    private final MemberService members;
    private final DutyService duties;
    private final EvaluationService evaluations;
    private final DuesService dues;

    /**
     * Per branch of the actor's scope (or of one commune in it), for a year. Sorted by a column,
     * descending, or by commune and branch name when {@code sort} is not a column.
     */
    public List<BranchWorkViews.BranchFigures> overview(Actor actor, Long communeId, int year, String sort) {
        Scope scope = actor.scope();
        if (communeId != null) {
            UnitView commune = organisation.get(actor, communeId);
            scope = Scope.of(commune.path());
        }
        Comparator<BranchWorkViews.BranchFigures> byName = Comparator.comparing(
                        (BranchWorkViews.BranchFigures f) -> f.communeName() == null ? "" : f.communeName())
                .thenComparing(BranchWorkViews.BranchFigures::branchName);
        ToLongFunction<BranchWorkViews.BranchFigures> column = sort == null ? null : COLUMNS.get(sort);
        Comparator<BranchWorkViews.BranchFigures> order = column == null
                ? byName
                : Comparator.comparingLong(column).reversed().thenComparing(byName);
        return queries.overview(scope, year).stream().sorted(order).toList();
    }

    /** The branch work part of the leaders' summary, for a scope, as of a date: its two halves together. */
    public SummaryPart summary(Scope scope, LocalDate asOf) {
        return SummaryPart.of(dutiesPart(scope, asOf), meetingsPart(scope, asOf));
    }

    /** The half of the branch work part that reads members and duties (not meetings). */
    public DutiesPart dutiesPart(Scope scope, LocalDate asOf) {
        LocalDate from = asOf.withDayOfYear(1);
        return new DutiesPart(
                queries.dutyCoverage(scope, asOf.getYear(), from, asOf),
                queries.communeMembers(scope, asOf.getYear(), from, asOf));
    }

    /** The half of the branch work part that reads meetings and attendance (not duties). */
    public MeetingsPart meetingsPart(Scope scope, LocalDate asOf) {
        LocalDate from = asOf.withDayOfYear(1);
        return new MeetingsPart(
                queries.meetingFigures(scope, from, asOf),
                queries.communeMeetings(scope, from, asOf),
                queries.trend(scope, TREND_FROM, asOf),
                compliance(scope, asOf));
    }

    /**
     * The meetings missed in the year of {@code asOf} up to it, by the branches of the actor's scope (or of
     * one commune in it): see {@link BranchWorkReports#compliance}.
     */
    public BranchWorkViews.Compliance compliance(Actor actor, Long communeId, LocalDate asOf) {
        Scope scope = actor.scope();
        if (communeId != null) {
            scope = Scope.of(organisation.get(actor, communeId).path());
        }
        return compliance(scope, asOf);
    }

    private BranchWorkViews.Compliance compliance(Scope scope, LocalDate asOf) {
        List<BranchWorkViews.BranchCompliance> branches = queries.compliance(scope, asOf);
        return new BranchWorkViews.Compliance(asOf, branches, byCommune(branches));
    }

    /** The branches' missed meetings summed per commune, in the branches' order (by commune name). */
    static List<BranchWorkViews.CommuneCompliance> byCommune(List<BranchWorkViews.BranchCompliance> branches) {
        Map<Long, List<BranchWorkViews.BranchCompliance>> grouped = new java.util.LinkedHashMap<>();
        for (BranchWorkViews.BranchCompliance b : branches) {
            grouped.computeIfAbsent(b.communeId(), k -> new java.util.ArrayList<>())
                    .add(b);
        }
        return grouped.values().stream()
                .map(list -> new BranchWorkViews.CommuneCompliance(
                        list.get(0).communeId(),
                        list.get(0).communeName(),
                        list.size(),
                        list.stream()
                                .mapToLong(BranchWorkViews.BranchCompliance::monthsMissed)
                                .sum(),
                        list.stream().filter(b -> b.monthsMissed() > 0).count(),
                        list.stream()
                                .mapToLong(BranchWorkViews.BranchCompliance::quartersMissed)
                                .sum(),
                        list.stream().filter(b -> b.quartersMissed() > 0).count()))
                .toList();
    }

    /** A branch of the actor's scope: its meetings still due today (this month's regular one, this quarter's thematic one). */
    public BranchWorkViews.MeetingsDue due(Actor actor, long branchId, LocalDate today) {
        organisation.get(actor, branchId);
        return queries.due(branchId, today);
    }

    /** The year the trend starts: the first full year after the report's transfers began. */
    public static final int TREND_FROM = 2019;

    public record SummaryPart(
            BranchWorkViews.DutyCoverage duties,
            BranchWorkViews.MeetingFigures meetings,
            List<BranchWorkViews.CommuneFigures> communes,
            List<BranchWorkViews.YearFigures> trend,
            BranchWorkViews.Compliance compliance) {

        /** The two halves together: each commune's members and duties beside its meetings. */
        public static SummaryPart of(DutiesPart duties, MeetingsPart meetings) {
            Map<Long, BranchWorkViews.CommuneMeetings> held = new java.util.HashMap<>();
            meetings.communes().forEach(c -> held.put(c.communeId(), c));
            BranchWorkViews.CommuneMeetings none = new BranchWorkViews.CommuneMeetings(0, 0, 0, 0, 0);
            List<BranchWorkViews.CommuneFigures> communes = duties.communes().stream()
                    .map(c -> {
                        BranchWorkViews.CommuneMeetings m = held.getOrDefault(c.communeId(), none);
                        return new BranchWorkViews.CommuneFigures(
                                c.communeId(),
                                c.name(),
                                c.members(),
                                c.withDuty(),
                                m.meetings(),
                                m.listed(),
                                m.present(),
                                m.directingTone(),
                                c.since());
                    })
                    .toList();
            return new SummaryPart(
                    duties.coverage(), meetings.figures(), communes, meetings.trend(), meetings.compliance());
        }
    }

    /** Duty coverage of the scope and each commune's members. */
    public record DutiesPart(BranchWorkViews.DutyCoverage coverage, List<BranchWorkViews.CommuneMembers> communes) {}

    /** Meetings of the scope, each commune's meetings, the yearly trend and the meetings missed. */
    public record MeetingsPart(
            BranchWorkViews.MeetingFigures figures,
            List<BranchWorkViews.CommuneMeetings> communes,
            List<BranchWorkViews.YearFigures> trend,
            BranchWorkViews.Compliance compliance) {}

    public BranchWorkViews.MemberYear memberYear(Actor actor, long memberId, int year) {
        MemberDetails member = members.get(actor, memberId);
        BranchWorkReports.MemberAttendance attendance = queries.memberYear(memberId, year);
        return new BranchWorkViews.MemberYear(
                member.id(),
                member.fullName(),
                year,
                duties.ofMember(memberId, year),
                attendance.listed(),
                attendance.present(),
                attendance.spoke(),
                attendance.contributed(),
                attendance.directingTone(),
                evaluations.of(memberId, year),
                dues.monthsOf(memberId, year));
    }
}
