package vn.dangvu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(DangVuApplication.class);

    @Test
    void shouldKeepModuleBoundaries() {
        MODULES.verify();
    }

    /**
     * The loaders write without a user's checks: {@code verify()} keeps every module to the dependencies
     * it declares, and this keeps those declarations from reaching a loader outside the loading modules.
     */
    @Test
    void shouldLetOnlyTheDemoAndImportsDeclareTheLoaders() throws ClassNotFoundException {
        Map<String, Boolean> usesLoaders = new TreeMap<>();
        for (var module : MODULES) {
            ApplicationModule declared = Class.forName(module.getBasePackage().getName() + ".package-info")
                    .getAnnotation(ApplicationModule.class);
            assertThat(declared)
                    .as(module.getIdentifier() + " declares its dependencies")
                    .isNotNull();
            usesLoaders.put(
                    module.getIdentifier().toString(),
                    Arrays.stream(declared.allowedDependencies())
                            .anyMatch(d -> d.replace(" ", "").endsWith("::loading")));
        }
        assertThat(usesLoaders)
                .containsEntry("demo", true)
                .containsEntry("importing", true)
                .containsEntry("account", false)
                .containsEntry("audit", false)
                .containsEntry("backup", false)
                .containsEntry("branchwork", false)
                .containsEntry("dues", false)
                .containsEntry("engagement", false)
                .containsEntry("evaluation", false)
                .containsEntry("guide", false)
                .containsEntry("me", false)
                .containsEntry("member", false)
                .containsEntry("organisation", false)
                .containsEntry("report", false)
                .containsEntry("shared", false)
                .containsEntry("transfer", false)
                .hasSize(16);
    }
}
