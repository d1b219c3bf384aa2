/**
 * What every module may use: the acting user and their scope, typed errors, paging and text helpers.
 */
@ApplicationModule(
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package vn.dangvu.shared;

import org.springframework.modulith.ApplicationModule;
