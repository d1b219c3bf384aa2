/** Yearly ratings of members (and, later, of branches). */
@ApplicationModule(allowedDependencies = {"member", "organisation", "shared"})
package vn.dangvu.evaluation;

import org.springframework.modulith.ApplicationModule;
