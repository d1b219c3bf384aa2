package vn.dangvu.member;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.member.domain.MembershipPeriodRepository;
import vn.dangvu.organisation.UnitMembership;

@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class BranchMembershipCounts implements UnitMembership {

    private final MembershipPeriodRepository periods;

    @Override
    public Map<Long, Long> activeMembersByBranch(Collection<Long> branchIds) {
        if (branchIds.isEmpty()) {
            return Map.of();
        }
        return periods.countOpenByBranch(branchIds).stream()
                .collect(Collectors.toMap(
                        MembershipPeriodRepository.BranchCount::getBranchId,
                        MembershipPeriodRepository.BranchCount::getMembers));
    }

    @Override
    public Map<Long, Long> membersByBranchOn(Collection<Long> branchIds, java.time.LocalDate day) {
        if (branchIds.isEmpty()) {
            return Map.of();
        }
        return periods.countOnDayByBranch(branchIds, day).stream()
                .collect(Collectors.toMap(
                        MembershipPeriodRepository.BranchCount::getBranchId,
                        MembershipPeriodRepository.BranchCount::getMembers));
    }

    @Override
    public Map<Long, Counts> countsByBranch(Collection<Long> branchIds) {
        return counts(branchIds, java.time.LocalDate.now(), true);
    }

    @Override
    public Map<Long, Counts> countsByBranchOn(Collection<Long> branchIds, java.time.LocalDate day) {
        return counts(branchIds, day, false);
    }

    private Map<Long, Counts> counts(Collection<Long> branchIds, java.time.LocalDate day, boolean open) {
        if (branchIds.isEmpty()) {
            return Map.of();
        }
        var found = open
                ? periods.countOpenWithProbationaryByBranch(branchIds, day)
                : periods.countOnDayWithProbationaryByBranch(branchIds, day);
        return found.stream()
                .collect(Collectors.toMap(
                        MembershipPeriodRepository.BranchCount::getBranchId,
                        c -> new Counts(c.getMembers(), c.getProbationary())));
    }

    @Override
    public long activeMembers(long branchId) {
        return periods.countByBranchIdAndKindAndEndedOnIsNull(branchId, PeriodKind.OFFICIAL);
    }
}
