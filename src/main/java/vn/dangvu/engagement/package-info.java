/** Commendations and reminders, residents' concerns, citizen reception and the annual dialogue. */
@ApplicationModule(allowedDependencies = {"evaluation", "member", "organisation", "shared"})
package vn.dangvu.engagement;

import org.springframework.modulith.ApplicationModule;
