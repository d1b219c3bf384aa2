/**
 * Dues written without a signed-in user, for the modules that load data in bulk (the demo district). Only
 * those modules may use it (see their {@code allowedDependencies}).
 */
@NamedInterface("loading")
package vn.dangvu.dues.loading;

import org.springframework.modulith.NamedInterface;
