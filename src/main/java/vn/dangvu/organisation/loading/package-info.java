/**
 * Writes without a user's scope and role checks, for the modules that load data in bulk (the demo
 * district, imports). Only those modules may use it (see their {@code allowedDependencies}); every
 * other module goes through {@link vn.dangvu.organisation.OrganisationService}.
 */
@NamedInterface("loading")
package vn.dangvu.organisation.loading;

import org.springframework.modulith.NamedInterface;
