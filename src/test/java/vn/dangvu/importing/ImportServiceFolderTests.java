package vn.dangvu.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** The folder that holds uploads awaiting confirmation goes away with the app. */
class ImportServiceFolderTests {

    @Test
    void shouldDeleteTheUploadFolderWhenTheAppStops() throws IOException {
        Set<Path> before = uploadFolders();
        ImportService service = new ImportService(null, null, null, null, new StaticMessageSource(), 10, 10, null);
        Set<Path> created = uploadFolders();
        created.removeAll(before);
        assertThat(created).hasSize(1);
        Path folder = created.iterator().next();
        Files.writeString(folder.resolve("waiting"), "an upload nobody confirmed");

        service.deleteUploads();

        assertThat(folder).doesNotExist();
    }

    private static Set<Path> uploadFolders() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return new HashSet<>(files.filter(p -> p.getFileName().toString().startsWith("dangvu-imports"))
                    .toList());
        }
    }
}
