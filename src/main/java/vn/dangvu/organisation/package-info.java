/** The organisation tree: province, districts, communes and their branches, through time. */
@ApplicationModule(allowedDependencies = {"shared"})
package vn.dangvu.organisation;

import org.springframework.modulith.ApplicationModule;
