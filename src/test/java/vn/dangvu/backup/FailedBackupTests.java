package vn.dangvu.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;

/**
 * Backups that fail half-way (the disk fills up in the middle of a table's COPY) while people keep
 * using the app: no request may notice, and the pool must hold only healthy connections afterwards.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class FailedBackupTests extends DemoDistrictTest {

    private static final List<String> PAGES = List.of("/", "/members", "/units", "/campaigns", "/transfers");

    @Autowired
    BackupService backups;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DataSource dataSource;

    @Test
    void shouldLeaveNoBrokenConnectionBehindAFailedBackup() throws Exception {
        AtomicBoolean backingUp = new AtomicBoolean(true);
        AtomicInteger requests = new AtomicInteger();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> clients = new java.util.ArrayList<>();
            for (int c = 0; c < 4; c++) {
                int client = c;
                clients.add(pool.submit(() -> {
                    int i = client;
                    while (backingUp.get()) {
                        String page = PAGES.get(i++ % PAGES.size());
                        try {
                            int status = mvc.perform(get(page).with(users.as("tochuc")))
                                    .andReturn()
                                    .getResponse()
                                    .getStatus();
                            requests.incrementAndGet();
                            if (status != 200) {
                                errors.add(page + " answered " + status);
                            }
                        } catch (Exception e) {
                            errors.add(page + " failed: " + e);
                        }
                    }
                }));
            }
            // From a few kilobytes (the first tables) to most of the demo district's backup.
            for (int limit = 2_000; limit < 400_000; limit += 37_000) {
                int bytes = limit;
                assertThatThrownBy(() -> backups.backup(new DiskFull(OutputStream.nullOutputStream(), bytes)))
                        .isInstanceOf(BackupException.class)
                        .hasRootCauseMessage("No space left on device");
            }
            backingUp.set(false);
            for (Future<?> client : clients) {
                client.get(60, TimeUnit.SECONDS);
            }
        } finally {
            backingUp.set(false);
            pool.shutdownNow();
        }
        assertThat(requests.get()).as("requests made while backups failed").isGreaterThan(20);
        assertThat(errors).as("requests that failed").isEmpty();
        // Every connection the pool holds (10 at most) begins, reads and commits as usual.
        for (int i = 0; i < 30; i++) {
            Integer one = transactions.execute(
                    status -> jdbc.sql("select 1").query(Integer.class).single());
            assertThat(one).isEqualTo(1);
        }
    }

    @Test
    void shouldLogAFullDiskAndLeaveNoBackupWithAFinalName(@TempDir Path folder, CapturedOutput output)
            throws Exception {
        Path older = Files.writeString(folder.resolve("dangvu-20240101-020000.zip"), "an older backup");
        BackupService fillsTheDisk = new BackupService(dataSource) {
            @Override
            public Manifest backup(Path file) {
                return backup(file, out -> new DiskFull(out, 150_000));
            }
        };
        nightly(fillsTheDisk, folder).run();

        assertThat(output).contains("The scheduled backup to " + folder).contains("No space left on device");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(older);
        }
        assertThat(Files.readString(older)).isEqualTo("an older backup");
        assertTheAppServes();
    }

    @Test
    void shouldLogAFolderThatCannotBeWrittenAndKeepServing(@TempDir Path parent, CapturedOutput output)
            throws Exception {
        Path folder = parent.resolve("backups");
        ScheduledBackups nightly = nightly(backups, folder);
        // The folder is gone and a file stands in its place (a lost mount, a mistaken move): nothing
        // can be written there, whoever the app runs as (root ignores a folder's write permission).
        Files.delete(folder);
        Files.writeString(folder, "not a folder");

        nightly.run();

        assertThat(output).contains("The scheduled backup to " + folder).contains("BackupException");
        try (Stream<Path> files = Files.list(parent)) {
            assertThat(files).containsExactly(folder);
        }
        assertTheAppServes();
    }

    private static ScheduledBackups nightly(BackupService service, Path folder) throws IOException {
        return new ScheduledBackups(service, folder.toString(), 14, "0 0 2 * * *", "Asia/Ho_Chi_Minh");
    }

    private void assertTheAppServes() throws Exception {
        for (String page : PAGES) {
            assertThat(mvc.perform(get(page).with(users.as("tochuc")))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(page)
                    .isEqualTo(200);
        }
    }

    /** A stream that takes {@code limit} bytes and then fails as a full disk does. */
    static final class DiskFull extends FilterOutputStream {

        private long left;

        DiskFull(OutputStream out, long limit) {
            super(out);
            this.left = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (length > left) {
                throw new IOException("No space left on device");
            }
            left -= length;
            out.write(bytes, offset, length);
        }
    }
}
