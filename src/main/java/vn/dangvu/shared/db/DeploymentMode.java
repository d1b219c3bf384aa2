package vn.dangvu.shared.db;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether the demo district and demo accounts are loaded: {@code dangvu.demo} when set, otherwise on
 * with the embedded database and off with an external one.
 */
@Component
public class DeploymentMode {

    private final boolean demo;

    public DeploymentMode(Environment environment) {
        String explicit = environment.getProperty("dangvu.demo");
        this.demo = explicit != null && !explicit.isBlank()
                ? Boolean.parseBoolean(explicit.trim())
                : !NoExternalDatabaseCondition.isExternal(environment);
    }

    public boolean demo() {
        return demo;
    }
}
