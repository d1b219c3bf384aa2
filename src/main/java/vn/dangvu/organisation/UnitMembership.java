package vn.dangvu.organisation;

import java.util.Collection;
import java.util.Map;

/**
 * Counts of the members who attend branches now (open membership periods). Implemented by the member
 * module, so that the organisation module can show and check them without depending on it.
 */
public interface UnitMembership {

    /** Members with an open period, per branch id; branches with none are absent. */
    Map<Long, Long> activeMembersByBranch(Collection<Long> branchIds);

    /** Members whose period in the branch was open on {@code day}, per branch id. */
    Map<Long, Long> membersByBranchOn(Collection<Long> branchIds, java.time.LocalDate day);

    long activeMembers(long branchId);
}
