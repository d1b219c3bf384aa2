package vn.dangvu.importing;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one file with {@link TabularReader} in a JVM of its own and prints how large the live heap grew:
 * every 200 ms a full collection, then the heap the collection left in use, the largest figure kept. Prints one line,
 * {@code PROBE outcome=<read N rows|refused KEY|OutOfMemoryError> maxLiveHeapMB=<n>}.
 */
public final class ImportMemoryProbe {

    private static volatile long maxLive;

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                sample(memory);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        String outcome;
        try {
            int[] rows = {0};
            TabularReader.read(
                    () -> Files.newInputStream(file),
                    TabularReader.Format.XLSX,
                    // the app's defaults (dangvu.import.*)
                    new TabularReader.Limits(100_000, 200, 200L * 1024 * 1024, 64L * 1024 * 1024, 4L * 1024 * 1024),
                    (number, cells) -> rows[0]++);
            outcome = "read " + rows[0] + " rows";
        } catch (ImportFailedException e) {
            outcome = "refused " + e.messageKey();
        } catch (OutOfMemoryError e) {
            outcome = "OutOfMemoryError";
        }
        sampler.interrupt();
        sampler.join();
        sample(memory);
        System.out.println("PROBE outcome=" + outcome + " maxLiveHeapMB=" + maxLive / (1024 * 1024));
    }

    /**
     * The heap each pool held right after the collection, as the collector reported it: reading the heap
     * in use after {@code System.gc()} returns would also count what the reading thread allocated since
     * (tens of MB in a few milliseconds under load, which once made 151 MB read as 204 MB).
     */
    private static void sample(MemoryMXBean memory) {
        memory.gc();
        long live = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterCollection = pool.getCollectionUsage();
            if (pool.getType() == MemoryType.HEAP && afterCollection != null) {
                live += afterCollection.getUsed();
            }
        }
        maxLive = Math.max(maxLive, live);
    }
}
