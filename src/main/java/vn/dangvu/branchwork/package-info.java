/** What branch secretaries do every month: duties, meetings, attendance, contributions, liaisons. */
@ApplicationModule(allowedDependencies = {"account", "dues", "evaluation", "member", "organisation", "shared"})
package vn.dangvu.branchwork;

import org.springframework.modulith.ApplicationModule;
