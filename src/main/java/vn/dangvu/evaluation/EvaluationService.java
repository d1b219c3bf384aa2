package vn.dangvu.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.evaluation.domain.BranchRating;
import vn.dangvu.evaluation.domain.BranchRatingRepository;
import vn.dangvu.evaluation.domain.MemberRating;
import vn.dangvu.evaluation.domain.MemberRatingRepository;
import vn.dangvu.member.MemberService;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.member.MemberSummary;
import vn.dangvu.organisation.Levels;
import vn.dangvu.organisation.UnitOnDay;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditLog;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.NotFoundException;

/**
 * Yearly evaluations of members (self → branch committee → branch → commune Party committee) and of
 * branches. A branch's people record the first three stages; the commune's officials and district staff
 * the final one, at most {@code dangvu.evaluation.excellent-share} of the commune's members EXCELLENT.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class EvaluationService {

    private final MemberRatingRepository ratings;
    private final BranchRatingRepository branchRatings;
    private final MemberService members;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    @Value("${dangvu.evaluation.excellent-share:0.2}")
    private final double excellentShare;

    private final EvaluationPolicy policy;
    private final Levels levels;

    /** Which of these members have a final rating for the year. */
    public Set<Long> ratedMembers(Collection<Long> memberIds, int year) {
        if (memberIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(ratings.findRatedMemberIds(memberIds, year));
    }

    public boolean isRated(long memberId, int year) {
        return !ratedMembers(Set.of(memberId), year).isEmpty();
    }

    public EvaluationView of(long memberId, int year) {
        return ratings.findByMemberIdAndYear(memberId, year)
                .map(EvaluationService::view)
                .orElse(EvaluationView.NONE);
    }

    public EvaluationPage page(Actor actor, long branchId, int year) {
        UnitView branch = policy.read(actor, branchId);
        List<MemberSummary> people =
                members.inBranchDuring(branchId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        Map<Long, MemberRating> byMember =
                ratings
                        .findByYearAndMemberIdIn(
                                year, people.stream().map(MemberSummary::id).toList())
                        .stream()
                        .collect(Collectors.toMap(MemberRating::getMemberId, Function.identity()));
        List<EvaluationPage.Row> rows = new ArrayList<>();
        List<MemberSummary> exempt = new ArrayList<>();
        for (MemberSummary person : people) {
            if (person.status() == MemberStatus.EXEMPT) {
                exempt.add(person);
                continue;
            }
            MemberRating r = byMember.get(person.id());
            rows.add(new EvaluationPage.Row(person, r == null ? EvaluationView.NONE : view(r)));
        }
        Quota quota = quota(quotaUnit(branch, year), year);
        BranchRating rating =
                branchRatings.findByBranchIdAndYear(branchId, year).orElse(null);
        return new EvaluationPage(
                branch,
                year,
                rows,
                rating == null ? null : rating.getRating(),
                rating == null ? null : rating.getNote(),
                quota.limit(),
                quota.used(),
                quota.members(),
                quota.unitName(),
                policy.may(actor),
                exempt);
    }

    /** Saves the branch's evaluation screen; the quota is checked after the change, in the same transaction. */
    @Transactional
    public void save(Actor actor, long branchId, int year, EvaluationForm form) {
        UnitView branch = policy.write(actor, branchId);
        List<MemberSummary> people =
                members.inBranchDuring(branchId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        Set<Long> listed = people.stream().map(MemberSummary::id).collect(Collectors.toSet());
        Map<Long, String> exempt = people.stream()
                .filter(p -> p.status() == MemberStatus.EXEMPT)
                .collect(Collectors.toMap(MemberSummary::id, MemberSummary::fullName));
        boolean commune = policy.mayRateInCommune(actor);
        for (EvaluationForm.Row row : form.rows()) {
            if (!listed.contains(row.memberId())) {
                throw new NotFoundException();
            }
            if (exempt.containsKey(row.memberId())) {
                // exempt members are not rated for that time (21-HD/BTCTW 2019)
                throw new BusinessRuleException("evaluation.exemptNotRated", exempt.get(row.memberId()));
            }
            MemberRating rating = ratings.findByMemberIdAndYear(row.memberId(), year)
                    .orElseGet(() -> new MemberRating(row.memberId(), year));
            try {
                rating.rateInBranch(row.self(), row.committee(), row.branch(), row.failReason());
                if (commune) {
                    rating.rateInCommune(row.commune(), row.failReason());
                }
            } catch (BusinessRuleException e) {
                throw new BusinessRuleException(
                        "evaluation.rowFailed",
                        members.find(row.memberId())
                                .map(MemberSummary::fullName)
                                .orElse("?"),
                        "key:" + e.messageKey());
            }
            ratings.save(rating);
        }
        if (commune && form.branchRating() != null) {
            BranchRating rating = branchRatings
                    .findByBranchIdAndYear(branchId, year)
                    .orElseGet(() -> new BranchRating(branchId, year));
            rating.rate(form.branchRating(), form.branchNote());
            branchRatings.save(rating);
        }
        ratings.flush();
        Quota quota = quota(quotaUnit(branch, year), year);
        if (quota.used() > quota.limit()) {
            throw new BusinessRuleException(
                    "evaluation.excellentQuota",
                    quota.limit(),
                    quota.members(),
                    Math.round(excellentShare * 100),
                    quota.unitName());
        }
        audit.record(actor, "UNIT", branchId, "EVALUATED", String.valueOf(year));
    }

    // ---- writes by system loaders, through EvaluationLoader ----

    /** A final rating recorded through the entity's stages, the same at the branch and the commune. */
    @Transactional
    void recordRating(long memberId, int year, Rating rating) {
        MemberRating stages = new MemberRating(memberId, year);
        stages.rateInBranch(null, null, rating, null);
        stages.rateInCommune(rating, null);
        ratings.flush(); // the member may have been registered in this transaction and not yet written
        ratings.save(stages);
        audit.record(null, "MEMBER", memberId, "RATED", year + ": " + rating);
    }

    @Transactional
    void recordBranchRating(long branchId, int year, Rating rating) {
        BranchRating branch = new BranchRating(branchId, year);
        branch.rate(rating, null);
        branchRatings.save(branch);
        audit.record(null, "UNIT", branchId, "EVALUATED", String.valueOf(year));
    }

    /**
     * The grassroots organisation whose quota a year's ratings follow: the one the branch lay in on the
     * rating date, the year's last day (RULES.md: at most 20% in each grassroots organisation), by the level
     * roles of that day, so that a 2024 rating follows the old commune and a hamlet branch that is itself
     * grassroots follows its own quota.
     */
    private UnitOnDay quotaUnit(UnitView branch, int year) {
        return levels.grassrootsOf(branch.id(), ratingDay(year)).orElseThrow(NotFoundException::new);
    }

    private static LocalDate ratingDay(int year) {
        return LocalDate.of(year, 12, 31);
    }

    /**
     * How many members of the grassroots organisation in the year are rated EXCELLENT, and how many may be:
     * members of the branches that lay under it on the rating date, by that day's tree.
     */
    private Quota quota(UnitOnDay grassroots, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = ratingDay(year);
        String inGrassroots = """
                 from member m where exists (
                   select 1 from membership_period p join org_unit b on b.id = p.branch_id
                   where p.member_id = m.id and p.kind = 'OFFICIAL' and coalesce(unit_path_on(b.id, :to), b.path) like :path
                     and p.started_on <= :to and (p.ended_on is null or p.ended_on > :from))""";
        long total = jdbc.sql("select count(*)" + inGrassroots)
                .param("path", grassroots.dayPath() + "%")
                .param("from", from)
                .param("to", to)
                .query(Long.class)
                .single();
        long excellent = jdbc.sql("select count(*)" + inGrassroots
                        + " and exists (select 1 from member_rating r where r.member_id = m.id and r.year = :year"
                        + " and r.rating = 'EXCELLENT')")
                .param("path", grassroots.dayPath() + "%")
                .param("from", from)
                .param("to", to)
                .param("year", year)
                .query(Long.class)
                .single();
        return new Quota((long) Math.floor(excellentShare * total), excellent, total, grassroots.name());
    }

    private record Quota(long limit, long used, long members, String unitName) {}

    private static EvaluationView view(MemberRating r) {
        return new EvaluationView(
                r.getSelfRating(), r.getCommitteeRating(), r.getBranchRating(), r.getRating(), r.getFailReason());
    }
}
