/** What leaders and staff read: the dashboard now, the summaries later. */
@ApplicationModule(
        allowedDependencies = {"account", "branchwork", "engagement", "member", "organisation", "shared", "transfer"})
package vn.dangvu.report;

import org.springframework.modulith.ApplicationModule;
