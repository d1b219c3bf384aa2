/**
 * A member's own pages ({@code /me}, issue 21): what a member's own account reads of themselves, and the
 * corrections they ask of their record, which their branch's secretary answers. Each part of a member's
 * records stays in its module; this one only gathers them for the member.
 */
@ApplicationModule(
        allowedDependencies = {"branchwork", "dues", "engagement", "evaluation", "member", "organisation", "shared"})
package vn.dangvu.me;

import org.springframework.modulith.ApplicationModule;
