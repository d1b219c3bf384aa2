/** The member register: members, their stays in branches (membership periods), search and export. */
@ApplicationModule(allowedDependencies = {"organisation", "shared"})
package vn.dangvu.member;

import org.springframework.modulith.ApplicationModule;
