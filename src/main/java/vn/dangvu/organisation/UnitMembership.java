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

    /** Members with an open period, per branch id, with those of them probationary today. */
    Map<Long, Counts> countsByBranch(Collection<Long> branchIds);

    /** Members whose period in the branch was open on {@code day}, per branch id, with those probationary then. */
    Map<Long, Counts> countsByBranchOn(Collection<Long> branchIds, java.time.LocalDate day);

    /** A branch's members and, of them, the probationary ones (đảng viên dự bị), counted apart. */
    record Counts(long members, long probationary) {

        public static final Counts NONE = new Counts(0, 0);
    }

    long activeMembers(long branchId);
}
