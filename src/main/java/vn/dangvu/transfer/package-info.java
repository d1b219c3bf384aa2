/** Transfers of members between branches (chuyển sinh hoạt đảng), directives and their campaigns. */
@ApplicationModule(allowedDependencies = {"dues", "evaluation", "member", "organisation", "shared"})
package vn.dangvu.transfer;

import org.springframework.modulith.ApplicationModule;
