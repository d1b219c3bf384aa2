/** The Tân Hồng demo district (DESIGN.md §6), loaded once when demo mode is on. */
@ApplicationModule(
        allowedDependencies = {
            "account",
            "account :: loading",
            "branchwork",
            "branchwork :: loading",
            "dues",
            "dues :: loading",
            "engagement",
            "evaluation",
            "evaluation :: loading",
            "member",
            "member :: loading",
            "organisation",
            "organisation :: loading",
            "shared",
            "transfer"
        })
package vn.dangvu.demo;

import org.springframework.modulith.ApplicationModule;
