package vn.dangvu.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 16, item 1: an .xlsx whose shared strings expand about 68 times (under POI's zip-bomb ratio)
 * must not fill the heap. Each file is read by {@link ImportMemoryProbe} in a JVM limited to 512 MB,
 * which reports the largest live heap (as a full collection, every 200 ms, leaves it) during the read.
 */
class ImportMemoryTests {

    /**
     * The live heap one import may reach with the default limits, whatever the file holds; the README
     * states it too. Measured: under 1 MB for the refused file, 76 MB for long shared strings and 134-142
     * MB for short ones just under the 64 MB limit (short strings cost the most per byte).
     */
    private static final long LIVE_HEAP_BOUND_MB = 192;

    private static final long MB = 1024 * 1024;
    private static final Pattern PROBE = Pattern.compile("PROBE outcome=(.*) maxLiveHeapMB=(\\d+)");

    @TempDir
    Path folder;

    /**
     * The scan's file (6 MB that expand to 400 MB of shared strings; before the limit it took 419 MB) is
     * refused; files just under the limit, of long strings or of many short ones, are read; no read goes
     * over the bound. The first two are of the scan's kind (see {@link #assertScanRatio}).
     */
    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(textBlock = """
            bloated.xlsx, 400, LONG,  refused import.sharedStringsTooLarge, true
            long.xlsx,    63,  LONG,  read 3 rows,                          true
            short.xlsx,   63,  SHORT, read 3 rows,                          false
            """)
    void sharedStringsAreReadOrRefusedWithinTheBound(
            String name, long megabytes, BloatedWorkbook.Strings strings, String outcome, boolean scanKind)
            throws Exception {
        Path file = folder.resolve(name);
        long expanded = BloatedWorkbook.write(file, megabytes * MB, strings);
        if (scanKind) {
            assertScanRatio(expanded, Files.size(file));
        }

        Matcher probe = probe(file);

        assertThat(probe.group(1)).isEqualTo(outcome);
        assertThat(Long.parseLong(probe.group(2))).isLessThan(LIVE_HEAP_BOUND_MB);
    }

    /** The file is the scan's kind: it expands between 60 and 90 times, so POI's 100 times lets it in. */
    private static void assertScanRatio(long expanded, long compressed) {
        assertThat((double) expanded / compressed).isBetween(60.0, 90.0);
    }

    private Matcher probe(Path file) throws IOException, InterruptedException {
        Path output = folder.resolve(file.getFileName() + ".log");
        Process process = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m",
                        "-XX:+UseSerialGC",
                        "-Djava.io.tmpdir=" + folder,
                        "-cp",
                        System.getProperty("java.class.path"),
                        ImportMemoryProbe.class.getName(),
                        file.toString()))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        String text = Files.readString(output, StandardCharsets.UTF_8);
        Matcher probe = PROBE.matcher(text);
        assertThat(probe.find()).as(text).isTrue();
        System.out.println(file.getFileName() + " (" + Files.size(file) / 1024 + " KiB): " + probe.group());
        return probe;
    }
}
