package vn.dangvu.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import vn.dangvu.shared.db.EmbeddedDatabaseConfiguration;
import vn.dangvu.shared.db.NoExternalDatabaseCondition;

/**
 * Prepares a start that only backs up ({@code dangvu.backup.now}) or restores
 * ({@code dangvu.restore.from}) and then exits: its web server takes any free port, so that it runs
 * beside the app (the web layer stays, for the beans that need it); and it never starts on the data
 * folder of a running embedded database, whose server a second start would stop.
 */
class CommandLineModes implements EnvironmentPostProcessor, Ordered {

    static final String BACKUP_NOW = "dangvu.backup.now";
    static final String RESTORE_FROM = "dangvu.restore.from";

    static boolean isSet(Environment environment, String property) {
        String value = environment.getProperty(property);
        return value != null && !value.isBlank();
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!isSet(environment, BACKUP_NOW) && !isSet(environment, RESTORE_FROM)) {
            return;
        }
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("dangvuCommandLineMode", Map.of("server.port", "0")));
        String dataDir = environment.getProperty("dangvu.embedded-db.data-dir", "");
        if (NoExternalDatabaseCondition.isExternal(environment) || dataDir.isBlank()) {
            return;
        }
        Path folder = Path.of(dataDir).toAbsolutePath();
        Optional<ProcessHandle> server;
        try {
            server = EmbeddedDatabaseConfiguration.runningServer(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (server.isPresent()) {
            throw new IllegalStateException("PostgreSQL (pid " + server.get().pid() + ") is running on " + folder
                    + ": stop the app that uses this folder first, or back up the running app through"
                    + " DANGVU_BACKUP_DIR. (If no app uses it, a killed app left it behind: start and stop the app"
                    + " once.)");
        }
    }

    /** After the configuration files are read, so that the properties may be set there too. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
