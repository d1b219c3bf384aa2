/**
 * Party dues (đảng phí): rates as dated data, each member's category and base, the monthly ledger a branch
 * keeps, arrears, and what is collected and remitted at each level.
 */
@ApplicationModule(allowedDependencies = {"member", "organisation", "shared"})
package vn.dangvu.dues;

import org.springframework.modulith.ApplicationModule;
