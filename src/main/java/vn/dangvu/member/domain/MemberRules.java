package vn.dangvu.member.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.member.MemberForm;
import vn.dangvu.member.MemberStatus;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.FormConstraints;
import vn.dangvu.shared.Violation;

/**
 * Every rule a member form must pass, in one place, for the form, a transfer into the district, the demo
 * loader and imports alike: the form's constraints, the rules that span several fields ({@link Member}),
 * the branch and residence, and the uniqueness of the ID number and party card. Reports all broken rules
 * at once; a batch of forms costs the same few statements as one.
 */
@Component
@RequiredArgsConstructor
public class MemberRules {

    /** The name of the form in a binding result, so that messages resolve as on the member form. */
    private static final String FORM = "memberForm";

    private final FormConstraints constraints;
    private final OrganisationService organisation;
    private final JdbcClient jdbc;

    /**
     * A form to check: for a new member ({@code memberId} null) who joins their branch on
     * {@code joinedOn}, or for a stored member now in {@code currentStatus}.
     */
    public record Candidate(MemberForm form, Long memberId, MemberStatus currentStatus, LocalDate joinedOn) {

        public static Candidate newMember(MemberForm form, LocalDate joinedOn) {
            return new Candidate(form, null, MemberStatus.ACTIVE, joinedOn);
        }

        public static Candidate stored(MemberForm form, long memberId, MemberStatus currentStatus) {
            return new Candidate(form, memberId, currentStatus, null);
        }
    }

    public List<Violation> check(Candidate candidate) {
        return checkAll(List.of(candidate)).get(0);
    }

    /** The broken rules of each candidate, in the candidates' order (an empty list when it passes). */
    public List<List<Violation>> checkAll(List<Candidate> candidates) {
        return checkAll(
                candidates,
                owners(
                        "id_number",
                        candidates.stream()
                                .map(c -> trimmed(c.form().idNumber()))
                                .toList()));
    }

    /**
     * As {@link #checkAll(List)}, for a caller that has looked up already which member holds each of the
     * candidates' ID numbers (an import, which compares its rows with them).
     */
    public List<List<Violation>> checkAll(List<Candidate> candidates, Map<String, Long> idNumberOwners) {
        Map<Long, UnitView> units = organisation.findAll(unitIds(candidates));
        Map<String, Long> cardOwners = owners(
                "party_card_number",
                candidates.stream()
                        .map(c -> trimmed(c.form().partyCardNumber()))
                        .toList());
        List<List<Violation>> result = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            result.add(check(candidate, units, idNumberOwners, cardOwners));
        }
        return result;
    }

    private List<Violation> check(
            Candidate candidate,
            Map<Long, UnitView> units,
            Map<String, Long> idNumberOwners,
            Map<String, Long> cardOwners) {
        MemberForm form = candidate.form();
        List<Violation> found = new ArrayList<>(constraints.check(form, FORM));
        Set<String> invalid = new HashSet<>();
        found.forEach(v -> invalid.add(v.field()));
        for (Violation v : Member.violations(form, candidate.currentStatus())) {
            if (!invalid.contains(v.field())) {
                found.add(v);
            }
        }
        if (candidate.memberId() == null) {
            UnitView branch = form.branchId() == null ? null : units.get(form.branchId());
            if (form.branchId() == null) {
                found.add(Violation.of("branchId", "member.branchRequired"));
            } else if (branch == null || !branch.kind().isBranch() || !branch.active()) {
                found.add(Violation.of("branchId", "member.branchNotActive"));
            }
            if (candidate.joinedOn() != null
                    && form.admittedOn() != null
                    && candidate.joinedOn().isBefore(form.admittedOn())) {
                found.add(Violation.of("joinedBranchOn", "member.joinedBeforeAdmission"));
            }
        }
        if (form.residenceBranchId() != null && !isResidence(units.get(form.residenceBranchId()))) {
            found.add(Violation.of("residenceBranchId", "member.residenceNotHamlet"));
        }
        if (!invalid.contains("idNumber") && takenByOther(idNumberOwners, form.idNumber(), candidate.memberId())) {
            found.add(Violation.of("idNumber", "member.idNumberTaken"));
        }
        if (!invalid.contains("partyCardNumber")
                && takenByOther(cardOwners, form.partyCardNumber(), candidate.memberId())) {
            found.add(Violation.of("partyCardNumber", "member.partyCardTaken"));
        }
        return found;
    }

    /**
     * Whether {@code idNumber} is held by a member of a branch outside the actor's scope: the person is
     * registered in another unit and comes to the actor's by a transfer, not as a new member.
     */
    public boolean heldOutsideScope(Actor actor, String idNumber) {
        String id = trimmed(idNumber);
        if (id.isEmpty()) {
            return false;
        }
        return jdbc.sql("select branch_id from member where id_number = ?")
                .param(id)
                .query(Long.class)
                .optional()
                .flatMap(organisation::find)
                .map(branch -> !actor.covers(branch.path()))
                .orElse(false);
    }

    /** Where a member lives, recorded on its own (e.g. to resolve a campaign's exception). */
    public List<Violation> checkResidence(long residenceBranchId) {
        return isResidence(organisation.find(residenceBranchId).orElse(null))
                ? List.of()
                : List.of(Violation.of("residenceBranchId", "member.residenceNotHamlet"));
    }

    private static boolean isResidence(UnitView unit) {
        return unit != null && unit.kind().isResidential();
    }

    private static Set<Long> unitIds(List<Candidate> candidates) {
        Set<Long> ids = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.memberId() == null && c.form().branchId() != null) {
                ids.add(c.form().branchId());
            }
            if (c.form().residenceBranchId() != null) {
                ids.add(c.form().residenceBranchId());
            }
        }
        return ids;
    }

    /**
     * Which member holds each of these values of a unique column ({@code id_number},
     * {@code party_card_number}). One index lookup per value: an import that grows the table within its
     * transaction far beyond its statistics would otherwise scan the whole table for every chunk.
     */
    private Map<String, Long> owners(String column, Collection<String> values) {
        Set<String> wanted = new LinkedHashSet<>();
        values.stream().filter(v -> !v.isEmpty()).forEach(wanted::add);
        Map<String, Long> owners = new HashMap<>();
        if (wanted.isEmpty()) {
            return owners;
        }
        jdbc.sql("select w.value, m.id from unnest(?::varchar[]) as w (value)"
                        + " join lateral (select id from member where " + column + " = w.value) m on true")
                .param(wanted.toArray(String[]::new))
                .query(rs -> {
                    owners.put(rs.getString(1), rs.getLong(2));
                });
        return owners;
    }

    private static boolean takenByOther(Map<String, Long> owners, String value, Long memberId) {
        Long holder = owners.get(trimmed(value));
        return holder != null && !holder.equals(memberId);
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }
}
