package vn.dangvu;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void shouldKeepModuleBoundaries() {
        ApplicationModules.of(DangVuApplication.class).verify();
    }
}
