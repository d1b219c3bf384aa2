package vn.dangvu.shared.db;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * True when a streaming replica is configured ({@code dangvu.replica.url}, e.g. {@code DANGVU_REPLICA_URL})
 * beside an external primary ({@code spring.datasource.url}). The embedded database has no replica: a
 * replica URL without an external primary is ignored.
 */
class ReplicaConfiguredCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String replica = context.getEnvironment().getProperty("dangvu.replica.url");
        return replica != null
                && !replica.isBlank()
                && NoExternalDatabaseCondition.isExternal(context.getEnvironment());
    }
}
