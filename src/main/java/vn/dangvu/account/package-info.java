/** User accounts, sign-in and its throttling, and the first administrator of a new database. */
@ApplicationModule(allowedDependencies = {"member", "organisation", "shared"})
package vn.dangvu.account;

import org.springframework.modulith.ApplicationModule;
