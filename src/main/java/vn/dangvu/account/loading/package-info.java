/**
 * Accounts made without a signed-in administrator, for the modules that load data in bulk (the demo
 * district). Only those modules may use it (see their {@code allowedDependencies}).
 */
@NamedInterface("loading")
package vn.dangvu.account.loading;

import org.springframework.modulith.NamedInterface;
