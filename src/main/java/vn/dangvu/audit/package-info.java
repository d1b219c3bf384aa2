/** Who changed what and when, for every write; district staff read it per record. */
@ApplicationModule(allowedDependencies = {"account", "member", "organisation", "shared", "transfer"})
package vn.dangvu.audit;

import org.springframework.modulith.ApplicationModule;
