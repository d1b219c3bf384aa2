package vn.dangvu.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.AnnotationBasedArgumentsProvider;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.junit.jupiter.params.support.ParameterDeclarations;
import vn.dangvu.shared.Role;

/**
 * Runs a parameterized test once for every role, with {@code (role, expected)}: {@code true} for the
 * roles named in {@link #allowed()}, written out by the test, {@code false} for every other role (a role
 * added later is then expected to be refused until a test says otherwise).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ArgumentsSource(EveryRole.Expectations.class)
public @interface EveryRole {

    Role[] allowed();

    final class Expectations extends AnnotationBasedArgumentsProvider<EveryRole> {

        @Override
        protected Stream<? extends Arguments> provideArguments(
                ParameterDeclarations parameters, ExtensionContext context, EveryRole everyRole) {
            List<Role> allowed = Arrays.asList(everyRole.allowed());
            return Arrays.stream(Role.values()).map(role -> Arguments.of(role, allowed.contains(role)));
        }
    }
}
