/** Import and export of the member and branch registers as .xlsx and .csv; import of dues sheets. */
@ApplicationModule(
        allowedDependencies = {
            "dues",
            "member",
            "member :: loading",
            "organisation",
            "organisation :: loading",
            "shared"
        })
package vn.dangvu.importing;

import org.springframework.modulith.ApplicationModule;
