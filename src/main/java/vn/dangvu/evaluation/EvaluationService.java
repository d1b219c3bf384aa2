package vn.dangvu.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.evaluation.domain.BranchRating;
import vn.dangvu.evaluation.domain.BranchRatingRepository;
import vn.dangvu.evaluation.domain.MemberRating;
import vn.dangvu.evaluation.domain.MemberRatingRepository;
import vn.dangvu.evaluation.domain.RatingOverride;
import vn.dangvu.evaluation.domain.RatingOverrideRepository;
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
 * Yearly and quarterly evaluations of members (self → branch committee → branch → commune Party committee) and
 * yearly ratings of branches, each under the rule of its year ({@link RatingRule}: from 2025 a 100-point
 * score). A branch's people record the first three stages; the commune's officials and district staff the
 * final one, within the grassroots organisation's excellent quota unless an exception is recorded.
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

    private final EvaluationPolicy policy;
    private final Levels levels;
    private final RatingRules rules;
    private final RatingOverrideRepository overrides;
    private final org.springframework.beans.factory.ObjectProvider<RatingEvidence> evidence;
    private final SheetPoints sheetPoints;

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

    /** A member's yearly evaluation. */
    public EvaluationView of(long memberId, int year) {
        return ratings.findByMemberIdAndYearAndPeriod(memberId, year, RatingPeriod.Y)
                .map(EvaluationService::view)
                .orElse(EvaluationView.NONE);
    }

    public EvaluationPage page(Actor actor, long branchId, int year) {
        return page(actor, branchId, year, RatingPeriod.Y);
    }

    public EvaluationPage page(Actor actor, long branchId, int year, RatingPeriod period) {
        UnitView branch = policy.read(actor, branchId);
        RatingRule rule = rules.forYear(year);
        People people = people(branchId, year, period);
        Map<Long, MemberRating> byMember = ratings
                .findByYearAndPeriodAndMemberIdIn(
                        year,
                        period,
                        people.rated().stream().map(MemberSummary::id).toList())
                .stream()
                .collect(Collectors.toMap(MemberRating::getMemberId, Function.identity()));
        List<EvaluationPage.Row> rows = new ArrayList<>();
        // the page shows the sheets of its members' forms only, read with the others in one statement
        Map<String, List<SheetGroup>> inForce = rule.scored() ? rules.sheets(period.lastDay(year)) : Map.of();
        Map<String, List<SheetGroup>> sheets = new TreeMap<>();
        Map<Long, List<RatingEvidence.Line>> seen = evidenceOf(people.rated(), year, period);
        Map<Long, Map<SheetPoints.Step, Map<Integer, BigDecimal>>> given = sheetPoints.of(
                year, period, people.rated().stream().map(MemberSummary::id).toList());
        for (MemberSummary person : people.rated()) {
            MemberRating r = byMember.get(person.id());
            String form = sheetForm(person);
            List<SheetGroup> sheet = inForce.getOrDefault(form, List.of());
            if (!sheet.isEmpty()) {
                sheets.put(form, sheet);
            }
            Map<SheetPoints.Step, Map<Integer, BigDecimal>> points = given.getOrDefault(person.id(), Map.of());
            rows.add(new EvaluationPage.Row(
                    person,
                    r == null ? EvaluationView.NONE : view(r),
                    form,
                    seen.getOrDefault(person.id(), List.of()),
                    sheet,
                    SheetPoints.inOrder(sheet, points.get(SheetPoints.Step.SELF)),
                    SheetPoints.inOrder(sheet, points.get(SheetPoints.Step.COMMUNE))));
        }
        Quota quota = period.yearly() ? quota(quotaUnit(branch, year), year, rule) : Quota.NONE;
        BranchRating rating =
                branchRatings.findByBranchIdAndYear(branchId, year).orElse(null);
        return new EvaluationPage(
                branch,
                year,
                period,
                rule,
                rows,
                rating == null ? null : rating.getRating(),
                rating == null ? null : rating.getNote(),
                rating == null ? null : rating.getScore(),
                rating == null ? rule.basis() : rating.getRuleBasis(),
                quota.limit(),
                quota.used(),
                quota.base(),
                quota.unitName(),
                quota.override(),
                overrideView(RatingOverride.Kind.DISSOLUTION, branchId, year),
                sheets,
                policy.may(actor),
                people.exempt(),
                people.tooNew());
    }

    /** Every source's evidence of the period for the members, in the order of the sources, read together. */
    private Map<Long, List<RatingEvidence.Line>> evidenceOf(List<MemberSummary> people, int year, RatingPeriod period) {
        List<Long> ids = people.stream().map(MemberSummary::id).toList();
        Map<Long, List<RatingEvidence.Line>> lines = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return lines;
        }
        evidence.orderedStream()
                .forEach(source -> source.of(ids, year, period.firstDay(year), period.lastDay(year))
                        .forEach((member, found) -> lines.computeIfAbsent(member, m -> new ArrayList<>())
                                .addAll(found)));
        return lines;
    }

    /**
     * Saves the branch's evaluation screen for a period; the yearly quota is checked after the change, in the
     * same transaction, so that a refused save writes nothing.
     */
    @Transactional
    public void save(Actor actor, long branchId, int year, EvaluationForm form) {
        save(actor, branchId, year, RatingPeriod.Y, form);
    }

    @Transactional
    public void save(Actor actor, long branchId, int year, RatingPeriod period, EvaluationForm form) {
        UnitView branch = policy.write(actor, branchId);
        RatingRule rule = rules.forYear(year);
        People people = people(branchId, year, period);
        Map<Long, MemberSummary> listed =
                people.rated().stream().collect(Collectors.toMap(MemberSummary::id, Function.identity()));
        boolean commune = policy.mayRateInCommune(actor);
        Map<String, List<SheetGroup>> sheets = rule.scored() ? rules.sheets(period.lastDay(year)) : Map.of();
        List<Runnable> pointsToWrite = new ArrayList<>();
        for (int i = 0; i < form.rows().size(); i++) {
            EvaluationForm.Row row = form.rows().get(i);
            MemberSummary person = listed.get(row.memberId());
            if (person == null) {
                notRated(people, row.memberId());
                throw new NotFoundException();
            }
            List<SheetGroup> sheet = sheets.getOrDefault(sheetForm(person), List.of());
            String prefix = "rows[" + i + "].";
            MemberRating rating = ratings.findByMemberIdAndYearAndPeriod(row.memberId(), year, period)
                    .orElseGet(() -> new MemberRating(row.memberId(), year, period, rule.basis()));
            try {
                selfStep(
                        rating,
                        sheet,
                        new SelfAssessmentForm(
                                row.self(), row.selfPoints(), row.selfAboveRequirement(), row.failReason()),
                        prefix + "selfPoints",
                        person.fullName());
                rating.rateInBranch(row.committee(), row.branch(), row.failReason());
                if (commune && rule.scored()) {
                    BigDecimal total = SheetPoints.total(sheet, row.points(), prefix + "points", person.fullName());
                    // a total without points (a rating entered before the sheet, or on a period without one)
                    rating.scoreInCommune(
                            total != null ? total : row.score(), row.aboveRequirement(), row.failReason());
                } else if (commune) {
                    rating.rateInCommune(row.commune(), row.failReason());
                }
            } catch (BusinessRuleException e) {
                if (e.messageKey().startsWith("evaluation.groupPoints.")) {
                    throw e;
                }
                throw new BusinessRuleException("evaluation.rowFailed", person.fullName(), "key:" + e.messageKey());
            }
            ratings.save(rating);
            pointsToWrite.add(() -> {
                sheetPoints.replace(rating.getId(), SheetPoints.Step.SELF, sheet, row.selfPoints());
                if (commune && rule.scored()) {
                    sheetPoints.replace(rating.getId(), SheetPoints.Step.COMMUNE, sheet, row.points());
                }
            });
        }
        if (commune && period.yearly() && (rule.scored() ? form.branchScore() != null : form.branchRating() != null)) {
            BranchRating rating = branchRatings
                    .findByBranchIdAndYear(branchId, year)
                    .orElseGet(() -> new BranchRating(branchId, year, rule.basis()));
            if (rule.scored()) {
                rating.score(form.branchScore(), form.branchAboveRequirement(), form.branchNote());
            } else {
                rating.rate(form.branchRating(), form.branchNote());
            }
            branchRatings.save(rating);
        }
        ratings.flush();
        pointsToWrite.forEach(Runnable::run);
        if (period.yearly()) {
            Quota quota = quota(quotaUnit(branch, year), year, rule);
            if (quota.used() > quota.limit()) {
                throw new BusinessRuleException(
                        "evaluation.excellentQuota",
                        quota.limit(),
                        quota.base(),
                        rule.quotaPercent(),
                        quota.unitName());
            }
        }
        audit.record(
                actor, "UNIT", branchId, "EVALUATED", period.yearly() ? String.valueOf(year) : year + " " + period);
    }

    /**
     * The self-assessment step, the same on the branch's screen and on the member's own sheet: under a year
     * scored by group, the points per criteria group of the member's sheet, their total and the grade that
     * follows; otherwise (a graded year, or a period with no sheet) the grade chosen. No points leave the grade
     * as chosen (none on a scored sheet).
     */
    private static void selfStep(
            MemberRating rating, List<SheetGroup> sheet, SelfAssessmentForm self, String field, String who) {
        BigDecimal total = sheet.isEmpty() ? null : SheetPoints.total(sheet, self.getPoints(), field, who);
        if (total != null) {
            rating.scoreSelf(total, self.isAboveRequirement(), self.getReason());
        } else {
            rating.assessSelf(self.getSelf(), self.getReason());
        }
    }

    /**
     * The periods whose review is under way on a day, for the member's own sheet: a review opens in the last
     * month of its period and stays the current one until the next opens (the year's from 1 December, a
     * quarter's from the first day of its last month).
     */
    static List<Period> underReview(LocalDate today) {
        LocalDate next = today.plusMonths(1);
        int quarter = (next.getMonthValue() - 1) / 3;
        Period quarterly = quarter == 0
                ? new Period(next.getYear() - 1, RatingPeriod.Q4)
                : new Period(next.getYear(), RatingPeriod.values()[quarter]);
        return List.of(new Period(next.getYear() - 1, RatingPeriod.Y), quarterly);
    }

    record Period(int year, RatingPeriod period) {}

    /**
     * The member's own sheets: the year under review, and the quarter under review when the member's branch
     * reviews them by quarter (they have a quarterly rating this year or the last); past years' final grades.
     */
    public OwnRatings own(Actor actor, LocalDate today) {
        long memberId = policy.ownMember(actor);
        MemberSummary member = members.find(memberId).orElseThrow(NotFoundException::new);
        List<Period> periods = underReview(today);
        List<OwnRatings.Sheet> current = new ArrayList<>();
        for (Period p : periods) {
            if (p.period().yearly() || ratings.hasQuarterlySince(memberId, p.year() - 1)) {
                current.add(ownSheet(member, p.year(), p.period()));
            }
        }
        List<OwnRatings.Past> past = ratings.findByMemberIdAndPeriodOrderByYearDesc(memberId, RatingPeriod.Y).stream()
                .filter(r -> r.getRating() != null)
                .map(r -> new OwnRatings.Past(r.getYear(), r.getRating(), r.getScore(), r.getRuleBasis()))
                .toList();
        return new OwnRatings(current, past);
    }

    private OwnRatings.Sheet ownSheet(MemberSummary member, int year, RatingPeriod period) {
        RatingRule rule = rules.forYear(year);
        People people = people(member.branchId(), year, period);
        String notRated = people.exempt().stream().anyMatch(p -> p.id() == member.id())
                ? "evaluation.own.exempt"
                : people.tooNew().stream().anyMatch(p -> p.id() == member.id())
                        ? "evaluation.own.tooNew"
                        : people.rated().stream().anyMatch(p -> p.id() == member.id())
                                ? null
                                : "evaluation.own.notListed";
        String form = sheetForm(member);
        List<SheetGroup> sheet =
                rule.scored() ? rules.sheets(period.lastDay(year)).getOrDefault(form, List.of()) : List.of();
        MemberRating r = ratings.findByMemberIdAndYearAndPeriod(member.id(), year, period)
                .orElse(null);
        Map<Integer, BigDecimal> points = r == null
                ? null
                : sheetPoints
                        .of(year, period, List.of(member.id()))
                        .getOrDefault(member.id(), Map.of())
                        .get(SheetPoints.Step.SELF);
        return new OwnRatings.Sheet(
                year,
                period,
                r != null && r.getRuleBasis() != null ? r.getRuleBasis() : rule.basis(),
                rule.scored(),
                form,
                sheet,
                SheetPoints.inOrder(sheet, points),
                r == null ? null : r.getSelfScore(),
                r != null && r.isSelfAboveRequirement(),
                r == null ? null : r.getSelfRating(),
                r == null ? null : r.getFailReason(),
                notRated == null && (r == null || r.selfOpen()),
                notRated);
    }

    /**
     * The member's own self-assessment for a period under review, through the step the branch's screen uses;
     * refused once a later step is recorded. Another period, or a member not rated in it, answers 404.
     */
    @Transactional
    public void assessOwn(Actor actor, int year, RatingPeriod period, SelfAssessmentForm form, LocalDate today) {
        long memberId = policy.ownMember(actor);
        if (!underReview(today).contains(new Period(year, period))) {
            throw new NotFoundException();
        }
        MemberSummary member = members.find(memberId).orElseThrow(NotFoundException::new);
        People people = people(member.branchId(), year, period);
        if (people.rated().stream().noneMatch(p -> p.id() == memberId)) {
            notRated(people, memberId);
            throw new NotFoundException();
        }
        RatingRule rule = rules.forYear(year);
        List<SheetGroup> sheet = rule.scored()
                ? rules.sheets(period.lastDay(year)).getOrDefault(sheetForm(member), List.of())
                : List.of();
        MemberRating rating = ratings.findByMemberIdAndYearAndPeriod(memberId, year, period)
                .orElseGet(() -> new MemberRating(memberId, year, period, rule.basis()));
        if (!rating.selfOpen()) {
            throw new BusinessRuleException("evaluation.own.closed");
        }
        selfStep(rating, sheet, form, "points", null);
        ratings.saveAndFlush(rating);
        sheetPoints.replace(rating.getId(), SheetPoints.Step.SELF, sheet, form.getPoints());
        audit.record(
                actor,
                "MEMBER",
                memberId,
                "SELF_ASSESSED",
                (period.yearly() ? String.valueOf(year) : year + " " + period) + ": "
                        + (rating.getSelfScore() == null ? "" : rating.getSelfScore() + " → ")
                        + rating.getSelfRating());
    }

    /**
     * Records a justified exception for a branch's year: QUOTA lets its grassroots organisation rate
     * {@code extra} more members excellent; DISSOLUTION lets the branch be dissolved without that year's rating.
     */
    @Transactional
    public void recordOverride(Actor actor, long branchId, int year, RatingOverride.Kind kind, OverrideForm form) {
        UnitView branch = policy.writeException(actor, branchId);
        long unitId =
                kind == RatingOverride.Kind.QUOTA ? quotaUnit(branch, year).id() : branchId;
        RatingOverride override = overrides
                .findByKindAndUnitIdAndYear(kind, unitId, year)
                .orElseGet(() -> new RatingOverride(kind, unitId, year));
        override.decide(form.extra(), form.reason(), form.decidingBody());
        overrides.save(override);
        audit.record(
                actor,
                "UNIT",
                unitId,
                "RATING_OVERRIDE",
                year + " " + kind + (form.extra() == null ? "" : " +" + form.extra()) + ": "
                        + form.reason().trim() + " (" + form.decidingBody().trim() + ")");
    }

    /** Why a member with no row may not be rated, for the message that refuses the save. */
    private static void notRated(People people, long memberId) {
        people.exempt().stream().filter(p -> p.id() == memberId).findFirst().ifPresent(p -> {
            // exempt members are not rated for that time (21-HD/BTCTW 2019)
            throw new BusinessRuleException("evaluation.exemptNotRated", p.fullName());
        });
        people.tooNew().stream().filter(p -> p.id() == memberId).findFirst().ifPresent(p -> {
            throw new BusinessRuleException("evaluation.tooNewNotRated", p.fullName());
        });
    }

    /**
     * The branch's members in the period, split into those rated and those who are not (RULES.md): exempt
     * members, and members admitted less than six months before the rating date (21-HD/BTCTW 2019).
     */
    private People people(long branchId, int year, RatingPeriod period) {
        List<MemberSummary> all = members.inBranchDuring(branchId, period.firstDay(year), period.lastDay(year));
        Set<Long> tooNew = all.isEmpty()
                ? Set.of()
                : new HashSet<>(jdbc.sql("select id from member where id in (:ids) and admitted_on > :cutoff")
                        .param("ids", all.stream().map(MemberSummary::id).toList())
                        .param("cutoff", newMemberCutoff(period.lastDay(year)))
                        .query(Long.class)
                        .list());
        List<MemberSummary> rated = new ArrayList<>();
        List<MemberSummary> exempt = new ArrayList<>();
        List<MemberSummary> recent = new ArrayList<>();
        for (MemberSummary person : all) {
            if (person.status() == MemberStatus.EXEMPT) {
                exempt.add(person);
            } else if (tooNew.contains(person.id())) {
                recent.add(person);
            } else {
                rated.add(person);
            }
        }
        return new People(rated, exempt, recent);
    }

    private record People(List<MemberSummary> rated, List<MemberSummary> exempt, List<MemberSummary> tooNew) {}

    /** Admitted after this day: less than six months before the rating date, so not rated. */
    static LocalDate newMemberCutoff(LocalDate ratingDay) {
        return ratingDay.minusMonths(6);
    }

    /**
     * The sheet of Hướng dẫn 43-HD/BTCTW a member is scored on, by our reading of its forms: 2A for members who
     * lead (key leaders), 2B for others working in the political system (at the commune), 2C for members not
     * working in it (the form 2C is confirmed; the split of 2A and 2B is to confirm).
     */
    static String sheetForm(MemberSummary person) {
        if (person.keyLeader()) {
            return "2A";
        }
        return person.group() != null && person.group().worksAtCommune() ? "2B" : "2C";
    }

    // ---- writes by system loaders, through EvaluationLoader ----

    /** A final rating recorded through the entity's stages, the same at the branch and the commune. */
    @Transactional
    void recordRating(long memberId, int year, Rating rating) {
        MemberRating stages = new MemberRating(
                memberId, year, RatingPeriod.Y, rules.forYear(year).basis());
        stages.rateInBranch(null, null, rating, null);
        stages.rateInCommune(rating, null);
        ratings.flush(); // the member may have been registered in this transaction and not yet written
        ratings.save(stages);
        audit.record(null, "MEMBER", memberId, "RATED", year + ": " + rating);
    }

    /** A yearly rating under a scored rule: the grade follows from the score, at the branch and the commune. */
    @Transactional
    void recordScore(long memberId, int year, BigDecimal score, boolean aboveRequirement) {
        RatingRule rule = rules.forYear(year);
        if (!rule.scored()) {
            throw new BusinessRuleException("evaluation.notScored", year);
        }
        MemberRating stages = new MemberRating(memberId, year, RatingPeriod.Y, rule.basis());
        stages.rateInBranch(null, null, Grades.fromScore(score, aboveRequirement), null);
        stages.scoreInCommune(score, aboveRequirement, null);
        ratings.flush();
        ratings.save(stages);
        audit.record(null, "MEMBER", memberId, "RATED", year + ": " + score + " → " + stages.getRating());
    }

    @Transactional
    void recordBranchRating(long branchId, int year, Rating rating) {
        BranchRating branch =
                new BranchRating(branchId, year, rules.forYear(year).basis());
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
     * How many members of the grassroots organisation are rated EXCELLENT for the year, and how many may be: the
     * rule's share of the members rated by its base (those rated Hoàn thành tốt nhiệm vụ), plus a recorded
     * exception. Only members rated count: members in the organisation on the rating date (by that day's tree),
     * not exempt, admitted at least six months before; departed members no longer have a period that day.
     */
    private Quota quota(UnitOnDay grassroots, int year, RatingRule rule) {
        LocalDate to = ratingDay(year);
        List<String> base = rule.quotaBase() == RatingRule.QuotaBase.GOOD_ONLY
                ? List.of(Rating.GOOD.name())
                : List.of(Rating.GOOD.name(), Rating.EXCELLENT.name());
        long[] counts = jdbc.sql("""
                        select count(*) filter (where r.rating in (:base)),
                               count(*) filter (where r.rating = 'EXCELLENT')
                        from member_rating r join member m on m.id = r.member_id
                        where r.year = :year and r.period = 'Y' and not member_exempt_on(m.id, :to) and m.admitted_on <= :cutoff
                          and exists (
                            select 1 from membership_period p join org_unit b on b.id = p.branch_id
                            where p.member_id = m.id and p.kind = 'OFFICIAL'
                              and coalesce(unit_path_on(b.id, :to), b.path) like :path
                              and p.started_on <= :to and (p.ended_on is null or p.ended_on > :to))
                        """)
                .param("base", base)
                .param("year", year)
                .param("cutoff", newMemberCutoff(to))
                .param("to", to)
                .param("path", grassroots.dayPath() + "%")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        EvaluationPage.OverrideView override = overrideView(RatingOverride.Kind.QUOTA, grassroots.id(), year);
        long limit = rule.quotaShare()
                        .multiply(BigDecimal.valueOf(counts[0]))
                        .setScale(0, RoundingMode.FLOOR)
                        .longValue()
                + (override == null ? 0 : override.extra());
        return new Quota(limit, counts[1], counts[0], grassroots.name(), override);
    }

    private EvaluationPage.OverrideView overrideView(RatingOverride.Kind kind, long unitId, int year) {
        return overrides
                .findByKindAndUnitIdAndYear(kind, unitId, year)
                .map(o -> new EvaluationPage.OverrideView(o.getExtra(), o.getReason(), o.getDecidingBody()))
                .orElse(null);
    }

    private record Quota(long limit, long used, long base, String unitName, EvaluationPage.OverrideView override) {
        static final Quota NONE = new Quota(0, 0, 0, null, null);
    }

    private static EvaluationView view(MemberRating r) {
        return new EvaluationView(
                r.getSelfRating(),
                r.getCommitteeRating(),
                r.getBranchRating(),
                r.getRating(),
                r.getFailReason(),
                r.getScore(),
                r.isAboveRequirement(),
                r.getRuleBasis(),
                r.getSelfScore(),
                r.isSelfAboveRequirement());
    }
}
