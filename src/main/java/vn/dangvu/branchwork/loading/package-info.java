/**
 * Branch work recorded without a signed-in secretary, for the modules that load data in bulk (the demo
 * district). Only those modules may use it (see their {@code allowedDependencies}).
 */
@NamedInterface("loading")
package vn.dangvu.branchwork.loading;

import org.springframework.modulith.NamedInterface;
