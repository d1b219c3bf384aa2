/**
 * Final ratings recorded without the evaluation screen, for the modules that load data in bulk (the
 * demo district). Only those modules may use it (see their {@code allowedDependencies}).
 */
@NamedInterface("loading")
package vn.dangvu.evaluation.loading;

import org.springframework.modulith.NamedInterface;
