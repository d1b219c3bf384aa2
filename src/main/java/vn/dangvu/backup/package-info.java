/**
 * Online, consistent backups of the application's tables to a zip file (scheduled, or on the command
 * line), and their restore into an empty database that Flyway brought to the same schema version.
 */
@ApplicationModule(allowedDependencies = {"shared"})
package vn.dangvu.backup;

import org.springframework.modulith.ApplicationModule;
